/** Tests of the payload records' own rules: identifier forms, defaults, validation. Single-threaded. */
package io.kmipserver.codec.payload;

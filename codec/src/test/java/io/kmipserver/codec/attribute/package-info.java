/** Tests of the attribute model on its own: keys and names, version knowledge, typed views. Single-threaded. */
package io.kmipserver.codec.attribute;

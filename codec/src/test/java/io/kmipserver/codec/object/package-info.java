/** Tests of the managed-object records: key material access, equality, types. Single-threaded. */
package io.kmipserver.codec.object;

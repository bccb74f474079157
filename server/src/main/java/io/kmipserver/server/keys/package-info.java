/**
 * Key protection: object key material exists in the clear only in memory, briefly; at rest it is
 * AES-GCM ciphertext under a per-adapter root key, bound to the adapter and the object's Unique
 * Identifier through the associated data. {@link io.kmipserver.server.keys.KeyProtector} is the one
 * interface the operation handlers use; {@link io.kmipserver.server.keys.SoftwareKeyProtector} keeps
 * root keys under a master key file, and the PKCS#11 protector (issue 4) keeps them in an HSM token.
 *
 * <p>Threading: protectors are thread-safe; worker threads call them concurrently. Root-key creation
 * and rotation are serialised inside each protector. No method here logs or puts into an exception
 * message any key byte.
 */
package io.kmipserver.server.keys;

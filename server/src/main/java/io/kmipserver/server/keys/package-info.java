/**
 * Key protection: object key material exists in the clear only in memory, briefly; at rest it is
 * AES-GCM ciphertext under a per-adapter root key, bound to the adapter and the object's Unique
 * Identifier through the associated data. {@link io.kmipserver.server.keys.KeyProtector} is the one
 * interface the operation handlers use; {@link io.kmipserver.server.keys.SoftwareKeyProtector} keeps
 * root keys under a master key file, {@link io.kmipserver.server.keys.Pkcs11KeyProtector} keeps them
 * in a PKCS#11 token (SunPKCS11; SoftHSM2 or an HSM) as non-extractable objects, and
 * {@link io.kmipserver.server.keys.KeyProtectors} opens the one the configuration names.
 *
 * <p>Threading: protectors are thread-safe; worker threads call them concurrently (the PKCS#11
 * protector bounds its token sessions to the worker count). Root-key creation and rotation are
 * serialised inside each protector. No method here logs or puts into an exception message any key
 * byte or PIN.
 */
package io.kmipserver.server.keys;

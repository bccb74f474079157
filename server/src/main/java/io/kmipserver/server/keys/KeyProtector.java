package io.kmipserver.server.keys;

/**
 * Guards object key material: makes it, encrypts it for storage under the owning adapter's root key,
 * and decrypts it for Get. Every object's material is bound to its adapter and Unique Identifier
 * ({@link MaterialBinding}); a blob moved to another object or adapter fails with
 * {@link KeyProtectionException.Reason#INTEGRITY}, never with another key's bytes.
 *
 * <p>Root keys are versioned per adapter. {@link #rotateRootKey} makes a new version that all later
 * {@link #protect} calls use; older versions stay readable so existing blobs keep working until
 * {@link #rewrap} has moved each one to the current version. Root keys never leave the protector:
 * the software protector keeps them encrypted under its master key file, the PKCS#11 protector keeps
 * them as non-extractable token objects.
 *
 * <p>Byte arrays returned by {@link #generateKeyMaterial} and {@link #unprotect} belong to the caller,
 * who should zero them ({@code Arrays.fill(bytes, (byte) 0)}) once done. Arrays passed in are not
 * retained. Implementations are thread-safe; failures are {@link KeyProtectionException}s whose
 * messages are safe for clients.
 */
public interface KeyProtector extends AutoCloseable {

    /** Short name of the scheme, as written into {@link ProtectedMaterial#scheme()}. */
    String scheme();

    /**
     * Makes version 1 of the adapter's root key if the adapter has none; does nothing if it has one
     * (so adapter creation may call it again after a crash without harm).
     */
    void createRootKey(String adapterId);

    /** True when the adapter has at least one root key version. */
    boolean hasRootKey(String adapterId);

    /**
     * The version {@link #protect} uses now.
     *
     * @throws KeyProtectionException {@code ROOT_KEY_MISSING} when the adapter has no root key
     */
    int currentRootKeyVersion(String adapterId);

    /**
     * Fresh key material from the protector's random generator (the token's RNG for PKCS#11).
     *
     * @param bits a positive multiple of 8, at most 8192
     */
    byte[] generateKeyMaterial(int bits);

    /**
     * Encrypts {@code plaintext} under the adapter's current root key with a fresh IV, bound to
     * ({@code adapterId}, {@code uniqueIdentifier}).
     */
    ProtectedMaterial protect(String adapterId, String uniqueIdentifier, byte[] plaintext);

    /**
     * Decrypts material protected for exactly this adapter and object.
     *
     * @throws KeyProtectionException {@code INTEGRITY} when the blob does not authenticate for this
     *     binding, {@code ROOT_KEY_MISSING} when the version it names is gone, {@code INVALID_INPUT}
     *     when it comes from another scheme
     */
    byte[] unprotect(String adapterId, String uniqueIdentifier, ProtectedMaterial material);

    /**
     * Makes a new root key version for the adapter and returns its number. Blobs under older versions
     * stay readable.
     */
    int rotateRootKey(String adapterId);

    /**
     * Re-encrypts a blob under the adapter's current root key version with a fresh IV (the plaintext
     * passes through memory and is zeroed). Returns {@code material} itself when it already uses the
     * current version. The caller stores the result in place of the old blob.
     */
    ProtectedMaterial rewrap(String adapterId, String uniqueIdentifier, ProtectedMaterial material);

    /** Whether the protector works now; cheap enough for every {@code /healthz} call. */
    ProtectorHealth health();

    /** Forgets cached root keys and releases sessions. Later calls fail with {@code UNAVAILABLE}. */
    @Override
    void close();
}

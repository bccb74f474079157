package io.kmipserver.server.keys;

import io.kmipserver.server.keys.KeyProtectionException.Reason;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * What every {@link KeyProtector} checks and does the same way, so that the software and the PKCS#11
 * protector accept the same adapters, the same lengths and the same blobs: the AES-GCM parameters of
 * a {@link ProtectedMaterial}, the adapter id rule (ids name directories and token labels), the
 * material length rule, the refusal of another scheme's blob, and re-wrapping.
 */
final class ProtectorRules {

    /** Root keys and material encryption: AES-256 in GCM. */
    static final String TRANSFORMATION = "AES/GCM/NoPadding";
    static final int ROOT_KEY_BYTES = 32;
    /** 96-bit IVs: the length NIST SP 800-38D §8.2 recommends for random IVs. */
    static final int IV_BYTES = 12;
    static final int TAG_BITS = 128;
    static final int MAX_MATERIAL_BITS = 8192;

    private static final Pattern SAFE_ADAPTER_ID = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}");

    private ProtectorRules() {}

    /** Adapter ids become file names and token labels: 1-128 of [A-Za-z0-9._-], no leading dot. */
    static void checkAdapterId(String adapterId) {
        if (adapterId == null || !SAFE_ADAPTER_ID.matcher(adapterId).matches()) {
            throw new KeyProtectionException(Reason.INVALID_INPUT,
                    "adapter id must be 1-128 characters of [A-Za-z0-9._-], not starting with '.'");
        }
    }

    static void checkMaterialBits(int bits) {
        if (bits <= 0 || bits % 8 != 0 || bits > MAX_MATERIAL_BITS) {
            throw new KeyProtectionException(Reason.INVALID_INPUT,
                    "key length must be a positive multiple of 8 bits up to " + MAX_MATERIAL_BITS + ": " + bits);
        }
    }

    /**
     * Refuses a blob another protector made (with a message that says so, rather than a tag failure)
     * and a blob whose IV is not {@link #IV_BYTES} long.
     */
    static void checkReadable(String scheme, String uniqueIdentifier, ProtectedMaterial material) {
        if (!scheme.equals(material.scheme())) {
            throw new KeyProtectionException(Reason.INVALID_INPUT, "material of object " + uniqueIdentifier
                    + " was protected by the '" + material.scheme() + "' key protector, this server uses '"
                    + scheme + "'");
        }
        int ivLength = material.iv().length;
        if (ivLength != IV_BYTES) {
            throw new KeyProtectionException(Reason.INVALID_INPUT, "material of object " + uniqueIdentifier
                    + " has an IV of " + ivLength + " bytes, expected " + IV_BYTES);
        }
    }

    static KeyProtectionException integrityFailure(String adapterId, String uniqueIdentifier) {
        return new KeyProtectionException(Reason.INTEGRITY, "material of object " + uniqueIdentifier
                + " does not authenticate for adapter " + adapterId + " (altered, moved or wrong root key)");
    }

    static KeyProtectionException missingVersion(String adapterId, int version) {
        return new KeyProtectionException(Reason.ROOT_KEY_MISSING,
                "root key version " + version + " of adapter " + adapterId + " does not exist");
    }

    /** {@link KeyProtector#rewrap}: the plaintext passes through memory only, and is zeroed. */
    static ProtectedMaterial rewrap(KeyProtector protector, String adapterId, String uniqueIdentifier,
            ProtectedMaterial material) {
        if (protector.scheme().equals(material.scheme())
                && material.rootKeyVersion() == protector.currentRootKeyVersion(adapterId)) {
            return material;
        }
        byte[] plaintext = protector.unprotect(adapterId, uniqueIdentifier, material);
        try {
            return protector.protect(adapterId, uniqueIdentifier, plaintext);
        } finally {
            Arrays.fill(plaintext, (byte) 0);
        }
    }
}

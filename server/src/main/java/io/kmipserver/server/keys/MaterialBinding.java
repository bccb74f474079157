package io.kmipserver.server.keys;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The AES-GCM associated data that binds a protected blob to its adapter and object. Every protector
 * uses exactly this encoding, so a blob made by one is bound the same way as a blob made by another,
 * and moving a blob to another object or adapter makes decryption fail on the tag.
 *
 * <p>Layout: the ASCII label {@code kmip-server/material/v1}, a zero byte, then the adapter id and the
 * Unique Identifier, each as a 2-byte big-endian length and its UTF-8 bytes. Length prefixes keep
 * ("ab", "c") and ("a", "bc") apart.
 */
public final class MaterialBinding {

    private static final byte[] LABEL = "kmip-server/material/v1".getBytes(StandardCharsets.US_ASCII);

    private MaterialBinding() {}

    /** The associated data for material of object {@code uniqueIdentifier} owned by {@code adapterId}. */
    public static byte[] associatedData(String adapterId, String uniqueIdentifier) {
        Objects.requireNonNull(adapterId, "adapterId");
        Objects.requireNonNull(uniqueIdentifier, "uniqueIdentifier");
        ByteArrayOutputStream out = new ByteArrayOutputStream(64);
        out.writeBytes(LABEL);
        out.write(0);
        lengthPrefixed(out, adapterId);
        lengthPrefixed(out, uniqueIdentifier);
        return out.toByteArray();
    }

    private static void lengthPrefixed(ByteArrayOutputStream out, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > 0xFFFF) {
            throw new KeyProtectionException(KeyProtectionException.Reason.INVALID_INPUT,
                    "identifier longer than 65535 bytes");
        }
        out.write(bytes.length >>> 8);
        out.write(bytes.length & 0xFF);
        out.writeBytes(bytes);
    }
}

package io.kmipserver.codec.object;

import io.kmipserver.codec.spec.CryptographicAlgorithm;
import io.kmipserver.codec.spec.KeyCompressionType;
import io.kmipserver.codec.spec.KeyFormatType;
import io.kmipserver.codec.ttlv.TtlvItem;
import java.util.Objects;

/**
 * Key Block (KMIP 1.4 §2.1.3 Table 7, 2.1 §3.1 Table 12): the key value and what is closely tied to
 * it.
 *
 * @param keyFormatType required
 * @param keyCompressionType optional, for elliptic curve public keys; {@code null} when absent
 * @param keyValue the value, plaintext or wrapped; {@code null} when absent (the table allows it)
 * @param cryptographicAlgorithm required except for Secret Data and Opaque objects; {@code null}
 *     when absent
 * @param cryptographicLength in bits; present exactly when the algorithm is
 * @param keyWrappingData the Key Wrapping Data structure (KMIP 1.4 §2.1.5) when the value is
 *     wrapped, kept as an item tree; {@code null} otherwise
 */
public record KeyBlock(
        KeyFormatType keyFormatType,
        KeyCompressionType keyCompressionType,
        KeyValue keyValue,
        CryptographicAlgorithm cryptographicAlgorithm,
        Integer cryptographicLength,
        TtlvItem.Structure keyWrappingData) {

    public KeyBlock {
        Objects.requireNonNull(keyFormatType, "keyFormatType");
    }

    /** A plaintext key in format Raw, e.g. an AES key: the material is the key bytes. */
    public static KeyBlock raw(byte[] key, CryptographicAlgorithm algorithm, int lengthBits) {
        return new KeyBlock(KeyFormatType.RAW, null, new KeyValue.Plain(new KeyMaterial.Raw(key)), algorithm,
                lengthBits, null);
    }

    /** A plaintext key in another byte-string format (PKCS#1, PKCS#8, X.509, Opaque …). */
    public static KeyBlock encoded(KeyFormatType format, byte[] encoded, CryptographicAlgorithm algorithm,
            Integer lengthBits) {
        return new KeyBlock(format, null, new KeyValue.Plain(new KeyMaterial.Raw(encoded)), algorithm, lengthBits, null);
    }

    /** True when the value is wrapped (the block holds Key Wrapping Data). */
    public boolean isWrapped() {
        return keyWrappingData != null || keyValue instanceof KeyValue.Wrapped;
    }

    /**
     * The plaintext key bytes for byte-string formats and Transparent Symmetric Key, else
     * {@code null} (wrapped, absent or structured material).
     */
    public byte[] keyBytes() {
        return keyValue instanceof KeyValue.Plain p ? p.keyMaterial().keyBytes() : null;
    }
}

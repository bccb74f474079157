package io.kmipserver.codec.object;

import io.kmipserver.codec.ttlv.TtlvItem;
import java.util.Arrays;
import java.util.Objects;

/**
 * Key Material inside a plaintext Key Value (KMIP 1.4 §2.1.4 Table 8, 2.1 §3.2 Table 13): a Byte
 * String for Raw, Opaque, PKCS#1, PKCS#8, ECPrivateKey and byte-string extension formats; a
 * Structure for the Transparent formats. Transparent Symmetric Key is typed; the other transparent
 * structures are kept as item trees.
 *
 * <p>{@code toString()} prints lengths only.
 */
public sealed interface KeyMaterial {

    /** The key bytes when the material is a Byte String or a Transparent Symmetric Key, else {@code null}. */
    byte[] keyBytes();

    /** Byte-string material: the raw key (format Raw) or an encoded key (PKCS#1, PKCS#8 …). */
    record Raw(byte[] bytes) implements KeyMaterial {
        public Raw {
            Objects.requireNonNull(bytes, "bytes");
        }

        @Override
        public byte[] keyBytes() {
            return bytes;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Raw r && Arrays.equals(r.bytes, bytes);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(bytes);
        }

        @Override
        public String toString() {
            return "Raw[length=" + bytes.length + "]";
        }
    }

    /** Transparent Symmetric Key (KMIP 1.4 §2.1.7.1 Table 14, 2.1 §3.4): a structure holding Key. */
    record TransparentSymmetricKey(byte[] key) implements KeyMaterial {
        public TransparentSymmetricKey {
            Objects.requireNonNull(key, "key");
        }

        @Override
        public byte[] keyBytes() {
            return key;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof TransparentSymmetricKey t && Arrays.equals(t.key, key);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(key);
        }

        @Override
        public String toString() {
            return "TransparentSymmetricKey[length=" + key.length + "]";
        }
    }

    /**
     * Any other structured material (Transparent RSA / DSA / DH / EC keys, structured extension
     * formats; KMIP 1.4 §2.1.7), tagged Key Material. Its Big Integers are private key parts.
     */
    record Structured(TtlvItem.Structure structure) implements KeyMaterial {
        public Structured {
            Objects.requireNonNull(structure, "structure");
        }

        @Override
        public byte[] keyBytes() {
            return null;
        }

        @Override
        public String toString() {
            return "Structured[fields=" + structure.items().size() + "]";
        }
    }
}

package io.kmipserver.codec.object;

import io.kmipserver.codec.attribute.Attributes;
import java.util.Arrays;
import java.util.Objects;

/**
 * Key Value (KMIP 1.4 §2.1.4 Table 8, 2.1 §3.2 Table 13): a plaintext structure of Key Material and
 * optional attributes bound to the material, or — when the Key Block carries Key Wrapping Data — the
 * wrapped bytes.
 */
public sealed interface KeyValue {

    /**
     * A plaintext Key Value.
     *
     * @param keyMaterial the key
     * @param attributes attributes encapsulated with the material: repeated Attribute in 1.x, an
     *     Attributes structure in 2.x; usually empty
     */
    record Plain(KeyMaterial keyMaterial, Attributes attributes) implements KeyValue {
        public Plain {
            Objects.requireNonNull(keyMaterial, "keyMaterial");
            Objects.requireNonNull(attributes, "attributes");
        }

        public Plain(KeyMaterial keyMaterial) {
            this(keyMaterial, Attributes.EMPTY);
        }
    }

    /** A wrapped Key Value: the Byte String form (KMIP 1.4 §2.1.4). {@code toString()} prints the length. */
    record Wrapped(byte[] bytes) implements KeyValue {
        public Wrapped {
            Objects.requireNonNull(bytes, "bytes");
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Wrapped w && Arrays.equals(w.bytes, bytes);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(bytes);
        }

        @Override
        public String toString() {
            return "Wrapped[length=" + bytes.length + "]";
        }
    }
}

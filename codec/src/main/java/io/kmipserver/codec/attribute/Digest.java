package io.kmipserver.codec.attribute;

import io.kmipserver.codec.spec.HashingAlgorithm;
import io.kmipserver.codec.spec.KeyFormatType;
import io.kmipserver.codec.spec.Tag;
import io.kmipserver.codec.ttlv.TtlvItem;
import java.util.Arrays;
import java.util.Objects;

/**
 * The Digest attribute (KMIP 1.4 §3.17 Table 79, 2.1 §4.21): the hash of an object's key material
 * (or certificate / opaque value) in a given Key Format Type.
 *
 * @param hashingAlgorithm required
 * @param digestValue the digest, or {@code null} when the server has no access to the material
 * @param keyFormatType the format hashed, required for keys and secret data, else {@code null}
 */
public record Digest(HashingAlgorithm hashingAlgorithm, byte[] digestValue, KeyFormatType keyFormatType) {

    public Digest {
        Objects.requireNonNull(hashingAlgorithm, "hashingAlgorithm");
    }

    /** Parses a Digest structure; throws {@link IllegalArgumentException} when malformed. */
    public static Digest fromItem(TtlvItem item) {
        TtlvItem.Structure s = TtlvItems.structure(item);
        return new Digest(TtlvItems.enumeration(s, Tag.HASHING_ALGORITHM, HashingAlgorithm::fromValue),
                TtlvItems.optBytes(s, Tag.DIGEST_VALUE),
                TtlvItems.optEnumeration(s, Tag.KEY_FORMAT_TYPE, KeyFormatType::fromValue));
    }

    /** The Digest structure. */
    public TtlvItem.Structure toItem() {
        return TtlvItems.structureBuilder(Tag.DIGEST)
                .enumeration(Tag.HASHING_ALGORITHM, hashingAlgorithm)
                .bytes(Tag.DIGEST_VALUE, digestValue)
                .enumeration(Tag.KEY_FORMAT_TYPE, keyFormatType)
                .build();
    }

    /** This digest as a Digest attribute. */
    public Attribute toAttribute() {
        return Attribute.of(toItem());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Digest d && d.hashingAlgorithm == hashingAlgorithm
                && Arrays.equals(d.digestValue, digestValue) && d.keyFormatType == keyFormatType;
    }

    @Override
    public int hashCode() {
        return Objects.hash(hashingAlgorithm, Arrays.hashCode(digestValue), keyFormatType);
    }

    @Override
    public String toString() {
        return "Digest[hashingAlgorithm=" + hashingAlgorithm + ", digestValueLength="
                + (digestValue == null ? null : digestValue.length) + ", keyFormatType=" + keyFormatType + "]";
    }
}

package io.kmipserver.codec.attribute;

import io.kmipserver.codec.spec.BlockCipherMode;
import io.kmipserver.codec.spec.CryptographicAlgorithm;
import io.kmipserver.codec.spec.DigitalSignatureAlgorithm;
import io.kmipserver.codec.spec.HashingAlgorithm;
import io.kmipserver.codec.spec.KeyRoleType;
import io.kmipserver.codec.spec.MaskGenerator;
import io.kmipserver.codec.spec.PaddingMethod;
import io.kmipserver.codec.spec.Tag;
import io.kmipserver.codec.ttlv.TtlvItem;
import java.util.Arrays;
import java.util.Objects;

/**
 * Cryptographic Parameters (KMIP 1.4 §3.6 Table 65, 2.1 §4.16): the attribute, and the field of
 * the cryptographic operations (Encrypt, Decrypt, Sign, Signature Verify, MAC …) and of Key
 * Wrapping Specification. Every field is optional ({@code null} when absent); fields a version does
 * not define are dropped when encoding for it.
 */
public record CryptographicParameters(
        BlockCipherMode blockCipherMode,
        PaddingMethod paddingMethod,
        HashingAlgorithm hashingAlgorithm,
        KeyRoleType keyRoleType,
        DigitalSignatureAlgorithm digitalSignatureAlgorithm,
        CryptographicAlgorithm cryptographicAlgorithm,
        Boolean randomIv,
        Integer ivLength,
        Integer tagLength,
        Integer fixedFieldLength,
        Integer invocationFieldLength,
        Integer counterLength,
        Integer initialCounterValue,
        Integer saltLength,
        MaskGenerator maskGenerator,
        HashingAlgorithm maskGeneratorHashingAlgorithm,
        byte[] pSource,
        Integer trailerField) {

    /** Parameters with no field set. */
    public static final CryptographicParameters NONE = new CryptographicParameters(
            null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);

    /** Only a block cipher mode and padding method, e.g. AES-CBC with PKCS5 padding. */
    public static CryptographicParameters of(BlockCipherMode mode, PaddingMethod padding) {
        return new CryptographicParameters(mode, padding, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null);
    }

    /** Parses a Cryptographic Parameters structure; throws {@link IllegalArgumentException} when malformed. */
    public static CryptographicParameters fromItem(TtlvItem item) {
        TtlvItem.Structure s = TtlvItems.structure(item);
        return new CryptographicParameters(
                TtlvItems.optEnumeration(s, Tag.BLOCK_CIPHER_MODE, BlockCipherMode::fromValue),
                TtlvItems.optEnumeration(s, Tag.PADDING_METHOD, PaddingMethod::fromValue),
                TtlvItems.optEnumeration(s, Tag.HASHING_ALGORITHM, HashingAlgorithm::fromValue),
                TtlvItems.optEnumeration(s, Tag.KEY_ROLE_TYPE, KeyRoleType::fromValue),
                TtlvItems.optEnumeration(s, Tag.DIGITAL_SIGNATURE_ALGORITHM, DigitalSignatureAlgorithm::fromValue),
                TtlvItems.optEnumeration(s, Tag.CRYPTOGRAPHIC_ALGORITHM, CryptographicAlgorithm::fromValue),
                TtlvItems.optBoolean(s, Tag.RANDOM_IV),
                TtlvItems.optInteger(s, Tag.IV_LENGTH),
                TtlvItems.optInteger(s, Tag.TAG_LENGTH),
                TtlvItems.optInteger(s, Tag.FIXED_FIELD_LENGTH),
                TtlvItems.optInteger(s, Tag.INVOCATION_FIELD_LENGTH),
                TtlvItems.optInteger(s, Tag.COUNTER_LENGTH),
                TtlvItems.optInteger(s, Tag.INITIAL_COUNTER_VALUE),
                TtlvItems.optInteger(s, Tag.SALT_LENGTH),
                TtlvItems.optEnumeration(s, Tag.MASK_GENERATOR, MaskGenerator::fromValue),
                TtlvItems.optEnumeration(s, Tag.MASK_GENERATOR_HASHING_ALGORITHM, HashingAlgorithm::fromValue),
                TtlvItems.optBytes(s, Tag.P_SOURCE),
                TtlvItems.optInteger(s, Tag.TRAILER_FIELD));
    }

    /** The Cryptographic Parameters structure, fields in the order of KMIP 2.1 §4.16. */
    public TtlvItem.Structure toItem() {
        return TtlvItems.structureBuilder(Tag.CRYPTOGRAPHIC_PARAMETERS)
                .enumeration(Tag.BLOCK_CIPHER_MODE, blockCipherMode)
                .enumeration(Tag.PADDING_METHOD, paddingMethod)
                .enumeration(Tag.HASHING_ALGORITHM, hashingAlgorithm)
                .enumeration(Tag.KEY_ROLE_TYPE, keyRoleType)
                .enumeration(Tag.DIGITAL_SIGNATURE_ALGORITHM, digitalSignatureAlgorithm)
                .enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, cryptographicAlgorithm)
                .bool(Tag.RANDOM_IV, randomIv)
                .integer(Tag.IV_LENGTH, ivLength)
                .integer(Tag.TAG_LENGTH, tagLength)
                .integer(Tag.FIXED_FIELD_LENGTH, fixedFieldLength)
                .integer(Tag.INVOCATION_FIELD_LENGTH, invocationFieldLength)
                .integer(Tag.COUNTER_LENGTH, counterLength)
                .integer(Tag.INITIAL_COUNTER_VALUE, initialCounterValue)
                .integer(Tag.SALT_LENGTH, saltLength)
                .enumeration(Tag.MASK_GENERATOR, maskGenerator)
                .enumeration(Tag.MASK_GENERATOR_HASHING_ALGORITHM, maskGeneratorHashingAlgorithm)
                .bytes(Tag.P_SOURCE, pSource)
                .integer(Tag.TRAILER_FIELD, trailerField)
                .build();
    }

    /** These parameters as a Cryptographic Parameters attribute. */
    public Attribute toAttribute() {
        return Attribute.of(toItem());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CryptographicParameters p && toItem().equals(p.toItem());
    }

    @Override
    public int hashCode() {
        return Objects.hash(blockCipherMode, paddingMethod, hashingAlgorithm, cryptographicAlgorithm, Arrays.hashCode(pSource));
    }

    @Override
    public String toString() {
        return "CryptographicParameters[blockCipherMode=" + blockCipherMode + ", paddingMethod=" + paddingMethod
                + ", hashingAlgorithm=" + hashingAlgorithm + ", keyRoleType=" + keyRoleType
                + ", digitalSignatureAlgorithm=" + digitalSignatureAlgorithm
                + ", cryptographicAlgorithm=" + cryptographicAlgorithm + ", randomIv=" + randomIv
                + ", ivLength=" + ivLength + ", tagLength=" + tagLength + ", fixedFieldLength=" + fixedFieldLength
                + ", invocationFieldLength=" + invocationFieldLength + ", counterLength=" + counterLength
                + ", initialCounterValue=" + initialCounterValue + ", saltLength=" + saltLength
                + ", maskGenerator=" + maskGenerator + ", maskGeneratorHashingAlgorithm=" + maskGeneratorHashingAlgorithm
                + ", pSourceLength=" + (pSource == null ? null : pSource.length) + ", trailerField=" + trailerField + "]";
    }
}

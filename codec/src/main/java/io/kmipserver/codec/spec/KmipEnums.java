// Generated from codec/src/spec/enums/INDEX.csv and tags.csv by io.kmipserver.codec.spec.generator.SpecGenerator — do not edit.
// Regenerate from the repository root: java codec/src/test/java/io/kmipserver/codec/spec/generator/SpecGenerator.java
package io.kmipserver.codec.spec;

import java.util.List;

/**
 * Which enumeration an Enumeration item carries, by its tag: the enumeration of the same name, plus
 * Linked Object Identifier, whose Enumeration form holds a Unique Identifier Enumeration value
 * (KMIP 2.1 §4.31 Table 90). Bit masks travel as Integer and are not listed here; Attribute
 * Reference and Tag hold tag numbers, which {@link TagRegistry} resolves.
 */
public final class KmipEnums {

    private static final List<Class<? extends KmipEnum>> ALL_TYPES = List.of(
            CredentialType.class,
            KeyCompressionType.class,
            KeyFormatType.class,
            WrappingMethod.class,
            RecommendedCurve.class,
            CertificateType.class,
            SplitKeyMethod.class,
            SecretDataType.class,
            OpaqueDataType.class,
            NameType.class,
            ObjectType.class,
            CryptographicAlgorithm.class,
            BlockCipherMode.class,
            PaddingMethod.class,
            HashingAlgorithm.class,
            KeyRoleType.class,
            State.class,
            RevocationReasonCode.class,
            LinkType.class,
            DerivationMethod.class,
            CertificateRequestType.class,
            ValidityIndicator.class,
            QueryFunction.class,
            CancellationResult.class,
            PutFunction.class,
            Operation.class,
            ResultStatus.class,
            ResultReason.class,
            BatchErrorContinuationOption.class,
            UsageLimitsUnit.class,
            CryptographicUsageMask.class,
            StorageStatusMask.class,
            DigitalSignatureAlgorithm.class,
            EncodingOption.class,
            ObjectGroupMember.class,
            AlternativeNameType.class,
            KeyValueLocationType.class,
            AttestationType.class,
            RngAlgorithm.class,
            DrbgAlgorithm.class,
            Fips186Variation.class,
            ValidationAuthorityType.class,
            ValidationType.class,
            ProfileName.class,
            UnwrapMode.class,
            DestroyAction.class,
            ShreddingAlgorithm.class,
            RngMode.class,
            ClientRegistrationMethod.class,
            KeyWrapType.class,
            MaskGenerator.class,
            AdjustmentType.class,
            AsynchronousIndicator.class,
            Data.class,
            EndpointRole.class,
            InteropFunction.class,
            ItemTypeEnum.class,
            NistKeyType.class,
            ProtectionLevel.class,
            TicketType.class,
            UniqueIdentifierEnum.class,
            ProtectionStorageMask.class,
            ProcessingStage.class,
            RotateNameType.class);

    private KmipEnums() {
    }

    /**
     * The value of the enumeration that {@code tag} carries, or {@code null} when the tag carries
     * none or no version defines {@code value}. Does not allocate.
     */
    public static KmipEnum lookup(int tag, int value) {
        return switch (tag) {
            case Tag.ASYNCHRONOUS_INDICATOR -> AsynchronousIndicator.fromValue(value);
            case Tag.BATCH_ERROR_CONTINUATION_OPTION -> BatchErrorContinuationOption.fromValue(value);
            case Tag.BLOCK_CIPHER_MODE -> BlockCipherMode.fromValue(value);
            case Tag.CANCELLATION_RESULT -> CancellationResult.fromValue(value);
            case Tag.CERTIFICATE_REQUEST_TYPE -> CertificateRequestType.fromValue(value);
            case Tag.CERTIFICATE_TYPE -> CertificateType.fromValue(value);
            case Tag.CREDENTIAL_TYPE -> CredentialType.fromValue(value);
            case Tag.CRYPTOGRAPHIC_ALGORITHM -> CryptographicAlgorithm.fromValue(value);
            case Tag.DERIVATION_METHOD -> DerivationMethod.fromValue(value);
            case Tag.HASHING_ALGORITHM -> HashingAlgorithm.fromValue(value);
            case Tag.KEY_COMPRESSION_TYPE -> KeyCompressionType.fromValue(value);
            case Tag.KEY_FORMAT_TYPE -> KeyFormatType.fromValue(value);
            case Tag.LINK_TYPE -> LinkType.fromValue(value);
            case Tag.LINKED_OBJECT_IDENTIFIER -> UniqueIdentifierEnum.fromValue(value);
            case Tag.NAME_TYPE -> NameType.fromValue(value);
            case Tag.OBJECT_TYPE -> ObjectType.fromValue(value);
            case Tag.OPAQUE_DATA_TYPE -> OpaqueDataType.fromValue(value);
            case Tag.OPERATION -> Operation.fromValue(value);
            case Tag.PADDING_METHOD -> PaddingMethod.fromValue(value);
            case Tag.PUT_FUNCTION -> PutFunction.fromValue(value);
            case Tag.QUERY_FUNCTION -> QueryFunction.fromValue(value);
            case Tag.RECOMMENDED_CURVE -> RecommendedCurve.fromValue(value);
            case Tag.RESULT_REASON -> ResultReason.fromValue(value);
            case Tag.RESULT_STATUS -> ResultStatus.fromValue(value);
            case Tag.REVOCATION_REASON_CODE -> RevocationReasonCode.fromValue(value);
            case Tag.KEY_ROLE_TYPE -> KeyRoleType.fromValue(value);
            case Tag.SECRET_DATA_TYPE -> SecretDataType.fromValue(value);
            case Tag.SPLIT_KEY_METHOD -> SplitKeyMethod.fromValue(value);
            case Tag.STATE -> State.fromValue(value);
            case Tag.UNIQUE_IDENTIFIER -> UniqueIdentifierEnum.fromValue(value);
            case Tag.USAGE_LIMITS_UNIT -> UsageLimitsUnit.fromValue(value);
            case Tag.VALIDITY_INDICATOR -> ValidityIndicator.fromValue(value);
            case Tag.WRAPPING_METHOD -> WrappingMethod.fromValue(value);
            case Tag.ENCODING_OPTION -> EncodingOption.fromValue(value);
            case Tag.OBJECT_GROUP_MEMBER -> ObjectGroupMember.fromValue(value);
            case Tag.DIGITAL_SIGNATURE_ALGORITHM -> DigitalSignatureAlgorithm.fromValue(value);
            case Tag.KEY_VALUE_LOCATION_TYPE -> KeyValueLocationType.fromValue(value);
            case Tag.ALTERNATIVE_NAME_TYPE -> AlternativeNameType.fromValue(value);
            case Tag.DATA -> Data.fromValue(value);
            case Tag.ATTESTATION_TYPE -> AttestationType.fromValue(value);
            case Tag.RNG_ALGORITHM -> RngAlgorithm.fromValue(value);
            case Tag.DRBG_ALGORITHM -> DrbgAlgorithm.fromValue(value);
            case Tag.FIPS186_VARIATION -> Fips186Variation.fromValue(value);
            case Tag.VALIDATION_AUTHORITY_TYPE -> ValidationAuthorityType.fromValue(value);
            case Tag.VALIDATION_TYPE -> ValidationType.fromValue(value);
            case Tag.PROFILE_NAME -> ProfileName.fromValue(value);
            case Tag.UNWRAP_MODE -> UnwrapMode.fromValue(value);
            case Tag.DESTROY_ACTION -> DestroyAction.fromValue(value);
            case Tag.SHREDDING_ALGORITHM -> ShreddingAlgorithm.fromValue(value);
            case Tag.RNG_MODE -> RngMode.fromValue(value);
            case Tag.CLIENT_REGISTRATION_METHOD -> ClientRegistrationMethod.fromValue(value);
            case Tag.KEY_WRAP_TYPE -> KeyWrapType.fromValue(value);
            case Tag.MASK_GENERATOR -> MaskGenerator.fromValue(value);
            case Tag.NIST_KEY_TYPE -> NistKeyType.fromValue(value);
            case Tag.PROTECTION_LEVEL -> ProtectionLevel.fromValue(value);
            case Tag.TICKET_TYPE -> TicketType.fromValue(value);
            case Tag.ENDPOINT_ROLE -> EndpointRole.fromValue(value);
            case Tag.ADJUSTMENT_TYPE -> AdjustmentType.fromValue(value);
            case Tag.INTEROP_FUNCTION -> InteropFunction.fromValue(value);
            case Tag.ROTATE_NAME_TYPE -> RotateNameType.fromValue(value);
            case Tag.PROCESSING_STAGE -> ProcessingStage.fromValue(value);
            default -> null;
        };
    }

    /** The enumeration type that {@code tag} carries, or {@code null}. */
    public static Class<? extends KmipEnum> typeOf(int tag) {
        return switch (tag) {
            case Tag.ASYNCHRONOUS_INDICATOR -> AsynchronousIndicator.class;
            case Tag.BATCH_ERROR_CONTINUATION_OPTION -> BatchErrorContinuationOption.class;
            case Tag.BLOCK_CIPHER_MODE -> BlockCipherMode.class;
            case Tag.CANCELLATION_RESULT -> CancellationResult.class;
            case Tag.CERTIFICATE_REQUEST_TYPE -> CertificateRequestType.class;
            case Tag.CERTIFICATE_TYPE -> CertificateType.class;
            case Tag.CREDENTIAL_TYPE -> CredentialType.class;
            case Tag.CRYPTOGRAPHIC_ALGORITHM -> CryptographicAlgorithm.class;
            case Tag.DERIVATION_METHOD -> DerivationMethod.class;
            case Tag.HASHING_ALGORITHM -> HashingAlgorithm.class;
            case Tag.KEY_COMPRESSION_TYPE -> KeyCompressionType.class;
            case Tag.KEY_FORMAT_TYPE -> KeyFormatType.class;
            case Tag.LINK_TYPE -> LinkType.class;
            case Tag.LINKED_OBJECT_IDENTIFIER -> UniqueIdentifierEnum.class;
            case Tag.NAME_TYPE -> NameType.class;
            case Tag.OBJECT_TYPE -> ObjectType.class;
            case Tag.OPAQUE_DATA_TYPE -> OpaqueDataType.class;
            case Tag.OPERATION -> Operation.class;
            case Tag.PADDING_METHOD -> PaddingMethod.class;
            case Tag.PUT_FUNCTION -> PutFunction.class;
            case Tag.QUERY_FUNCTION -> QueryFunction.class;
            case Tag.RECOMMENDED_CURVE -> RecommendedCurve.class;
            case Tag.RESULT_REASON -> ResultReason.class;
            case Tag.RESULT_STATUS -> ResultStatus.class;
            case Tag.REVOCATION_REASON_CODE -> RevocationReasonCode.class;
            case Tag.KEY_ROLE_TYPE -> KeyRoleType.class;
            case Tag.SECRET_DATA_TYPE -> SecretDataType.class;
            case Tag.SPLIT_KEY_METHOD -> SplitKeyMethod.class;
            case Tag.STATE -> State.class;
            case Tag.UNIQUE_IDENTIFIER -> UniqueIdentifierEnum.class;
            case Tag.USAGE_LIMITS_UNIT -> UsageLimitsUnit.class;
            case Tag.VALIDITY_INDICATOR -> ValidityIndicator.class;
            case Tag.WRAPPING_METHOD -> WrappingMethod.class;
            case Tag.ENCODING_OPTION -> EncodingOption.class;
            case Tag.OBJECT_GROUP_MEMBER -> ObjectGroupMember.class;
            case Tag.DIGITAL_SIGNATURE_ALGORITHM -> DigitalSignatureAlgorithm.class;
            case Tag.KEY_VALUE_LOCATION_TYPE -> KeyValueLocationType.class;
            case Tag.ALTERNATIVE_NAME_TYPE -> AlternativeNameType.class;
            case Tag.DATA -> Data.class;
            case Tag.ATTESTATION_TYPE -> AttestationType.class;
            case Tag.RNG_ALGORITHM -> RngAlgorithm.class;
            case Tag.DRBG_ALGORITHM -> DrbgAlgorithm.class;
            case Tag.FIPS186_VARIATION -> Fips186Variation.class;
            case Tag.VALIDATION_AUTHORITY_TYPE -> ValidationAuthorityType.class;
            case Tag.VALIDATION_TYPE -> ValidationType.class;
            case Tag.PROFILE_NAME -> ProfileName.class;
            case Tag.UNWRAP_MODE -> UnwrapMode.class;
            case Tag.DESTROY_ACTION -> DestroyAction.class;
            case Tag.SHREDDING_ALGORITHM -> ShreddingAlgorithm.class;
            case Tag.RNG_MODE -> RngMode.class;
            case Tag.CLIENT_REGISTRATION_METHOD -> ClientRegistrationMethod.class;
            case Tag.KEY_WRAP_TYPE -> KeyWrapType.class;
            case Tag.MASK_GENERATOR -> MaskGenerator.class;
            case Tag.NIST_KEY_TYPE -> NistKeyType.class;
            case Tag.PROTECTION_LEVEL -> ProtectionLevel.class;
            case Tag.TICKET_TYPE -> TicketType.class;
            case Tag.ENDPOINT_ROLE -> EndpointRole.class;
            case Tag.ADJUSTMENT_TYPE -> AdjustmentType.class;
            case Tag.INTEROP_FUNCTION -> InteropFunction.class;
            case Tag.ROTATE_NAME_TYPE -> RotateNameType.class;
            case Tag.PROCESSING_STAGE -> ProcessingStage.class;
            default -> null;
        };
    }

    /** Every generated enumeration and bit-mask type, in the order of INDEX.csv. */
    public static List<Class<? extends KmipEnum>> allTypes() {
        return ALL_TYPES;
    }
}

// Generated from codec/src/spec/enums/nist-key-type.csv by io.kmipserver.codec.spec.generator.SpecGenerator — do not edit.
// Regenerate from the repository root: java codec/src/test/java/io/kmipserver/codec/spec/generator/SpecGenerator.java
package io.kmipserver.codec.spec;

import java.util.Map;

/**
 * NIST Key Type enumeration (KMIP 2.0 §11.32; 2.1 §11.32).
 * Carried by the tag NIST Key Type ({@link Tag#NIST_KEY_TYPE}).
 *
 * <p>Values 8XXXXXXX are vendor extensions; {@link #fromValue(int)} returns {@code null} for them.
 *
 * <p>Constant names: see the package documentation.
 */
public enum NistKeyType implements KmipEnum {
    /** Private signature key, 0x00000001, KMIP 2.0–2.1. */
    PRIVATE_SIGNATURE_KEY(0x00000001, "Private signature key", "PrivateSignatureKey", "2.0 2.1"),
    /** Public signature verification key, 0x00000002, KMIP 2.0–2.1. */
    PUBLIC_SIGNATURE_VERIFICATION_KEY(0x00000002, "Public signature verification key", "PublicSignatureVerificationKey", "2.0 2.1"),
    /** Symmetric authentication key, 0x00000003, KMIP 2.0–2.1. */
    SYMMETRIC_AUTHENTICATION_KEY(0x00000003, "Symmetric authentication key", "SymmetricAuthenticationKey", "2.0 2.1"),
    /** Private authentication key, 0x00000004, KMIP 2.0–2.1. */
    PRIVATE_AUTHENTICATION_KEY(0x00000004, "Private authentication key", "PrivateAuthenticationKey", "2.0 2.1"),
    /** Public authentication key, 0x00000005, KMIP 2.0–2.1. */
    PUBLIC_AUTHENTICATION_KEY(0x00000005, "Public authentication key", "PublicAuthenticationKey", "2.0 2.1"),
    /** Symmetric data encryption key, 0x00000006, KMIP 2.0–2.1. */
    SYMMETRIC_DATA_ENCRYPTION_KEY(0x00000006, "Symmetric data encryption key", "SymmetricDataEncryptionKey", "2.0 2.1"),
    /** Symmetric key wrapping key, 0x00000007, KMIP 2.0–2.1. */
    SYMMETRIC_KEY_WRAPPING_KEY(0x00000007, "Symmetric key wrapping key", "SymmetricKeyWrappingKey", "2.0 2.1"),
    /** Symmetric random number generation key, 0x00000008, KMIP 2.0–2.1. */
    SYMMETRIC_RANDOM_NUMBER_GENERATION_KEY(0x00000008, "Symmetric random number generation key", "SymmetricRandomNumberGenerationKey", "2.0 2.1"),
    /** Symmetric master key, 0x00000009, KMIP 2.0–2.1. */
    SYMMETRIC_MASTER_KEY(0x00000009, "Symmetric master key", "SymmetricMasterKey", "2.0 2.1"),
    /** Private key transport key, 0x0000000A, KMIP 2.0–2.1. */
    PRIVATE_KEY_TRANSPORT_KEY(0x0000000A, "Private key transport key", "PrivateKeyTransportKey", "2.0 2.1"),
    /** Public key transport key, 0x0000000B, KMIP 2.0–2.1. */
    PUBLIC_KEY_TRANSPORT_KEY(0x0000000B, "Public key transport key", "PublicKeyTransportKey", "2.0 2.1"),
    /** Symmetric key agreement key, 0x0000000C, KMIP 2.0–2.1. */
    SYMMETRIC_KEY_AGREEMENT_KEY(0x0000000C, "Symmetric key agreement key", "SymmetricKeyAgreementKey", "2.0 2.1"),
    /** Private static key agreement key, 0x0000000D, KMIP 2.0–2.1. */
    PRIVATE_STATIC_KEY_AGREEMENT_KEY(0x0000000D, "Private static key agreement key", "PrivateStaticKeyAgreementKey", "2.0 2.1"),
    /** Public static key agreement key, 0x0000000E, KMIP 2.0–2.1. */
    PUBLIC_STATIC_KEY_AGREEMENT_KEY(0x0000000E, "Public static key agreement key", "PublicStaticKeyAgreementKey", "2.0 2.1"),
    /** Private ephemeral key agreement key, 0x0000000F, KMIP 2.0–2.1. */
    PRIVATE_EPHEMERAL_KEY_AGREEMENT_KEY(0x0000000F, "Private ephemeral key agreement key", "PrivateEphemeralKeyAgreementKey", "2.0 2.1"),
    /** Public ephemeral key agreement key, 0x00000010, KMIP 2.0–2.1. */
    PUBLIC_EPHEMERAL_KEY_AGREEMENT_KEY(0x00000010, "Public ephemeral key agreement key", "PublicEphemeralKeyAgreementKey", "2.0 2.1"),
    /** Symmetric authorization key, 0x00000011, KMIP 2.0–2.1. */
    SYMMETRIC_AUTHORIZATION_KEY(0x00000011, "Symmetric authorization key", "SymmetricAuthorizationKey", "2.0 2.1"),
    /** Private authorization key, 0x00000012, KMIP 2.0–2.1. */
    PRIVATE_AUTHORIZATION_KEY(0x00000012, "Private authorization key", "PrivateAuthorizationKey", "2.0 2.1"),
    /** Public authorization key, 0x00000013, KMIP 2.0–2.1. */
    PUBLIC_AUTHORIZATION_KEY(0x00000013, "Public authorization key", "PublicAuthorizationKey", "2.0 2.1");

    /** The tag that carries this enumeration. */
    public static final int TAG = Tag.NIST_KEY_TYPE;

    private static final NistKeyType[] VALUES = values();
    private static final Map<String, NistKeyType> BY_XML_NAME = SpecSupport.byXmlName(VALUES, Map.of());

    private final int value;
    private final String specName;
    private final String xmlName;
    private final int versions;
    private final KmipVersion firstVersion;
    private final KmipVersion lastVersion;
    private final String[] namesByVersion;

    NistKeyType(int value, String specName, String xmlName, String versions, String... renames) {
        this.value = value;
        this.specName = specName;
        this.xmlName = xmlName;
        this.versions = SpecSupport.versionBits(versions);
        this.firstVersion = SpecSupport.first(this.versions);
        this.lastVersion = SpecSupport.last(this.versions);
        this.namesByVersion = SpecSupport.namesByVersion(specName, renames);
    }

    @Override
    public int value() {
        return value;
    }

    @Override
    public String specName() {
        return specName;
    }

    @Override
    public String specName(KmipVersion version) {
        return SpecSupport.nameIn(namesByVersion, version, specName);
    }

    @Override
    public String xmlName() {
        return xmlName;
    }

    @Override
    public KmipVersion firstVersion() {
        return firstVersion;
    }

    @Override
    public KmipVersion lastVersion() {
        return lastVersion;
    }

    @Override
    public boolean knownIn(KmipVersion version) {
        return (versions & version.bit()) != 0;
    }

    /** The value with this number, or {@code null} when no version defines it. Does not allocate. */
    public static NistKeyType fromValue(int value) {
        return switch (value) {
            case 0x00000001 -> PRIVATE_SIGNATURE_KEY;
            case 0x00000002 -> PUBLIC_SIGNATURE_VERIFICATION_KEY;
            case 0x00000003 -> SYMMETRIC_AUTHENTICATION_KEY;
            case 0x00000004 -> PRIVATE_AUTHENTICATION_KEY;
            case 0x00000005 -> PUBLIC_AUTHENTICATION_KEY;
            case 0x00000006 -> SYMMETRIC_DATA_ENCRYPTION_KEY;
            case 0x00000007 -> SYMMETRIC_KEY_WRAPPING_KEY;
            case 0x00000008 -> SYMMETRIC_RANDOM_NUMBER_GENERATION_KEY;
            case 0x00000009 -> SYMMETRIC_MASTER_KEY;
            case 0x0000000A -> PRIVATE_KEY_TRANSPORT_KEY;
            case 0x0000000B -> PUBLIC_KEY_TRANSPORT_KEY;
            case 0x0000000C -> SYMMETRIC_KEY_AGREEMENT_KEY;
            case 0x0000000D -> PRIVATE_STATIC_KEY_AGREEMENT_KEY;
            case 0x0000000E -> PUBLIC_STATIC_KEY_AGREEMENT_KEY;
            case 0x0000000F -> PRIVATE_EPHEMERAL_KEY_AGREEMENT_KEY;
            case 0x00000010 -> PUBLIC_EPHEMERAL_KEY_AGREEMENT_KEY;
            case 0x00000011 -> SYMMETRIC_AUTHORIZATION_KEY;
            case 0x00000012 -> PRIVATE_AUTHORIZATION_KEY;
            case 0x00000013 -> PUBLIC_AUTHORIZATION_KEY;
            default -> null;
        };
    }

    /**
     * The value with this XML/JSON name (e.g. {@code "PrivateSignatureKey"}), or {@code null}.
     */
    public static NistKeyType fromXmlName(String xmlName) {
        return xmlName == null ? null : BY_XML_NAME.get(xmlName);
    }
}

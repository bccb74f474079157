// Generated from codec/src/spec/enums/derivation-method.csv by io.kmipserver.codec.spec.generator.SpecGenerator — do not edit.
// Regenerate from the repository root: java codec/src/test/java/io/kmipserver/codec/spec/generator/SpecGenerator.java
package io.kmipserver.codec.spec;

import java.util.Map;

/**
 * Derivation Method enumeration (KMIP 1.0 §9.1.3.2.20; 1.1 §9.1.3.2.21; 1.2 §9.1.3.2.21; 1.3 §9.1.3.2.21; 1.4 §9.1.3.2.21; 2.0 §11.14; 2.1 §11.14).
 * Carried by the tag Derivation Method ({@link Tag#DERIVATION_METHOD}).
 *
 * <p>Values 8XXXXXXX are vendor extensions; {@link #fromValue(int)} returns {@code null} for them.
 *
 * <p>Constant names: see the package documentation.
 */
public enum DerivationMethod implements KmipEnum {
    /** PBKDF2, 0x00000001, KMIP 1.0–2.1. */
    PBKDF2(0x00000001, "PBKDF2", "PBKDF2", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** HASH, 0x00000002, KMIP 1.0–2.1. */
    HASH(0x00000002, "HASH", "HASH", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** HMAC, 0x00000003, KMIP 1.0–2.1. */
    HMAC(0x00000003, "HMAC", "HMAC", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** ENCRYPT, 0x00000004, KMIP 1.0–2.1. */
    ENCRYPT(0x00000004, "ENCRYPT", "ENCRYPT", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** NIST800-108-C, 0x00000005, KMIP 1.0–2.1. */
    NIST800_108_C(0x00000005, "NIST800-108-C", "NIST800_108_C", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** NIST800-108-F, 0x00000006, KMIP 1.0–2.1. */
    NIST800_108_F(0x00000006, "NIST800-108-F", "NIST800_108_F", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** NIST800-108-DPI, 0x00000007, KMIP 1.0–2.1. */
    NIST800_108_DPI(0x00000007, "NIST800-108-DPI", "NIST800_108_DPI", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Asymmetric Key, 0x00000008, KMIP 1.4–2.1. */
    ASYMMETRIC_KEY(0x00000008, "Asymmetric Key", "AsymmetricKey", "1.4 2.0 2.1"),
    /** AWS Signature Version 4, 0x00000009, KMIP 2.0–2.1. */
    AWS_SIGNATURE_VERSION_4(0x00000009, "AWS Signature Version 4", "AWSSignatureVersion4", "2.0 2.1"),
    /** HKDF, 0x0000000A, KMIP 2.0–2.1. */
    HKDF(0x0000000A, "HKDF", "HKDF", "2.0 2.1");

    /** The tag that carries this enumeration. */
    public static final int TAG = Tag.DERIVATION_METHOD;

    private static final DerivationMethod[] VALUES = values();
    private static final Map<String, DerivationMethod> BY_XML_NAME = SpecSupport.byXmlName(VALUES, Map.of());

    private final int value;
    private final String specName;
    private final String xmlName;
    private final int versions;
    private final KmipVersion firstVersion;
    private final KmipVersion lastVersion;
    private final String[] namesByVersion;

    DerivationMethod(int value, String specName, String xmlName, String versions, String... renames) {
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
    public static DerivationMethod fromValue(int value) {
        return switch (value) {
            case 0x00000001 -> PBKDF2;
            case 0x00000002 -> HASH;
            case 0x00000003 -> HMAC;
            case 0x00000004 -> ENCRYPT;
            case 0x00000005 -> NIST800_108_C;
            case 0x00000006 -> NIST800_108_F;
            case 0x00000007 -> NIST800_108_DPI;
            case 0x00000008 -> ASYMMETRIC_KEY;
            case 0x00000009 -> AWS_SIGNATURE_VERSION_4;
            case 0x0000000A -> HKDF;
            default -> null;
        };
    }

    /**
     * The value with this XML/JSON name (e.g. {@code "PBKDF2"}), or {@code null}.
     */
    public static DerivationMethod fromXmlName(String xmlName) {
        return xmlName == null ? null : BY_XML_NAME.get(xmlName);
    }
}

// Generated from codec/src/spec/enums/digital-signature-algorithm.csv by io.kmipserver.codec.spec.generator.SpecGenerator — do not edit.
// Regenerate from the repository root: java codec/src/test/java/io/kmipserver/codec/spec/generator/SpecGenerator.java
package io.kmipserver.codec.spec;

import java.util.Map;

/**
 * Digital Signature Algorithm enumeration (KMIP 1.1 §9.1.3.2.7; 1.2 §9.1.3.2.7; 1.3 §9.1.3.2.7; 1.4 §9.1.3.2.7; 2.0 §11.16; 2.1 §11.16).
 * Carried by the tag Digital Signature Algorithm ({@link Tag#DIGITAL_SIGNATURE_ALGORITHM}).
 *
 * <p>Values 8XXXXXXX are vendor extensions; {@link #fromValue(int)} returns {@code null} for them.
 *
 * <p>Constant names: see the package documentation.
 */
public enum DigitalSignatureAlgorithm implements KmipEnum {
    /** MD2 with RSA Encryption, 0x00000001, KMIP 1.1–2.1. Printed as "MD2 with RSA Encryption (PKCS#1 v1.5)" in 1.1-1.4. */
    MD2_WITH_RSA_ENCRYPTION(0x00000001, "MD2 with RSA Encryption", "MD2WithRSAEncryption", "1.1 1.2 1.3 1.4 2.0 2.1", "1.1-1.4", "MD2 with RSA Encryption (PKCS#1 v1.5)"),
    /** MD5 with RSA Encryption, 0x00000002, KMIP 1.1–2.1. Printed as "MD5 with RSA Encryption (PKCS#1 v1.5)" in 1.1-1.4. */
    MD5_WITH_RSA_ENCRYPTION(0x00000002, "MD5 with RSA Encryption", "MD5WithRSAEncryption", "1.1 1.2 1.3 1.4 2.0 2.1", "1.1-1.4", "MD5 with RSA Encryption (PKCS#1 v1.5)"),
    /** SHA-1 with RSA Encryption, 0x00000003, KMIP 1.1–2.1. Printed as "SHA-1 with RSA Encryption (PKCS#1 v1.5)" in 1.1-1.4. */
    SHA_1_WITH_RSA_ENCRYPTION(0x00000003, "SHA-1 with RSA Encryption", "SHA_1WithRSAEncryption", "1.1 1.2 1.3 1.4 2.0 2.1", "1.1-1.4", "SHA-1 with RSA Encryption (PKCS#1 v1.5)"),
    /** SHA-224 with RSA Encryption, 0x00000004, KMIP 1.1–2.1. Printed as "SHA-224 with RSA Encryption (PKCS#1 v1.5)" in 1.1-1.4. */
    SHA_224_WITH_RSA_ENCRYPTION(0x00000004, "SHA-224 with RSA Encryption", "SHA_224WithRSAEncryption", "1.1 1.2 1.3 1.4 2.0 2.1", "1.1-1.4", "SHA-224 with RSA Encryption (PKCS#1 v1.5)"),
    /** SHA-256 with RSA Encryption, 0x00000005, KMIP 1.1–2.1. Printed as "SHA-256 with RSA Encryption (PKCS#1 v1.5)" in 1.1-1.4. */
    SHA_256_WITH_RSA_ENCRYPTION(0x00000005, "SHA-256 with RSA Encryption", "SHA_256WithRSAEncryption", "1.1 1.2 1.3 1.4 2.0 2.1", "1.1-1.4", "SHA-256 with RSA Encryption (PKCS#1 v1.5)"),
    /** SHA-384 with RSA Encryption, 0x00000006, KMIP 1.1–2.1. Printed as "SHA-384 with RSA Encryption (PKCS#1 v1.5)" in 1.1-1.4. */
    SHA_384_WITH_RSA_ENCRYPTION(0x00000006, "SHA-384 with RSA Encryption", "SHA_384WithRSAEncryption", "1.1 1.2 1.3 1.4 2.0 2.1", "1.1-1.4", "SHA-384 with RSA Encryption (PKCS#1 v1.5)"),
    /** SHA-512 with RSA Encryption, 0x00000007, KMIP 1.1–2.1. Printed as "SHA-512 with RSA Encryption (PKCS#1 v1.5)" in 1.1-1.4. */
    SHA_512_WITH_RSA_ENCRYPTION(0x00000007, "SHA-512 with RSA Encryption", "SHA_512WithRSAEncryption", "1.1 1.2 1.3 1.4 2.0 2.1", "1.1-1.4", "SHA-512 with RSA Encryption (PKCS#1 v1.5)"),
    /** RSASSA-PSS, 0x00000008, KMIP 1.1–2.1. Printed as "RSASSA-PSS (PKCS#1 v2.1)" in 1.1-1.4. */
    RSASSA_PSS(0x00000008, "RSASSA-PSS", "RSASSA_PSS", "1.1 1.2 1.3 1.4 2.0 2.1", "1.1-1.4", "RSASSA-PSS (PKCS#1 v2.1)"),
    /** DSA with SHA-1, 0x00000009, KMIP 1.1–2.1. */
    DSA_WITH_SHA_1(0x00000009, "DSA with SHA-1", "DSAWithSHA_1", "1.1 1.2 1.3 1.4 2.0 2.1"),
    /** DSA with SHA224, 0x0000000A, KMIP 1.1–2.1. */
    DSA_WITH_SHA224(0x0000000A, "DSA with SHA224", "DSAWithSHA224", "1.1 1.2 1.3 1.4 2.0 2.1"),
    /** DSA with SHA256, 0x0000000B, KMIP 1.1–2.1. */
    DSA_WITH_SHA256(0x0000000B, "DSA with SHA256", "DSAWithSHA256", "1.1 1.2 1.3 1.4 2.0 2.1"),
    /** ECDSA with SHA-1, 0x0000000C, KMIP 1.1–2.1. */
    ECDSA_WITH_SHA_1(0x0000000C, "ECDSA with SHA-1", "ECDSAWithSHA_1", "1.1 1.2 1.3 1.4 2.0 2.1"),
    /** ECDSA with SHA224, 0x0000000D, KMIP 1.1–2.1. */
    ECDSA_WITH_SHA224(0x0000000D, "ECDSA with SHA224", "ECDSAWithSHA224", "1.1 1.2 1.3 1.4 2.0 2.1"),
    /** ECDSA with SHA256, 0x0000000E, KMIP 1.1–2.1. */
    ECDSA_WITH_SHA256(0x0000000E, "ECDSA with SHA256", "ECDSAWithSHA256", "1.1 1.2 1.3 1.4 2.0 2.1"),
    /** ECDSA with SHA384, 0x0000000F, KMIP 1.1–2.1. */
    ECDSA_WITH_SHA384(0x0000000F, "ECDSA with SHA384", "ECDSAWithSHA384", "1.1 1.2 1.3 1.4 2.0 2.1"),
    /** ECDSA with SHA512, 0x00000010, KMIP 1.1–2.1. */
    ECDSA_WITH_SHA512(0x00000010, "ECDSA with SHA512", "ECDSAWithSHA512", "1.1 1.2 1.3 1.4 2.0 2.1"),
    /** SHA3-256 with RSA Encryption, 0x00000011, KMIP 1.4–2.1. */
    SHA3_256_WITH_RSA_ENCRYPTION(0x00000011, "SHA3-256 with RSA Encryption", "SHA3_256WithRSAEncryption", "1.4 2.0 2.1"),
    /** SHA3-384 with RSA Encryption, 0x00000012, KMIP 1.4–2.1. */
    SHA3_384_WITH_RSA_ENCRYPTION(0x00000012, "SHA3-384 with RSA Encryption", "SHA3_384WithRSAEncryption", "1.4 2.0 2.1"),
    /** SHA3-512 with RSA Encryption, 0x00000013, KMIP 1.4–2.1. */
    SHA3_512_WITH_RSA_ENCRYPTION(0x00000013, "SHA3-512 with RSA Encryption", "SHA3_512WithRSAEncryption", "1.4 2.0 2.1");

    /** The tag that carries this enumeration. */
    public static final int TAG = Tag.DIGITAL_SIGNATURE_ALGORITHM;

    private static final DigitalSignatureAlgorithm[] VALUES = values();
    private static final Map<String, DigitalSignatureAlgorithm> BY_XML_NAME = SpecSupport.byXmlName(VALUES, Map.of());

    private final int value;
    private final String specName;
    private final String xmlName;
    private final int versions;
    private final KmipVersion firstVersion;
    private final KmipVersion lastVersion;
    private final String[] namesByVersion;

    DigitalSignatureAlgorithm(int value, String specName, String xmlName, String versions, String... renames) {
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
    public static DigitalSignatureAlgorithm fromValue(int value) {
        return switch (value) {
            case 0x00000001 -> MD2_WITH_RSA_ENCRYPTION;
            case 0x00000002 -> MD5_WITH_RSA_ENCRYPTION;
            case 0x00000003 -> SHA_1_WITH_RSA_ENCRYPTION;
            case 0x00000004 -> SHA_224_WITH_RSA_ENCRYPTION;
            case 0x00000005 -> SHA_256_WITH_RSA_ENCRYPTION;
            case 0x00000006 -> SHA_384_WITH_RSA_ENCRYPTION;
            case 0x00000007 -> SHA_512_WITH_RSA_ENCRYPTION;
            case 0x00000008 -> RSASSA_PSS;
            case 0x00000009 -> DSA_WITH_SHA_1;
            case 0x0000000A -> DSA_WITH_SHA224;
            case 0x0000000B -> DSA_WITH_SHA256;
            case 0x0000000C -> ECDSA_WITH_SHA_1;
            case 0x0000000D -> ECDSA_WITH_SHA224;
            case 0x0000000E -> ECDSA_WITH_SHA256;
            case 0x0000000F -> ECDSA_WITH_SHA384;
            case 0x00000010 -> ECDSA_WITH_SHA512;
            case 0x00000011 -> SHA3_256_WITH_RSA_ENCRYPTION;
            case 0x00000012 -> SHA3_384_WITH_RSA_ENCRYPTION;
            case 0x00000013 -> SHA3_512_WITH_RSA_ENCRYPTION;
            default -> null;
        };
    }

    /**
     * The value with this XML/JSON name (e.g. {@code "MD2WithRSAEncryption"}), or {@code null}.
     */
    public static DigitalSignatureAlgorithm fromXmlName(String xmlName) {
        return xmlName == null ? null : BY_XML_NAME.get(xmlName);
    }
}

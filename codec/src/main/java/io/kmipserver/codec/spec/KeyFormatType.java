// Generated from codec/src/spec/enums/key-format-type.csv by io.kmipserver.codec.spec.generator.SpecGenerator — do not edit.
// Regenerate from the repository root: java codec/src/test/java/io/kmipserver/codec/spec/generator/SpecGenerator.java
package io.kmipserver.codec.spec;

import java.util.Map;

/**
 * Key Format Type enumeration (KMIP 1.0 §9.1.3.2.3; 1.1 §9.1.3.2.3; 1.2 §9.1.3.2.3; 1.3 §9.1.3.2.3; 1.4 §9.1.3.2.3; 2.0 §11.25; 2.1 §11.25).
 * Carried by the tag Key Format Type ({@link Tag#KEY_FORMAT_TYPE}).
 *
 * <p>Values 8XXXXXXX are vendor extensions; {@link #fromValue(int)} returns {@code null} for them.
 *
 * <p>Constant names: see the package documentation.
 */
public enum KeyFormatType implements KmipEnum {
    /** Raw, 0x00000001, KMIP 1.0–2.1. */
    RAW(0x00000001, "Raw", "Raw", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Opaque, 0x00000002, KMIP 1.0–2.1. */
    OPAQUE(0x00000002, "Opaque", "Opaque", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** PKCS#1, 0x00000003, KMIP 1.0–2.1. */
    PKCS_1(0x00000003, "PKCS#1", "PKCS_1", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** PKCS#8, 0x00000004, KMIP 1.0–2.1. */
    PKCS_8(0x00000004, "PKCS#8", "PKCS_8", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** X.509, 0x00000005, KMIP 1.0–2.1. */
    X_509(0x00000005, "X.509", "X_509", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** ECPrivateKey, 0x00000006, KMIP 1.0–2.1. */
    ECPRIVATEKEY(0x00000006, "ECPrivateKey", "ECPrivateKey", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Transparent Symmetric Key, 0x00000007, KMIP 1.0–2.1. */
    TRANSPARENT_SYMMETRIC_KEY(0x00000007, "Transparent Symmetric Key", "TransparentSymmetricKey", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Transparent DSA Private Key, 0x00000008, KMIP 1.0–2.1. */
    TRANSPARENT_DSA_PRIVATE_KEY(0x00000008, "Transparent DSA Private Key", "TransparentDSAPrivateKey", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Transparent DSA Public Key, 0x00000009, KMIP 1.0–2.1. */
    TRANSPARENT_DSA_PUBLIC_KEY(0x00000009, "Transparent DSA Public Key", "TransparentDSAPublicKey", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Transparent RSA Private Key, 0x0000000A, KMIP 1.0–2.1. */
    TRANSPARENT_RSA_PRIVATE_KEY(0x0000000A, "Transparent RSA Private Key", "TransparentRSAPrivateKey", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Transparent RSA Public Key, 0x0000000B, KMIP 1.0–2.1. */
    TRANSPARENT_RSA_PUBLIC_KEY(0x0000000B, "Transparent RSA Public Key", "TransparentRSAPublicKey", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Transparent DH Private Key, 0x0000000C, KMIP 1.0–2.1. */
    TRANSPARENT_DH_PRIVATE_KEY(0x0000000C, "Transparent DH Private Key", "TransparentDHPrivateKey", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Transparent DH Public Key, 0x0000000D, KMIP 1.0–2.1. */
    TRANSPARENT_DH_PUBLIC_KEY(0x0000000D, "Transparent DH Public Key", "TransparentDHPublicKey", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Transparent ECDSA Private Key, 0x0000000E, KMIP 1.0–1.4. Deprecated in 1.3-1.4 / (Reserved)/removed from KMIP 2.0. */
    TRANSPARENT_ECDSA_PRIVATE_KEY(0x0000000E, "Transparent ECDSA Private Key", "TransparentECDSAPrivateKey", "1.0 1.1 1.2 1.3 1.4"),
    /** Transparent ECDSA Public Key, 0x0000000F, KMIP 1.0–1.4. Deprecated in 1.3-1.4 / (Reserved)/removed from KMIP 2.0. */
    TRANSPARENT_ECDSA_PUBLIC_KEY(0x0000000F, "Transparent ECDSA Public Key", "TransparentECDSAPublicKey", "1.0 1.1 1.2 1.3 1.4"),
    /** Transparent ECDH Private Key, 0x00000010, KMIP 1.0–1.4. Deprecated in 1.3-1.4 / (Reserved)/removed from KMIP 2.0. */
    TRANSPARENT_ECDH_PRIVATE_KEY(0x00000010, "Transparent ECDH Private Key", "TransparentECDHPrivateKey", "1.0 1.1 1.2 1.3 1.4"),
    /** Transparent ECDH Public Key, 0x00000011, KMIP 1.0–1.4. Deprecated in 1.3-1.4 / (Reserved)/removed from KMIP 2.0. */
    TRANSPARENT_ECDH_PUBLIC_KEY(0x00000011, "Transparent ECDH Public Key", "TransparentECDHPublicKey", "1.0 1.1 1.2 1.3 1.4"),
    /** Transparent ECMQV Private Key, 0x00000012, KMIP 1.0–1.4. Deprecated in 1.3-1.4 / (Reserved)/removed from KMIP 2.0. */
    TRANSPARENT_ECMQV_PRIVATE_KEY(0x00000012, "Transparent ECMQV Private Key", "TransparentECMQVPrivateKey", "1.0 1.1 1.2 1.3 1.4"),
    /** Transparent ECMQV Public Key, 0x00000013, KMIP 1.0–1.4. Deprecated in 1.3-1.4 / (Reserved)/removed from KMIP 2.0. */
    TRANSPARENT_ECMQV_PUBLIC_KEY(0x00000013, "Transparent ECMQV Public Key", "TransparentECMQVPublicKey", "1.0 1.1 1.2 1.3 1.4"),
    /** Transparent EC Private Key, 0x00000014, KMIP 1.3–2.1. */
    TRANSPARENT_EC_PRIVATE_KEY(0x00000014, "Transparent EC Private Key", "TransparentECPrivateKey", "1.3 1.4 2.0 2.1"),
    /** Transparent EC Public Key, 0x00000015, KMIP 1.3–2.1. */
    TRANSPARENT_EC_PUBLIC_KEY(0x00000015, "Transparent EC Public Key", "TransparentECPublicKey", "1.3 1.4 2.0 2.1"),
    /** PKCS#12, 0x00000016, KMIP 1.4–2.1. */
    PKCS_12(0x00000016, "PKCS#12", "PKCS_12", "1.4 2.0 2.1"),
    /** PKCS#10, 0x00000017, KMIP 2.0–2.1. */
    PKCS_10(0x00000017, "PKCS#10", "PKCS_10", "2.0 2.1");

    /** The tag that carries this enumeration. */
    public static final int TAG = Tag.KEY_FORMAT_TYPE;

    private static final KeyFormatType[] VALUES = values();
    private static final Map<String, KeyFormatType> BY_XML_NAME = SpecSupport.byXmlName(VALUES, Map.of());

    private final int value;
    private final String specName;
    private final String xmlName;
    private final int versions;
    private final KmipVersion firstVersion;
    private final KmipVersion lastVersion;
    private final String[] namesByVersion;

    KeyFormatType(int value, String specName, String xmlName, String versions, String... renames) {
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
    public static KeyFormatType fromValue(int value) {
        return switch (value) {
            case 0x00000001 -> RAW;
            case 0x00000002 -> OPAQUE;
            case 0x00000003 -> PKCS_1;
            case 0x00000004 -> PKCS_8;
            case 0x00000005 -> X_509;
            case 0x00000006 -> ECPRIVATEKEY;
            case 0x00000007 -> TRANSPARENT_SYMMETRIC_KEY;
            case 0x00000008 -> TRANSPARENT_DSA_PRIVATE_KEY;
            case 0x00000009 -> TRANSPARENT_DSA_PUBLIC_KEY;
            case 0x0000000A -> TRANSPARENT_RSA_PRIVATE_KEY;
            case 0x0000000B -> TRANSPARENT_RSA_PUBLIC_KEY;
            case 0x0000000C -> TRANSPARENT_DH_PRIVATE_KEY;
            case 0x0000000D -> TRANSPARENT_DH_PUBLIC_KEY;
            case 0x0000000E -> TRANSPARENT_ECDSA_PRIVATE_KEY;
            case 0x0000000F -> TRANSPARENT_ECDSA_PUBLIC_KEY;
            case 0x00000010 -> TRANSPARENT_ECDH_PRIVATE_KEY;
            case 0x00000011 -> TRANSPARENT_ECDH_PUBLIC_KEY;
            case 0x00000012 -> TRANSPARENT_ECMQV_PRIVATE_KEY;
            case 0x00000013 -> TRANSPARENT_ECMQV_PUBLIC_KEY;
            case 0x00000014 -> TRANSPARENT_EC_PRIVATE_KEY;
            case 0x00000015 -> TRANSPARENT_EC_PUBLIC_KEY;
            case 0x00000016 -> PKCS_12;
            case 0x00000017 -> PKCS_10;
            default -> null;
        };
    }

    /**
     * The value with this XML/JSON name (e.g. {@code "Raw"}), or {@code null}.
     */
    public static KeyFormatType fromXmlName(String xmlName) {
        return xmlName == null ? null : BY_XML_NAME.get(xmlName);
    }
}

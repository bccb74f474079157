// Generated from codec/src/spec/enums/key-compression-type.csv by io.kmipserver.codec.spec.generator.SpecGenerator — do not edit.
// Regenerate from the repository root: java codec/src/test/java/io/kmipserver/codec/spec/generator/SpecGenerator.java
package io.kmipserver.codec.spec;

import java.util.Map;

/**
 * Key Compression Type enumeration (KMIP 1.0 §9.1.3.2.2; 1.1 §9.1.3.2.2; 1.2 §9.1.3.2.2; 1.3 §9.1.3.2.2; 1.4 §9.1.3.2.2; 2.0 §11.24; 2.1 §11.24).
 * Carried by the tag Key Compression Type ({@link Tag#KEY_COMPRESSION_TYPE}).
 *
 * <p>Values 8XXXXXXX are vendor extensions; {@link #fromValue(int)} returns {@code null} for them.
 *
 * <p>Constant names: see the package documentation.
 */
public enum KeyCompressionType implements KmipEnum {
    /** EC Public Key Type Uncompressed, 0x00000001, KMIP 1.0–2.1. */
    EC_PUBLIC_KEY_TYPE_UNCOMPRESSED(0x00000001, "EC Public Key Type Uncompressed", "ECPublicKeyTypeUncompressed", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** EC Public Key Type X9.62 Compressed Prime, 0x00000002, KMIP 1.0–2.1. */
    EC_PUBLIC_KEY_TYPE_X9_62_COMPRESSED_PRIME(0x00000002, "EC Public Key Type X9.62 Compressed Prime", "ECPublicKeyTypeX9_62CompressedPrime", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** EC Public Key Type X9.62 Compressed Char2, 0x00000003, KMIP 1.0–2.1. */
    EC_PUBLIC_KEY_TYPE_X9_62_COMPRESSED_CHAR2(0x00000003, "EC Public Key Type X9.62 Compressed Char2", "ECPublicKeyTypeX9_62CompressedChar2", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** EC Public Key Type X9.62 Hybrid, 0x00000004, KMIP 1.0–2.1. */
    EC_PUBLIC_KEY_TYPE_X9_62_HYBRID(0x00000004, "EC Public Key Type X9.62 Hybrid", "ECPublicKeyTypeX9_62Hybrid", "1.0 1.1 1.2 1.3 1.4 2.0 2.1");

    /** The tag that carries this enumeration. */
    public static final int TAG = Tag.KEY_COMPRESSION_TYPE;

    private static final KeyCompressionType[] VALUES = values();
    private static final Map<String, KeyCompressionType> BY_XML_NAME = SpecSupport.byXmlName(VALUES, Map.of());

    private final int value;
    private final String specName;
    private final String xmlName;
    private final int versions;
    private final KmipVersion firstVersion;
    private final KmipVersion lastVersion;
    private final String[] namesByVersion;

    KeyCompressionType(int value, String specName, String xmlName, String versions, String... renames) {
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
    public static KeyCompressionType fromValue(int value) {
        return switch (value) {
            case 0x00000001 -> EC_PUBLIC_KEY_TYPE_UNCOMPRESSED;
            case 0x00000002 -> EC_PUBLIC_KEY_TYPE_X9_62_COMPRESSED_PRIME;
            case 0x00000003 -> EC_PUBLIC_KEY_TYPE_X9_62_COMPRESSED_CHAR2;
            case 0x00000004 -> EC_PUBLIC_KEY_TYPE_X9_62_HYBRID;
            default -> null;
        };
    }

    /**
     * The value with this XML/JSON name (e.g. {@code "ECPublicKeyTypeUncompressed"}), or {@code null}.
     */
    public static KeyCompressionType fromXmlName(String xmlName) {
        return xmlName == null ? null : BY_XML_NAME.get(xmlName);
    }
}

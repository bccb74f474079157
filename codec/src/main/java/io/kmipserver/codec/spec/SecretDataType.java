// Generated from codec/src/spec/enums/secret-data-type.csv by io.kmipserver.codec.spec.generator.SpecGenerator — do not edit.
// Regenerate from the repository root: java codec/src/test/java/io/kmipserver/codec/spec/generator/SpecGenerator.java
package io.kmipserver.codec.spec;

import java.util.Map;

/**
 * Secret Data Type enumeration (KMIP 1.0 §9.1.3.2.8; 1.1 §9.1.3.2.9; 1.2 §9.1.3.2.9; 1.3 §9.1.3.2.9; 1.4 §9.1.3.2.9; 2.0 §11.50; 2.1 §11.52).
 * Carried by the tag Secret Data Type ({@link Tag#SECRET_DATA_TYPE}).
 *
 * <p>Values 8XXXXXXX are vendor extensions; {@link #fromValue(int)} returns {@code null} for them.
 *
 * <p>Constant names: see the package documentation.
 */
public enum SecretDataType implements KmipEnum {
    /** Password, 0x00000001, KMIP 1.0–2.1. */
    PASSWORD(0x00000001, "Password", "Password", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Seed, 0x00000002, KMIP 1.0–2.1. */
    SEED(0x00000002, "Seed", "Seed", "1.0 1.1 1.2 1.3 1.4 2.0 2.1");

    /** The tag that carries this enumeration. */
    public static final int TAG = Tag.SECRET_DATA_TYPE;

    private static final SecretDataType[] VALUES = values();
    private static final Map<String, SecretDataType> BY_XML_NAME = SpecSupport.byXmlName(VALUES, Map.of());

    private final int value;
    private final String specName;
    private final String xmlName;
    private final int versions;
    private final KmipVersion firstVersion;
    private final KmipVersion lastVersion;
    private final String[] namesByVersion;

    SecretDataType(int value, String specName, String xmlName, String versions, String... renames) {
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
    public static SecretDataType fromValue(int value) {
        return switch (value) {
            case 0x00000001 -> PASSWORD;
            case 0x00000002 -> SEED;
            default -> null;
        };
    }

    /**
     * The value with this XML/JSON name (e.g. {@code "Password"}), or {@code null}.
     */
    public static SecretDataType fromXmlName(String xmlName) {
        return xmlName == null ? null : BY_XML_NAME.get(xmlName);
    }
}

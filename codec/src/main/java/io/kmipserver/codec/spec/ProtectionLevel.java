// Generated from codec/src/spec/enums/protection-level.csv by io.kmipserver.codec.spec.generator.SpecGenerator — do not edit.
// Regenerate from the repository root: java codec/src/test/java/io/kmipserver/codec/spec/generator/SpecGenerator.java
package io.kmipserver.codec.spec;

import java.util.Map;

/**
 * Protection Level enumeration (KMIP 2.0 §11.41; 2.1 §11.42).
 * Carried by the tag Protection Level ({@link Tag#PROTECTION_LEVEL}).
 *
 * <p>Values 8XXXXXXX are vendor extensions; {@link #fromValue(int)} returns {@code null} for them.
 *
 * <p>Constant names: see the package documentation.
 */
public enum ProtectionLevel implements KmipEnum {
    /** High, 0x00000001, KMIP 2.0–2.1. */
    HIGH(0x00000001, "High", "High", "2.0 2.1"),
    /** Low, 0x00000002, KMIP 2.0–2.1. */
    LOW(0x00000002, "Low", "Low", "2.0 2.1");

    /** The tag that carries this enumeration. */
    public static final int TAG = Tag.PROTECTION_LEVEL;

    private static final ProtectionLevel[] VALUES = values();
    private static final Map<String, ProtectionLevel> BY_XML_NAME = SpecSupport.byXmlName(VALUES, Map.of());

    private final int value;
    private final String specName;
    private final String xmlName;
    private final int versions;
    private final KmipVersion firstVersion;
    private final KmipVersion lastVersion;
    private final String[] namesByVersion;

    ProtectionLevel(int value, String specName, String xmlName, String versions, String... renames) {
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
    public static ProtectionLevel fromValue(int value) {
        return switch (value) {
            case 0x00000001 -> HIGH;
            case 0x00000002 -> LOW;
            default -> null;
        };
    }

    /**
     * The value with this XML/JSON name (e.g. {@code "High"}), or {@code null}.
     */
    public static ProtectionLevel fromXmlName(String xmlName) {
        return xmlName == null ? null : BY_XML_NAME.get(xmlName);
    }
}

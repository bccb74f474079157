// Generated from codec/src/spec/enums/name-type.csv by io.kmipserver.codec.spec.generator.SpecGenerator — do not edit.
// Regenerate from the repository root: java codec/src/test/java/io/kmipserver/codec/spec/generator/SpecGenerator.java
package io.kmipserver.codec.spec;

import java.util.Map;

/**
 * Name Type enumeration (KMIP 1.0 §9.1.3.2.10; 1.1 §9.1.3.2.11; 1.2 §9.1.3.2.11; 1.3 §9.1.3.2.11; 1.4 §9.1.3.2.11; 2.0 §11.31; 2.1 §11.31).
 * Carried by the tag Name Type ({@link Tag#NAME_TYPE}).
 *
 * <p>Values 8XXXXXXX are vendor extensions; {@link #fromValue(int)} returns {@code null} for them.
 *
 * <p>Constant names: see the package documentation.
 */
public enum NameType implements KmipEnum {
    /** Uninterpreted Text String, 0x00000001, KMIP 1.0–2.1. */
    UNINTERPRETED_TEXT_STRING(0x00000001, "Uninterpreted Text String", "UninterpretedTextString", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** URI, 0x00000002, KMIP 1.0–2.1. */
    URI(0x00000002, "URI", "URI", "1.0 1.1 1.2 1.3 1.4 2.0 2.1");

    /** The tag that carries this enumeration. */
    public static final int TAG = Tag.NAME_TYPE;

    private static final NameType[] VALUES = values();
    private static final Map<String, NameType> BY_XML_NAME = SpecSupport.byXmlName(VALUES, Map.of());

    private final int value;
    private final String specName;
    private final String xmlName;
    private final int versions;
    private final KmipVersion firstVersion;
    private final KmipVersion lastVersion;
    private final String[] namesByVersion;

    NameType(int value, String specName, String xmlName, String versions, String... renames) {
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
    public static NameType fromValue(int value) {
        return switch (value) {
            case 0x00000001 -> UNINTERPRETED_TEXT_STRING;
            case 0x00000002 -> URI;
            default -> null;
        };
    }

    /**
     * The value with this XML/JSON name (e.g. {@code "UninterpretedTextString"}), or {@code null}.
     */
    public static NameType fromXmlName(String xmlName) {
        return xmlName == null ? null : BY_XML_NAME.get(xmlName);
    }
}

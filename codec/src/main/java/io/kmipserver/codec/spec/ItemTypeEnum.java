// Generated from codec/src/spec/enums/item-type.csv by io.kmipserver.codec.spec.generator.SpecGenerator — do not edit.
// Regenerate from the repository root: java codec/src/test/java/io/kmipserver/codec/spec/generator/SpecGenerator.java
package io.kmipserver.codec.spec;

import java.util.Map;

/**
 * Item Type enumeration (KMIP 2.0 §11.23; 2.1 §11.23).
 *
 * <p>Constant names: see the package documentation.
 */
public enum ItemTypeEnum implements KmipEnum {
    /** Structure, 0x00000001, KMIP 2.0–2.1. */
    STRUCTURE(0x00000001, "Structure", "Structure", "2.0 2.1"),
    /** Integer, 0x00000002, KMIP 2.0–2.1. */
    INTEGER(0x00000002, "Integer", "Integer", "2.0 2.1"),
    /** Long Integer, 0x00000003, KMIP 2.0–2.1. */
    LONG_INTEGER(0x00000003, "Long Integer", "LongInteger", "2.0 2.1"),
    /** Big Integer, 0x00000004, KMIP 2.0–2.1. */
    BIG_INTEGER(0x00000004, "Big Integer", "BigInteger", "2.0 2.1"),
    /** Enumeration, 0x00000005, KMIP 2.0–2.1. */
    ENUMERATION(0x00000005, "Enumeration", "Enumeration", "2.0 2.1"),
    /** Boolean, 0x00000006, KMIP 2.0–2.1. */
    BOOLEAN(0x00000006, "Boolean", "Boolean", "2.0 2.1"),
    /** Text String, 0x00000007, KMIP 2.0–2.1. */
    TEXT_STRING(0x00000007, "Text String", "TextString", "2.0 2.1"),
    /** Byte String, 0x00000008, KMIP 2.0–2.1. */
    BYTE_STRING(0x00000008, "Byte String", "ByteString", "2.0 2.1"),
    /** Date Time, 0x00000009, KMIP 2.0–2.1. */
    DATE_TIME(0x00000009, "Date Time", "DateTime", "2.0 2.1"),
    /** Interval, 0x0000000A, KMIP 2.0–2.1. */
    INTERVAL(0x0000000A, "Interval", "Interval", "2.0 2.1"),
    /** Date Time Extended, 0x0000000B, KMIP 2.0–2.1. */
    DATE_TIME_EXTENDED(0x0000000B, "Date Time Extended", "DateTimeExtended", "2.0 2.1");

    private static final ItemTypeEnum[] VALUES = values();
    private static final Map<String, ItemTypeEnum> BY_XML_NAME = SpecSupport.byXmlName(VALUES, Map.of());

    private final int value;
    private final String specName;
    private final String xmlName;
    private final int versions;
    private final KmipVersion firstVersion;
    private final KmipVersion lastVersion;
    private final String[] namesByVersion;

    ItemTypeEnum(int value, String specName, String xmlName, String versions, String... renames) {
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
    public static ItemTypeEnum fromValue(int value) {
        return switch (value) {
            case 0x00000001 -> STRUCTURE;
            case 0x00000002 -> INTEGER;
            case 0x00000003 -> LONG_INTEGER;
            case 0x00000004 -> BIG_INTEGER;
            case 0x00000005 -> ENUMERATION;
            case 0x00000006 -> BOOLEAN;
            case 0x00000007 -> TEXT_STRING;
            case 0x00000008 -> BYTE_STRING;
            case 0x00000009 -> DATE_TIME;
            case 0x0000000A -> INTERVAL;
            case 0x0000000B -> DATE_TIME_EXTENDED;
            default -> null;
        };
    }

    /**
     * The value with this XML/JSON name (e.g. {@code "Structure"}), or {@code null}.
     */
    public static ItemTypeEnum fromXmlName(String xmlName) {
        return xmlName == null ? null : BY_XML_NAME.get(xmlName);
    }
}

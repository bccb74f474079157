// Generated from codec/src/spec/enums/alternative-name-type.csv by io.kmipserver.codec.spec.generator.SpecGenerator — do not edit.
// Regenerate from the repository root: java codec/src/test/java/io/kmipserver/codec/spec/generator/SpecGenerator.java
package io.kmipserver.codec.spec;

import java.util.Map;

/**
 * Alternative Name Type enumeration (KMIP 1.2 §9.1.3.2.34; 1.3 §9.1.3.2.34; 1.4 §9.1.3.2.34; 2.0 §11.2; 2.1 §11.2).
 * Carried by the tag Alternative Name Type ({@link Tag#ALTERNATIVE_NAME_TYPE}).
 *
 * <p>Values 8XXXXXXX are vendor extensions; {@link #fromValue(int)} returns {@code null} for them.
 *
 * <p>Constant names: see the package documentation.
 */
public enum AlternativeNameType implements KmipEnum {
    /** Uninterpreted Text String, 0x00000001, KMIP 1.2–2.1. */
    UNINTERPRETED_TEXT_STRING(0x00000001, "Uninterpreted Text String", "UninterpretedTextString", "1.2 1.3 1.4 2.0 2.1"),
    /** URI, 0x00000002, KMIP 1.2–2.1. */
    URI(0x00000002, "URI", "URI", "1.2 1.3 1.4 2.0 2.1"),
    /** Object Serial Number, 0x00000003, KMIP 1.2–2.1. */
    OBJECT_SERIAL_NUMBER(0x00000003, "Object Serial Number", "ObjectSerialNumber", "1.2 1.3 1.4 2.0 2.1"),
    /** Email Address, 0x00000004, KMIP 1.2–2.1. */
    EMAIL_ADDRESS(0x00000004, "Email Address", "EmailAddress", "1.2 1.3 1.4 2.0 2.1"),
    /** DNS Name, 0x00000005, KMIP 1.2–2.1. */
    DNS_NAME(0x00000005, "DNS Name", "DNSName", "1.2 1.3 1.4 2.0 2.1"),
    /** X.500 Distinguished Name, 0x00000006, KMIP 1.2–2.1. */
    X_500_DISTINGUISHED_NAME(0x00000006, "X.500 Distinguished Name", "X_500DistinguishedName", "1.2 1.3 1.4 2.0 2.1"),
    /** IP Address, 0x00000007, KMIP 1.2–2.1. */
    IP_ADDRESS(0x00000007, "IP Address", "IPAddress", "1.2 1.3 1.4 2.0 2.1");

    /** The tag that carries this enumeration. */
    public static final int TAG = Tag.ALTERNATIVE_NAME_TYPE;

    private static final AlternativeNameType[] VALUES = values();
    private static final Map<String, AlternativeNameType> BY_XML_NAME = SpecSupport.byXmlName(VALUES, Map.of());

    private final int value;
    private final String specName;
    private final String xmlName;
    private final int versions;
    private final KmipVersion firstVersion;
    private final KmipVersion lastVersion;
    private final String[] namesByVersion;

    AlternativeNameType(int value, String specName, String xmlName, String versions, String... renames) {
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
    public static AlternativeNameType fromValue(int value) {
        return switch (value) {
            case 0x00000001 -> UNINTERPRETED_TEXT_STRING;
            case 0x00000002 -> URI;
            case 0x00000003 -> OBJECT_SERIAL_NUMBER;
            case 0x00000004 -> EMAIL_ADDRESS;
            case 0x00000005 -> DNS_NAME;
            case 0x00000006 -> X_500_DISTINGUISHED_NAME;
            case 0x00000007 -> IP_ADDRESS;
            default -> null;
        };
    }

    /**
     * The value with this XML/JSON name (e.g. {@code "UninterpretedTextString"}), or {@code null}.
     */
    public static AlternativeNameType fromXmlName(String xmlName) {
        return xmlName == null ? null : BY_XML_NAME.get(xmlName);
    }
}

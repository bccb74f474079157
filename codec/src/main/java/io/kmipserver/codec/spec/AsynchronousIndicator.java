// Generated from codec/src/spec/enums/asynchronous-indicator.csv by io.kmipserver.codec.spec.generator.SpecGenerator — do not edit.
// Regenerate from the repository root: java codec/src/test/java/io/kmipserver/codec/spec/generator/SpecGenerator.java
package io.kmipserver.codec.spec;

import java.util.Map;

/**
 * Asynchronous Indicator enumeration (KMIP 2.0 §11.3; 2.1 §11.3).
 * Carried by the tag Asynchronous Indicator ({@link Tag#ASYNCHRONOUS_INDICATOR}).
 *
 * <p>Values 8XXXXXXX are vendor extensions; {@link #fromValue(int)} returns {@code null} for them.
 *
 * <p>Constant names: see the package documentation.
 */
public enum AsynchronousIndicator implements KmipEnum {
    /** Mandatory, 0x00000001, KMIP 2.0–2.1. */
    MANDATORY(0x00000001, "Mandatory", "Mandatory", "2.0 2.1"),
    /** Optional, 0x00000002, KMIP 2.0–2.1. */
    OPTIONAL(0x00000002, "Optional", "Optional", "2.0 2.1"),
    /** Prohibited, 0x00000003, KMIP 2.0–2.1. */
    PROHIBITED(0x00000003, "Prohibited", "Prohibited", "2.0 2.1");

    /** The tag that carries this enumeration. */
    public static final int TAG = Tag.ASYNCHRONOUS_INDICATOR;

    private static final AsynchronousIndicator[] VALUES = values();
    private static final Map<String, AsynchronousIndicator> BY_XML_NAME = SpecSupport.byXmlName(VALUES, Map.of());

    private final int value;
    private final String specName;
    private final String xmlName;
    private final int versions;
    private final KmipVersion firstVersion;
    private final KmipVersion lastVersion;
    private final String[] namesByVersion;

    AsynchronousIndicator(int value, String specName, String xmlName, String versions, String... renames) {
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
    public static AsynchronousIndicator fromValue(int value) {
        return switch (value) {
            case 0x00000001 -> MANDATORY;
            case 0x00000002 -> OPTIONAL;
            case 0x00000003 -> PROHIBITED;
            default -> null;
        };
    }

    /**
     * The value with this XML/JSON name (e.g. {@code "Mandatory"}), or {@code null}.
     */
    public static AsynchronousIndicator fromXmlName(String xmlName) {
        return xmlName == null ? null : BY_XML_NAME.get(xmlName);
    }
}

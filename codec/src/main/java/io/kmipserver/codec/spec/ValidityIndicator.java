// Generated from codec/src/spec/enums/validity-indicator.csv by io.kmipserver.codec.spec.generator.SpecGenerator — do not edit.
// Regenerate from the repository root: java codec/src/test/java/io/kmipserver/codec/spec/generator/SpecGenerator.java
package io.kmipserver.codec.spec;

import java.util.Map;

/**
 * Validity Indicator enumeration (KMIP 1.0 §9.1.3.2.22; 1.1 §9.1.3.2.23; 1.2 §9.1.3.2.23; 1.3 §9.1.3.2.23; 1.4 §9.1.3.2.23; 2.0 §11.59; 2.1 §11.61).
 * Carried by the tag Validity Indicator ({@link Tag#VALIDITY_INDICATOR}).
 *
 * <p>Values 8XXXXXXX are vendor extensions; {@link #fromValue(int)} returns {@code null} for them.
 *
 * <p>Constant names: see the package documentation.
 */
public enum ValidityIndicator implements KmipEnum {
    /** Valid, 0x00000001, KMIP 1.0–2.1. */
    VALID(0x00000001, "Valid", "Valid", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Invalid, 0x00000002, KMIP 1.0–2.1. */
    INVALID(0x00000002, "Invalid", "Invalid", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Unknown, 0x00000003, KMIP 1.0–2.1. */
    UNKNOWN(0x00000003, "Unknown", "Unknown", "1.0 1.1 1.2 1.3 1.4 2.0 2.1");

    /** The tag that carries this enumeration. */
    public static final int TAG = Tag.VALIDITY_INDICATOR;

    private static final ValidityIndicator[] VALUES = values();
    private static final Map<String, ValidityIndicator> BY_XML_NAME = SpecSupport.byXmlName(VALUES, Map.of());

    private final int value;
    private final String specName;
    private final String xmlName;
    private final int versions;
    private final KmipVersion firstVersion;
    private final KmipVersion lastVersion;
    private final String[] namesByVersion;

    ValidityIndicator(int value, String specName, String xmlName, String versions, String... renames) {
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
    public static ValidityIndicator fromValue(int value) {
        return switch (value) {
            case 0x00000001 -> VALID;
            case 0x00000002 -> INVALID;
            case 0x00000003 -> UNKNOWN;
            default -> null;
        };
    }

    /**
     * The value with this XML/JSON name (e.g. {@code "Valid"}), or {@code null}.
     */
    public static ValidityIndicator fromXmlName(String xmlName) {
        return xmlName == null ? null : BY_XML_NAME.get(xmlName);
    }
}

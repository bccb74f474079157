// Generated from codec/src/spec/enums/adjustment-type.csv by io.kmipserver.codec.spec.generator.SpecGenerator — do not edit.
// Regenerate from the repository root: java codec/src/test/java/io/kmipserver/codec/spec/generator/SpecGenerator.java
package io.kmipserver.codec.spec;

import java.util.Map;

/**
 * Adjustment Type enumeration (KMIP 2.0 §11.1; 2.1 §11.1).
 * Carried by the tag Adjustment Type ({@link Tag#ADJUSTMENT_TYPE}).
 *
 * <p>Values 8XXXXXXX are vendor extensions; {@link #fromValue(int)} returns {@code null} for them.
 *
 * <p>Constant names: see the package documentation.
 */
public enum AdjustmentType implements KmipEnum {
    /** Increment, 0x00000001, KMIP 2.0–2.1. */
    INCREMENT(0x00000001, "Increment", "Increment", "2.0 2.1"),
    /** Decrement, 0x00000002, KMIP 2.0–2.1. */
    DECREMENT(0x00000002, "Decrement", "Decrement", "2.0 2.1"),
    /** Negate, 0x00000003, KMIP 2.0–2.1. */
    NEGATE(0x00000003, "Negate", "Negate", "2.0 2.1");

    /** The tag that carries this enumeration. */
    public static final int TAG = Tag.ADJUSTMENT_TYPE;

    private static final AdjustmentType[] VALUES = values();
    private static final Map<String, AdjustmentType> BY_XML_NAME = SpecSupport.byXmlName(VALUES, Map.of());

    private final int value;
    private final String specName;
    private final String xmlName;
    private final int versions;
    private final KmipVersion firstVersion;
    private final KmipVersion lastVersion;
    private final String[] namesByVersion;

    AdjustmentType(int value, String specName, String xmlName, String versions, String... renames) {
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
    public static AdjustmentType fromValue(int value) {
        return switch (value) {
            case 0x00000001 -> INCREMENT;
            case 0x00000002 -> DECREMENT;
            case 0x00000003 -> NEGATE;
            default -> null;
        };
    }

    /**
     * The value with this XML/JSON name (e.g. {@code "Increment"}), or {@code null}.
     */
    public static AdjustmentType fromXmlName(String xmlName) {
        return xmlName == null ? null : BY_XML_NAME.get(xmlName);
    }
}

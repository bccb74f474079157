// Generated from codec/src/spec/enums/validation-type.csv by io.kmipserver.codec.spec.generator.SpecGenerator — do not edit.
// Regenerate from the repository root: java codec/src/test/java/io/kmipserver/codec/spec/generator/SpecGenerator.java
package io.kmipserver.codec.spec;

import java.util.Map;

/**
 * Validation Type enumeration (KMIP 1.3 §9.1.3.2.41; 1.4 §9.1.3.2.41; 2.0 §11.62; 2.1 §11.64).
 * Carried by the tag Validation Type ({@link Tag#VALIDATION_TYPE}).
 *
 * <p>Values 8XXXXXXX are vendor extensions; {@link #fromValue(int)} returns {@code null} for them.
 *
 * <p>Constant names: see the package documentation.
 */
public enum ValidationType implements KmipEnum {
    /** Unspecified, 0x00000001, KMIP 1.3–2.1. */
    UNSPECIFIED(0x00000001, "Unspecified", "Unspecified", "1.3 1.4 2.0 2.1"),
    /** Hardware, 0x00000002, KMIP 1.3–2.1. */
    HARDWARE(0x00000002, "Hardware", "Hardware", "1.3 1.4 2.0 2.1"),
    /** Software, 0x00000003, KMIP 1.3–2.1. */
    SOFTWARE(0x00000003, "Software", "Software", "1.3 1.4 2.0 2.1"),
    /** Firmware, 0x00000004, KMIP 1.3–2.1. */
    FIRMWARE(0x00000004, "Firmware", "Firmware", "1.3 1.4 2.0 2.1"),
    /** Hybrid, 0x00000005, KMIP 1.3–2.1. */
    HYBRID(0x00000005, "Hybrid", "Hybrid", "1.3 1.4 2.0 2.1");

    /** The tag that carries this enumeration. */
    public static final int TAG = Tag.VALIDATION_TYPE;

    private static final ValidationType[] VALUES = values();
    private static final Map<String, ValidationType> BY_XML_NAME = SpecSupport.byXmlName(VALUES, Map.of());

    private final int value;
    private final String specName;
    private final String xmlName;
    private final int versions;
    private final KmipVersion firstVersion;
    private final KmipVersion lastVersion;
    private final String[] namesByVersion;

    ValidationType(int value, String specName, String xmlName, String versions, String... renames) {
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
    public static ValidationType fromValue(int value) {
        return switch (value) {
            case 0x00000001 -> UNSPECIFIED;
            case 0x00000002 -> HARDWARE;
            case 0x00000003 -> SOFTWARE;
            case 0x00000004 -> FIRMWARE;
            case 0x00000005 -> HYBRID;
            default -> null;
        };
    }

    /**
     * The value with this XML/JSON name (e.g. {@code "Unspecified"}), or {@code null}.
     */
    public static ValidationType fromXmlName(String xmlName) {
        return xmlName == null ? null : BY_XML_NAME.get(xmlName);
    }
}

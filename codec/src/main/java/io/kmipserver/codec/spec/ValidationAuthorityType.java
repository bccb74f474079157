// Generated from codec/src/spec/enums/validation-authority-type.csv by io.kmipserver.codec.spec.generator.SpecGenerator — do not edit.
// Regenerate from the repository root: java codec/src/test/java/io/kmipserver/codec/spec/generator/SpecGenerator.java
package io.kmipserver.codec.spec;

import java.util.Map;

/**
 * Validation Authority Type enumeration (KMIP 1.3 §9.1.3.2.40; 1.4 §9.1.3.2.40; 2.0 §11.61; 2.1 §11.63).
 * Carried by the tag Validation Authority Type ({@link Tag#VALIDATION_AUTHORITY_TYPE}).
 *
 * <p>Values 8XXXXXXX are vendor extensions; {@link #fromValue(int)} returns {@code null} for them.
 *
 * <p>Constant names: see the package documentation.
 */
public enum ValidationAuthorityType implements KmipEnum {
    /** Unspecified, 0x00000001, KMIP 1.3–2.1. */
    UNSPECIFIED(0x00000001, "Unspecified", "Unspecified", "1.3 1.4 2.0 2.1"),
    /** NIST CMVP, 0x00000002, KMIP 1.3–2.1. */
    NIST_CMVP(0x00000002, "NIST CMVP", "NISTCMVP", "1.3 1.4 2.0 2.1"),
    /** Common Criteria, 0x00000003, KMIP 1.3–2.1. */
    COMMON_CRITERIA(0x00000003, "Common Criteria", "CommonCriteria", "1.3 1.4 2.0 2.1");

    /** The tag that carries this enumeration. */
    public static final int TAG = Tag.VALIDATION_AUTHORITY_TYPE;

    private static final ValidationAuthorityType[] VALUES = values();
    private static final Map<String, ValidationAuthorityType> BY_XML_NAME = SpecSupport.byXmlName(VALUES, Map.of());

    private final int value;
    private final String specName;
    private final String xmlName;
    private final int versions;
    private final KmipVersion firstVersion;
    private final KmipVersion lastVersion;
    private final String[] namesByVersion;

    ValidationAuthorityType(int value, String specName, String xmlName, String versions, String... renames) {
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
    public static ValidationAuthorityType fromValue(int value) {
        return switch (value) {
            case 0x00000001 -> UNSPECIFIED;
            case 0x00000002 -> NIST_CMVP;
            case 0x00000003 -> COMMON_CRITERIA;
            default -> null;
        };
    }

    /**
     * The value with this XML/JSON name (e.g. {@code "Unspecified"}), or {@code null}.
     */
    public static ValidationAuthorityType fromXmlName(String xmlName) {
        return xmlName == null ? null : BY_XML_NAME.get(xmlName);
    }
}

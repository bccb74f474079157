// Generated from codec/src/spec/enums/mask-generator.csv by io.kmipserver.codec.spec.generator.SpecGenerator — do not edit.
// Regenerate from the repository root: java codec/src/test/java/io/kmipserver/codec/spec/generator/SpecGenerator.java
package io.kmipserver.codec.spec;

import java.util.Map;

/**
 * Mask Generator enumeration (KMIP 1.4 §9.1.3.2.49; 2.0 §11.30; 2.1 §11.30).
 * Carried by the tag Mask Generator ({@link Tag#MASK_GENERATOR}).
 *
 * <p>Values 8XXXXXXX are vendor extensions; {@link #fromValue(int)} returns {@code null} for them.
 *
 * <p>Constant names: see the package documentation.
 */
public enum MaskGenerator implements KmipEnum {
    /** MGF1, 0x00000001, KMIP 1.4–2.1. Named "MGF1" in 1.4; "MFG1" in 2.0-2.1 / spec v2.0/v2.1 tables print "MFG1" (typo); spec v1.4, the OASIS XML test cases, PyKMIP and kmip-go all use MGF1. */
    MGF1(0x00000001, "MGF1", "MGF1", "1.4 2.0 2.1");

    /** The tag that carries this enumeration. */
    public static final int TAG = Tag.MASK_GENERATOR;

    private static final MaskGenerator[] VALUES = values();
    private static final Map<String, MaskGenerator> BY_XML_NAME = SpecSupport.byXmlName(VALUES, Map.of());

    private final int value;
    private final String specName;
    private final String xmlName;
    private final int versions;
    private final KmipVersion firstVersion;
    private final KmipVersion lastVersion;
    private final String[] namesByVersion;

    MaskGenerator(int value, String specName, String xmlName, String versions, String... renames) {
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
    public static MaskGenerator fromValue(int value) {
        return switch (value) {
            case 0x00000001 -> MGF1;
            default -> null;
        };
    }

    /**
     * The value with this XML/JSON name (e.g. {@code "MGF1"}), or {@code null}.
     */
    public static MaskGenerator fromXmlName(String xmlName) {
        return xmlName == null ? null : BY_XML_NAME.get(xmlName);
    }
}

// Generated from codec/src/spec/enums/shredding-algorithm.csv by io.kmipserver.codec.spec.generator.SpecGenerator — do not edit.
// Regenerate from the repository root: java codec/src/test/java/io/kmipserver/codec/spec/generator/SpecGenerator.java
package io.kmipserver.codec.spec;

import java.util.Map;

/**
 * Shredding Algorithm enumeration (KMIP 1.3 §9.1.3.2.45; 1.4 §9.1.3.2.45; 2.0 §11.51; 2.1 §11.53).
 * Carried by the tag Shredding Algorithm ({@link Tag#SHREDDING_ALGORITHM}).
 *
 * <p>Values 8XXXXXXX are vendor extensions; {@link #fromValue(int)} returns {@code null} for them.
 *
 * <p>Constant names: see the package documentation.
 */
public enum ShreddingAlgorithm implements KmipEnum {
    /** Unspecified, 0x00000001, KMIP 1.3–2.1. */
    UNSPECIFIED(0x00000001, "Unspecified", "Unspecified", "1.3 1.4 2.0 2.1"),
    /** Cryptographic, 0x00000002, KMIP 1.3–2.1. */
    CRYPTOGRAPHIC(0x00000002, "Cryptographic", "Cryptographic", "1.3 1.4 2.0 2.1"),
    /** Unsupported, 0x00000003, KMIP 1.3–2.1. */
    UNSUPPORTED(0x00000003, "Unsupported", "Unsupported", "1.3 1.4 2.0 2.1");

    /** The tag that carries this enumeration. */
    public static final int TAG = Tag.SHREDDING_ALGORITHM;

    private static final ShreddingAlgorithm[] VALUES = values();
    private static final Map<String, ShreddingAlgorithm> BY_XML_NAME = SpecSupport.byXmlName(VALUES, Map.of());

    private final int value;
    private final String specName;
    private final String xmlName;
    private final int versions;
    private final KmipVersion firstVersion;
    private final KmipVersion lastVersion;
    private final String[] namesByVersion;

    ShreddingAlgorithm(int value, String specName, String xmlName, String versions, String... renames) {
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
    public static ShreddingAlgorithm fromValue(int value) {
        return switch (value) {
            case 0x00000001 -> UNSPECIFIED;
            case 0x00000002 -> CRYPTOGRAPHIC;
            case 0x00000003 -> UNSUPPORTED;
            default -> null;
        };
    }

    /**
     * The value with this XML/JSON name (e.g. {@code "Unspecified"}), or {@code null}.
     */
    public static ShreddingAlgorithm fromXmlName(String xmlName) {
        return xmlName == null ? null : BY_XML_NAME.get(xmlName);
    }
}

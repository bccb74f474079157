// Generated from codec/src/spec/enums/rng-algorithm.csv by io.kmipserver.codec.spec.generator.SpecGenerator — do not edit.
// Regenerate from the repository root: java codec/src/test/java/io/kmipserver/codec/spec/generator/SpecGenerator.java
package io.kmipserver.codec.spec;

import java.util.Map;

/**
 * RNG Algorithm enumeration (KMIP 1.3 §9.1.3.2.37; 1.4 §9.1.3.2.37; 2.0 §11.48; 2.1 §11.49).
 * Carried by the tag RNG Algorithm ({@link Tag#RNG_ALGORITHM}).
 *
 * <p>Values 8XXXXXXX are vendor extensions; {@link #fromValue(int)} returns {@code null} for them.
 *
 * <p>Constant names: see the package documentation.
 */
public enum RngAlgorithm implements KmipEnum {
    /** Unspecified, 0x00000001, KMIP 1.3–2.1. */
    UNSPECIFIED(0x00000001, "Unspecified", "Unspecified", "1.3 1.4 2.0 2.1"),
    /** FIPS 186-2, 0x00000002, KMIP 1.3–2.1. */
    FIPS_186_2(0x00000002, "FIPS 186-2", "FIPS186_2", "1.3 1.4 2.0 2.1"),
    /** DRBG, 0x00000003, KMIP 1.3–2.1. */
    DRBG(0x00000003, "DRBG", "DRBG", "1.3 1.4 2.0 2.1"),
    /** NRBG, 0x00000004, KMIP 1.3–2.1. */
    NRBG(0x00000004, "NRBG", "NRBG", "1.3 1.4 2.0 2.1"),
    /** ANSI X9.31, 0x00000005, KMIP 1.3–2.1. */
    ANSI_X9_31(0x00000005, "ANSI X9.31", "ANSIX9_31", "1.3 1.4 2.0 2.1"),
    /** ANSI X9.62, 0x00000006, KMIP 1.3–2.1. */
    ANSI_X9_62(0x00000006, "ANSI X9.62", "ANSIX9_62", "1.3 1.4 2.0 2.1");

    /** The tag that carries this enumeration. */
    public static final int TAG = Tag.RNG_ALGORITHM;

    private static final RngAlgorithm[] VALUES = values();
    private static final Map<String, RngAlgorithm> BY_XML_NAME = SpecSupport.byXmlName(VALUES, Map.of());

    private final int value;
    private final String specName;
    private final String xmlName;
    private final int versions;
    private final KmipVersion firstVersion;
    private final KmipVersion lastVersion;
    private final String[] namesByVersion;

    RngAlgorithm(int value, String specName, String xmlName, String versions, String... renames) {
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
    public static RngAlgorithm fromValue(int value) {
        return switch (value) {
            case 0x00000001 -> UNSPECIFIED;
            case 0x00000002 -> FIPS_186_2;
            case 0x00000003 -> DRBG;
            case 0x00000004 -> NRBG;
            case 0x00000005 -> ANSI_X9_31;
            case 0x00000006 -> ANSI_X9_62;
            default -> null;
        };
    }

    /**
     * The value with this XML/JSON name (e.g. {@code "Unspecified"}), or {@code null}.
     */
    public static RngAlgorithm fromXmlName(String xmlName) {
        return xmlName == null ? null : BY_XML_NAME.get(xmlName);
    }
}

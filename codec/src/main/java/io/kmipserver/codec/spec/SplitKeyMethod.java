// Generated from codec/src/spec/enums/split-key-method.csv by io.kmipserver.codec.spec.generator.SpecGenerator — do not edit.
// Regenerate from the repository root: java codec/src/test/java/io/kmipserver/codec/spec/generator/SpecGenerator.java
package io.kmipserver.codec.spec;

import java.util.Map;

/**
 * Split Key Method enumeration (KMIP 1.0 §9.1.3.2.7; 1.1 §9.1.3.2.8; 1.2 §9.1.3.2.8; 1.3 §9.1.3.2.8; 1.4 §9.1.3.2.8; 2.0 §11.52; 2.1 §11.54).
 * Carried by the tag Split Key Method ({@link Tag#SPLIT_KEY_METHOD}).
 *
 * <p>Values 8XXXXXXX are vendor extensions; {@link #fromValue(int)} returns {@code null} for them.
 *
 * <p>Constant names: see the package documentation.
 */
public enum SplitKeyMethod implements KmipEnum {
    /** XOR, 0x00000001, KMIP 1.0–2.1. */
    XOR(0x00000001, "XOR", "XOR", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Polynomial Sharing GF (2^16), 0x00000002, KMIP 1.0–2.1. Printed as "Polynomial Sharing GF(2^16)" in 1.0-1.1. */
    POLYNOMIAL_SHARING_GF_2_16(0x00000002, "Polynomial Sharing GF (2^16)", "PolynomialSharingGF2_16", "1.0 1.1 1.2 1.3 1.4 2.0 2.1", "1.0-1.1", "Polynomial Sharing GF(2^16)"),
    /** Polynomial Sharing Prime Field, 0x00000003, KMIP 1.0–2.1. */
    POLYNOMIAL_SHARING_PRIME_FIELD(0x00000003, "Polynomial Sharing Prime Field", "PolynomialSharingPrimeField", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Polynomial Sharing GF (2^8), 0x00000004, KMIP 1.2–2.1. */
    POLYNOMIAL_SHARING_GF_2_8(0x00000004, "Polynomial Sharing GF (2^8)", "PolynomialSharingGF2_8", "1.2 1.3 1.4 2.0 2.1");

    /** The tag that carries this enumeration. */
    public static final int TAG = Tag.SPLIT_KEY_METHOD;

    private static final SplitKeyMethod[] VALUES = values();
    private static final Map<String, SplitKeyMethod> BY_XML_NAME = SpecSupport.byXmlName(VALUES, Map.of());

    private final int value;
    private final String specName;
    private final String xmlName;
    private final int versions;
    private final KmipVersion firstVersion;
    private final KmipVersion lastVersion;
    private final String[] namesByVersion;

    SplitKeyMethod(int value, String specName, String xmlName, String versions, String... renames) {
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
    public static SplitKeyMethod fromValue(int value) {
        return switch (value) {
            case 0x00000001 -> XOR;
            case 0x00000002 -> POLYNOMIAL_SHARING_GF_2_16;
            case 0x00000003 -> POLYNOMIAL_SHARING_PRIME_FIELD;
            case 0x00000004 -> POLYNOMIAL_SHARING_GF_2_8;
            default -> null;
        };
    }

    /**
     * The value with this XML/JSON name (e.g. {@code "XOR"}), or {@code null}.
     */
    public static SplitKeyMethod fromXmlName(String xmlName) {
        return xmlName == null ? null : BY_XML_NAME.get(xmlName);
    }
}

// Generated from codec/src/spec/enums/padding-method.csv by io.kmipserver.codec.spec.generator.SpecGenerator — do not edit.
// Regenerate from the repository root: java codec/src/test/java/io/kmipserver/codec/spec/generator/SpecGenerator.java
package io.kmipserver.codec.spec;

import java.util.Map;

/**
 * Padding Method enumeration (KMIP 1.0 §9.1.3.2.14; 1.1 §9.1.3.2.15; 1.2 §9.1.3.2.15; 1.3 §9.1.3.2.15; 1.4 §9.1.3.2.15; 2.0 §11.37; 2.1 §11.37).
 * Carried by the tag Padding Method ({@link Tag#PADDING_METHOD}).
 *
 * <p>Values 8XXXXXXX are vendor extensions; {@link #fromValue(int)} returns {@code null} for them.
 *
 * <p>Constant names: see the package documentation.
 */
public enum PaddingMethod implements KmipEnum {
    /** None, 0x00000001, KMIP 1.0–2.1. */
    NONE(0x00000001, "None", "None", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** OAEP, 0x00000002, KMIP 1.0–2.1. */
    OAEP(0x00000002, "OAEP", "OAEP", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** PKCS5, 0x00000003, KMIP 1.0–2.1. */
    PKCS5(0x00000003, "PKCS5", "PKCS5", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** SSL3, 0x00000004, KMIP 1.0–2.1. */
    SSL3(0x00000004, "SSL3", "SSL3", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Zeros, 0x00000005, KMIP 1.0–2.1. */
    ZEROS(0x00000005, "Zeros", "Zeros", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** ANSI X9.23, 0x00000006, KMIP 1.0–2.1. */
    ANSI_X9_23(0x00000006, "ANSI X9.23", "ANSIX9_23", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** ISO 10126, 0x00000007, KMIP 1.0–2.1. */
    ISO_10126(0x00000007, "ISO 10126", "ISO10126", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** PKCS1 v1.5, 0x00000008, KMIP 1.0–2.1. */
    PKCS1_V1_5(0x00000008, "PKCS1 v1.5", "PKCS1V1_5", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** X9.31, 0x00000009, KMIP 1.0–2.1. */
    X9_31(0x00000009, "X9.31", "X9_31", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** PSS, 0x0000000A, KMIP 1.0–2.1. */
    PSS(0x0000000A, "PSS", "PSS", "1.0 1.1 1.2 1.3 1.4 2.0 2.1");

    /** The tag that carries this enumeration. */
    public static final int TAG = Tag.PADDING_METHOD;

    private static final PaddingMethod[] VALUES = values();
    private static final Map<String, PaddingMethod> BY_XML_NAME = SpecSupport.byXmlName(VALUES, Map.of());

    private final int value;
    private final String specName;
    private final String xmlName;
    private final int versions;
    private final KmipVersion firstVersion;
    private final KmipVersion lastVersion;
    private final String[] namesByVersion;

    PaddingMethod(int value, String specName, String xmlName, String versions, String... renames) {
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
    public static PaddingMethod fromValue(int value) {
        return switch (value) {
            case 0x00000001 -> NONE;
            case 0x00000002 -> OAEP;
            case 0x00000003 -> PKCS5;
            case 0x00000004 -> SSL3;
            case 0x00000005 -> ZEROS;
            case 0x00000006 -> ANSI_X9_23;
            case 0x00000007 -> ISO_10126;
            case 0x00000008 -> PKCS1_V1_5;
            case 0x00000009 -> X9_31;
            case 0x0000000A -> PSS;
            default -> null;
        };
    }

    /**
     * The value with this XML/JSON name (e.g. {@code "None"}), or {@code null}.
     */
    public static PaddingMethod fromXmlName(String xmlName) {
        return xmlName == null ? null : BY_XML_NAME.get(xmlName);
    }
}

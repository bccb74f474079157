// Generated from codec/src/spec/enums/fips186-variation.csv by io.kmipserver.codec.spec.generator.SpecGenerator — do not edit.
// Regenerate from the repository root: java codec/src/test/java/io/kmipserver/codec/spec/generator/SpecGenerator.java
package io.kmipserver.codec.spec;

import java.util.Map;

/**
 * FIPS186 Variation enumeration (KMIP 1.3 §9.1.3.2.39; 1.4 §9.1.3.2.39; 2.0 §11.20; 2.1 §11.20).
 * Carried by the tag FIPS186 Variation ({@link Tag#FIPS186_VARIATION}).
 *
 * <p>Values 8XXXXXXX are vendor extensions; {@link #fromValue(int)} returns {@code null} for them.
 *
 * <p>Constant names: see the package documentation.
 */
public enum Fips186Variation implements KmipEnum {
    /** Unspecified, 0x00000001, KMIP 1.3–2.1. */
    UNSPECIFIED(0x00000001, "Unspecified", "Unspecified", "1.3 1.4 2.0 2.1"),
    /** GP x-Original, 0x00000002, KMIP 1.3–2.1. */
    GP_X_ORIGINAL(0x00000002, "GP x-Original", "GPXOriginal", "1.3 1.4 2.0 2.1"),
    /** GP x-Change Notice, 0x00000003, KMIP 1.3–2.1. */
    GP_X_CHANGE_NOTICE(0x00000003, "GP x-Change Notice", "GPXChangeNotice", "1.3 1.4 2.0 2.1"),
    /** x-Original, 0x00000004, KMIP 1.3–2.1. */
    X_ORIGINAL(0x00000004, "x-Original", "XOriginal", "1.3 1.4 2.0 2.1"),
    /** x-Change Notice, 0x00000005, KMIP 1.3–2.1. */
    X_CHANGE_NOTICE(0x00000005, "x-Change Notice", "XChangeNotice", "1.3 1.4 2.0 2.1"),
    /** k-Original, 0x00000006, KMIP 1.3–2.1. */
    K_ORIGINAL(0x00000006, "k-Original", "KOriginal", "1.3 1.4 2.0 2.1"),
    /** k-Change Notice, 0x00000007, KMIP 1.3–2.1. */
    K_CHANGE_NOTICE(0x00000007, "k-Change Notice", "KChangeNotice", "1.3 1.4 2.0 2.1");

    /** The tag that carries this enumeration. */
    public static final int TAG = Tag.FIPS186_VARIATION;

    private static final Fips186Variation[] VALUES = values();
    private static final Map<String, Fips186Variation> BY_XML_NAME = SpecSupport.byXmlName(VALUES, Map.of());

    private final int value;
    private final String specName;
    private final String xmlName;
    private final int versions;
    private final KmipVersion firstVersion;
    private final KmipVersion lastVersion;
    private final String[] namesByVersion;

    Fips186Variation(int value, String specName, String xmlName, String versions, String... renames) {
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
    public static Fips186Variation fromValue(int value) {
        return switch (value) {
            case 0x00000001 -> UNSPECIFIED;
            case 0x00000002 -> GP_X_ORIGINAL;
            case 0x00000003 -> GP_X_CHANGE_NOTICE;
            case 0x00000004 -> X_ORIGINAL;
            case 0x00000005 -> X_CHANGE_NOTICE;
            case 0x00000006 -> K_ORIGINAL;
            case 0x00000007 -> K_CHANGE_NOTICE;
            default -> null;
        };
    }

    /**
     * The value with this XML/JSON name (e.g. {@code "Unspecified"}), or {@code null}.
     */
    public static Fips186Variation fromXmlName(String xmlName) {
        return xmlName == null ? null : BY_XML_NAME.get(xmlName);
    }
}

// Generated from codec/src/spec/enums/key-role-type.csv by io.kmipserver.codec.spec.generator.SpecGenerator — do not edit.
// Regenerate from the repository root: java codec/src/test/java/io/kmipserver/codec/spec/generator/SpecGenerator.java
package io.kmipserver.codec.spec;

import java.util.Map;

/**
 * Key Role Type enumeration (KMIP 1.0 §9.1.3.2.16; 1.1 §9.1.3.2.17; 1.2 §9.1.3.2.17; 1.3 §9.1.3.2.17; 1.4 §9.1.3.2.17; 2.0 §11.26; 2.1 §11.26).
 * Carried by the tag Key Role Type ({@link Tag#KEY_ROLE_TYPE}).
 *
 * <p>Values 8XXXXXXX are vendor extensions; {@link #fromValue(int)} returns {@code null} for them.
 *
 * <p>Constant names: see the package documentation.
 */
public enum KeyRoleType implements KmipEnum {
    /** BDK, 0x00000001, KMIP 1.0–2.1. */
    BDK(0x00000001, "BDK", "BDK", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** CVK, 0x00000002, KMIP 1.0–2.1. */
    CVK(0x00000002, "CVK", "CVK", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** DEK, 0x00000003, KMIP 1.0–2.1. */
    DEK(0x00000003, "DEK", "DEK", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** MKAC, 0x00000004, KMIP 1.0–2.1. */
    MKAC(0x00000004, "MKAC", "MKAC", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** MKSMC, 0x00000005, KMIP 1.0–2.1. */
    MKSMC(0x00000005, "MKSMC", "MKSMC", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** MKSMI, 0x00000006, KMIP 1.0–2.1. */
    MKSMI(0x00000006, "MKSMI", "MKSMI", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** MKDAC, 0x00000007, KMIP 1.0–2.1. */
    MKDAC(0x00000007, "MKDAC", "MKDAC", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** MKDN, 0x00000008, KMIP 1.0–2.1. */
    MKDN(0x00000008, "MKDN", "MKDN", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** MKCP, 0x00000009, KMIP 1.0–2.1. */
    MKCP(0x00000009, "MKCP", "MKCP", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** MKOTH, 0x0000000A, KMIP 1.0–2.1. */
    MKOTH(0x0000000A, "MKOTH", "MKOTH", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** KEK, 0x0000000B, KMIP 1.0–2.1. */
    KEK(0x0000000B, "KEK", "KEK", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** MAC16609, 0x0000000C, KMIP 1.0–2.1. */
    MAC16609(0x0000000C, "MAC16609", "MAC16609", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** MAC97971, 0x0000000D, KMIP 1.0–2.1. */
    MAC97971(0x0000000D, "MAC97971", "MAC97971", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** MAC97972, 0x0000000E, KMIP 1.0–2.1. */
    MAC97972(0x0000000E, "MAC97972", "MAC97972", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** MAC97973, 0x0000000F, KMIP 1.0–2.1. */
    MAC97973(0x0000000F, "MAC97973", "MAC97973", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** MAC97974, 0x00000010, KMIP 1.0–2.1. */
    MAC97974(0x00000010, "MAC97974", "MAC97974", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** MAC97975, 0x00000011, KMIP 1.0–2.1. */
    MAC97975(0x00000011, "MAC97975", "MAC97975", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** ZPK, 0x00000012, KMIP 1.0–2.1. */
    ZPK(0x00000012, "ZPK", "ZPK", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** PVKIBM, 0x00000013, KMIP 1.0–2.1. */
    PVKIBM(0x00000013, "PVKIBM", "PVKIBM", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** PVKPVV, 0x00000014, KMIP 1.0–2.1. */
    PVKPVV(0x00000014, "PVKPVV", "PVKPVV", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** PVKOTH, 0x00000015, KMIP 1.0–2.1. */
    PVKOTH(0x00000015, "PVKOTH", "PVKOTH", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** DUKPT, 0x00000016, KMIP 1.4–2.1. */
    DUKPT(0x00000016, "DUKPT", "DUKPT", "1.4 2.0 2.1"),
    /** IV, 0x00000017, KMIP 1.4–2.1. */
    IV(0x00000017, "IV", "IV", "1.4 2.0 2.1"),
    /** TRKBK, 0x00000018, KMIP 1.4–2.1. */
    TRKBK(0x00000018, "TRKBK", "TRKBK", "1.4 2.0 2.1");

    /** The tag that carries this enumeration. */
    public static final int TAG = Tag.KEY_ROLE_TYPE;

    private static final KeyRoleType[] VALUES = values();
    private static final Map<String, KeyRoleType> BY_XML_NAME = SpecSupport.byXmlName(VALUES, Map.of());

    private final int value;
    private final String specName;
    private final String xmlName;
    private final int versions;
    private final KmipVersion firstVersion;
    private final KmipVersion lastVersion;
    private final String[] namesByVersion;

    KeyRoleType(int value, String specName, String xmlName, String versions, String... renames) {
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
    public static KeyRoleType fromValue(int value) {
        return switch (value) {
            case 0x00000001 -> BDK;
            case 0x00000002 -> CVK;
            case 0x00000003 -> DEK;
            case 0x00000004 -> MKAC;
            case 0x00000005 -> MKSMC;
            case 0x00000006 -> MKSMI;
            case 0x00000007 -> MKDAC;
            case 0x00000008 -> MKDN;
            case 0x00000009 -> MKCP;
            case 0x0000000A -> MKOTH;
            case 0x0000000B -> KEK;
            case 0x0000000C -> MAC16609;
            case 0x0000000D -> MAC97971;
            case 0x0000000E -> MAC97972;
            case 0x0000000F -> MAC97973;
            case 0x00000010 -> MAC97974;
            case 0x00000011 -> MAC97975;
            case 0x00000012 -> ZPK;
            case 0x00000013 -> PVKIBM;
            case 0x00000014 -> PVKPVV;
            case 0x00000015 -> PVKOTH;
            case 0x00000016 -> DUKPT;
            case 0x00000017 -> IV;
            case 0x00000018 -> TRKBK;
            default -> null;
        };
    }

    /**
     * The value with this XML/JSON name (e.g. {@code "BDK"}), or {@code null}.
     */
    public static KeyRoleType fromXmlName(String xmlName) {
        return xmlName == null ? null : BY_XML_NAME.get(xmlName);
    }
}

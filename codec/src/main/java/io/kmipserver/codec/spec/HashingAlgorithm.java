// Generated from codec/src/spec/enums/hashing-algorithm.csv by io.kmipserver.codec.spec.generator.SpecGenerator — do not edit.
// Regenerate from the repository root: java codec/src/test/java/io/kmipserver/codec/spec/generator/SpecGenerator.java
package io.kmipserver.codec.spec;

import java.util.Map;

/**
 * Hashing Algorithm enumeration (KMIP 1.0 §9.1.3.2.15; 1.1 §9.1.3.2.16; 1.2 §9.1.3.2.16; 1.3 §9.1.3.2.16; 1.4 §9.1.3.2.16; 2.0 §11.21; 2.1 §11.21).
 * Carried by the tag Hashing Algorithm ({@link Tag#HASHING_ALGORITHM}).
 *
 * <p>Values 8XXXXXXX are vendor extensions; {@link #fromValue(int)} returns {@code null} for them.
 *
 * <p>Constant names: see the package documentation.
 */
public enum HashingAlgorithm implements KmipEnum {
    /** MD2, 0x00000001, KMIP 1.0–2.1. */
    MD2(0x00000001, "MD2", "MD2", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** MD4, 0x00000002, KMIP 1.0–2.1. */
    MD4(0x00000002, "MD4", "MD4", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** MD5, 0x00000003, KMIP 1.0–2.1. */
    MD5(0x00000003, "MD5", "MD5", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** SHA-1, 0x00000004, KMIP 1.0–2.1. */
    SHA_1(0x00000004, "SHA-1", "SHA_1", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** SHA-224, 0x00000005, KMIP 1.0–2.1. */
    SHA_224(0x00000005, "SHA-224", "SHA_224", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** SHA-256, 0x00000006, KMIP 1.0–2.1. */
    SHA_256(0x00000006, "SHA-256", "SHA_256", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** SHA-384, 0x00000007, KMIP 1.0–2.1. */
    SHA_384(0x00000007, "SHA-384", "SHA_384", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** SHA-512, 0x00000008, KMIP 1.0–2.1. */
    SHA_512(0x00000008, "SHA-512", "SHA_512", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** RIPEMD-160, 0x00000009, KMIP 1.0–2.1. */
    RIPEMD_160(0x00000009, "RIPEMD-160", "RIPEMD_160", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Tiger, 0x0000000A, KMIP 1.0–2.1. */
    TIGER(0x0000000A, "Tiger", "Tiger", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Whirlpool, 0x0000000B, KMIP 1.0–2.1. */
    WHIRLPOOL(0x0000000B, "Whirlpool", "Whirlpool", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** SHA-512/224, 0x0000000C, KMIP 1.2–2.1. */
    SHA_512_224(0x0000000C, "SHA-512/224", "SHA_512_224", "1.2 1.3 1.4 2.0 2.1"),
    /** SHA-512/256, 0x0000000D, KMIP 1.2–2.1. */
    SHA_512_256(0x0000000D, "SHA-512/256", "SHA_512_256", "1.2 1.3 1.4 2.0 2.1"),
    /** SHA3-224, 0x0000000E, KMIP 1.4–2.1. Printed as "SHA-3-224" in 1.4. */
    SHA3_224(0x0000000E, "SHA3-224", "SHA3_224", "1.4 2.0 2.1", "1.4", "SHA-3-224"),
    /** SHA3-256, 0x0000000F, KMIP 1.4–2.1. Printed as "SHA-3-256" in 1.4. */
    SHA3_256(0x0000000F, "SHA3-256", "SHA3_256", "1.4 2.0 2.1", "1.4", "SHA-3-256"),
    /** SHA3-384, 0x00000010, KMIP 1.4–2.1. Printed as "SHA-3-384" in 1.4. */
    SHA3_384(0x00000010, "SHA3-384", "SHA3_384", "1.4 2.0 2.1", "1.4", "SHA-3-384"),
    /** SHA3-512, 0x00000011, KMIP 1.4–2.1. Printed as "SHA-3-512" in 1.4. */
    SHA3_512(0x00000011, "SHA3-512", "SHA3_512", "1.4 2.0 2.1", "1.4", "SHA-3-512");

    /** The tag that carries this enumeration. */
    public static final int TAG = Tag.HASHING_ALGORITHM;

    private static final HashingAlgorithm[] VALUES = values();
    private static final Map<String, HashingAlgorithm> BY_XML_NAME = SpecSupport.byXmlName(VALUES, Map.of());

    private final int value;
    private final String specName;
    private final String xmlName;
    private final int versions;
    private final KmipVersion firstVersion;
    private final KmipVersion lastVersion;
    private final String[] namesByVersion;

    HashingAlgorithm(int value, String specName, String xmlName, String versions, String... renames) {
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
    public static HashingAlgorithm fromValue(int value) {
        return switch (value) {
            case 0x00000001 -> MD2;
            case 0x00000002 -> MD4;
            case 0x00000003 -> MD5;
            case 0x00000004 -> SHA_1;
            case 0x00000005 -> SHA_224;
            case 0x00000006 -> SHA_256;
            case 0x00000007 -> SHA_384;
            case 0x00000008 -> SHA_512;
            case 0x00000009 -> RIPEMD_160;
            case 0x0000000A -> TIGER;
            case 0x0000000B -> WHIRLPOOL;
            case 0x0000000C -> SHA_512_224;
            case 0x0000000D -> SHA_512_256;
            case 0x0000000E -> SHA3_224;
            case 0x0000000F -> SHA3_256;
            case 0x00000010 -> SHA3_384;
            case 0x00000011 -> SHA3_512;
            default -> null;
        };
    }

    /**
     * The value with this XML/JSON name (e.g. {@code "MD2"}), or {@code null}.
     */
    public static HashingAlgorithm fromXmlName(String xmlName) {
        return xmlName == null ? null : BY_XML_NAME.get(xmlName);
    }
}

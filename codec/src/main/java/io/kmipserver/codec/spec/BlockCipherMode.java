// Generated from codec/src/spec/enums/block-cipher-mode.csv by io.kmipserver.codec.spec.generator.SpecGenerator — do not edit.
// Regenerate from the repository root: java codec/src/test/java/io/kmipserver/codec/spec/generator/SpecGenerator.java
package io.kmipserver.codec.spec;

import java.util.Map;

/**
 * Block Cipher Mode enumeration (KMIP 1.0 §9.1.3.2.13; 1.1 §9.1.3.2.14; 1.2 §9.1.3.2.14; 1.3 §9.1.3.2.14; 1.4 §9.1.3.2.14; 2.0 §11.6; 2.1 §11.6).
 * Carried by the tag Block Cipher Mode ({@link Tag#BLOCK_CIPHER_MODE}).
 *
 * <p>Values 8XXXXXXX are vendor extensions; {@link #fromValue(int)} returns {@code null} for them.
 *
 * <p>Constant names: see the package documentation.
 */
public enum BlockCipherMode implements KmipEnum {
    /** CBC, 0x00000001, KMIP 1.0–2.1. */
    CBC(0x00000001, "CBC", "CBC", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** ECB, 0x00000002, KMIP 1.0–2.1. */
    ECB(0x00000002, "ECB", "ECB", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** PCBC, 0x00000003, KMIP 1.0–2.1. */
    PCBC(0x00000003, "PCBC", "PCBC", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** CFB, 0x00000004, KMIP 1.0–2.1. */
    CFB(0x00000004, "CFB", "CFB", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** OFB, 0x00000005, KMIP 1.0–2.1. */
    OFB(0x00000005, "OFB", "OFB", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** CTR, 0x00000006, KMIP 1.0–2.1. */
    CTR(0x00000006, "CTR", "CTR", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** CMAC, 0x00000007, KMIP 1.0–2.1. */
    CMAC(0x00000007, "CMAC", "CMAC", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** CCM, 0x00000008, KMIP 1.0–2.1. */
    CCM(0x00000008, "CCM", "CCM", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** GCM, 0x00000009, KMIP 1.0–2.1. */
    GCM(0x00000009, "GCM", "GCM", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** CBC-MAC, 0x0000000A, KMIP 1.0–2.1. */
    CBC_MAC(0x0000000A, "CBC-MAC", "CBC_MAC", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** XTS, 0x0000000B, KMIP 1.0–2.1. */
    XTS(0x0000000B, "XTS", "XTS", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** AESKeyWrapPadding, 0x0000000C, KMIP 1.0–2.1. */
    AESKEYWRAPPADDING(0x0000000C, "AESKeyWrapPadding", "AESKeyWrapPadding", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** NISTKeyWrap, 0x0000000D, KMIP 1.0–2.1. */
    NISTKEYWRAP(0x0000000D, "NISTKeyWrap", "NISTKeyWrap", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** X9.102 AESKW, 0x0000000E, KMIP 1.0–2.1. */
    X9_102_AESKW(0x0000000E, "X9.102 AESKW", "X9_102AESKW", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** X9.102 TDKW, 0x0000000F, KMIP 1.0–2.1. */
    X9_102_TDKW(0x0000000F, "X9.102 TDKW", "X9_102TDKW", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** X9.102 AKW1, 0x00000010, KMIP 1.0–2.1. */
    X9_102_AKW1(0x00000010, "X9.102 AKW1", "X9_102AKW1", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** X9.102 AKW2, 0x00000011, KMIP 1.0–2.1. */
    X9_102_AKW2(0x00000011, "X9.102 AKW2", "X9_102AKW2", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** AEAD, 0x00000012, KMIP 1.4–2.1. */
    AEAD(0x00000012, "AEAD", "AEAD", "1.4 2.0 2.1");

    /** The tag that carries this enumeration. */
    public static final int TAG = Tag.BLOCK_CIPHER_MODE;

    private static final BlockCipherMode[] VALUES = values();
    private static final Map<String, BlockCipherMode> BY_XML_NAME = SpecSupport.byXmlName(VALUES, Map.of());

    private final int value;
    private final String specName;
    private final String xmlName;
    private final int versions;
    private final KmipVersion firstVersion;
    private final KmipVersion lastVersion;
    private final String[] namesByVersion;

    BlockCipherMode(int value, String specName, String xmlName, String versions, String... renames) {
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
    public static BlockCipherMode fromValue(int value) {
        return switch (value) {
            case 0x00000001 -> CBC;
            case 0x00000002 -> ECB;
            case 0x00000003 -> PCBC;
            case 0x00000004 -> CFB;
            case 0x00000005 -> OFB;
            case 0x00000006 -> CTR;
            case 0x00000007 -> CMAC;
            case 0x00000008 -> CCM;
            case 0x00000009 -> GCM;
            case 0x0000000A -> CBC_MAC;
            case 0x0000000B -> XTS;
            case 0x0000000C -> AESKEYWRAPPADDING;
            case 0x0000000D -> NISTKEYWRAP;
            case 0x0000000E -> X9_102_AESKW;
            case 0x0000000F -> X9_102_TDKW;
            case 0x00000010 -> X9_102_AKW1;
            case 0x00000011 -> X9_102_AKW2;
            case 0x00000012 -> AEAD;
            default -> null;
        };
    }

    /**
     * The value with this XML/JSON name (e.g. {@code "CBC"}), or {@code null}.
     */
    public static BlockCipherMode fromXmlName(String xmlName) {
        return xmlName == null ? null : BY_XML_NAME.get(xmlName);
    }
}

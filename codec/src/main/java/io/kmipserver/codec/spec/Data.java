// Generated from codec/src/spec/enums/data.csv by io.kmipserver.codec.spec.generator.SpecGenerator — do not edit.
// Regenerate from the repository root: java codec/src/test/java/io/kmipserver/codec/spec/generator/SpecGenerator.java
package io.kmipserver.codec.spec;

import java.util.Map;

/**
 * Data enumeration (KMIP 2.0 §11.13; 2.1 §11.13).
 * Carried by the tag Data ({@link Tag#DATA}).
 *
 * <p>Values 8XXXXXXX are vendor extensions; {@link #fromValue(int)} returns {@code null} for them.
 *
 * <p>Constant names: see the package documentation.
 */
public enum Data implements KmipEnum {
    /** Decrypt, 0x00000001, KMIP 2.0–2.1. */
    DECRYPT(0x00000001, "Decrypt", "Decrypt", "2.0 2.1"),
    /** Encrypt, 0x00000002, KMIP 2.0–2.1. */
    ENCRYPT(0x00000002, "Encrypt", "Encrypt", "2.0 2.1"),
    /** Hash, 0x00000003, KMIP 2.0–2.1. */
    HASH(0x00000003, "Hash", "Hash", "2.0 2.1"),
    /** MAC MAC Data, 0x00000004, KMIP 2.0–2.1. */
    MAC_MAC_DATA(0x00000004, "MAC MAC Data", "MACMACData", "2.0 2.1"),
    /** RNG Retrieve, 0x00000005, KMIP 2.0–2.1. */
    RNG_RETRIEVE(0x00000005, "RNG Retrieve", "RNGRetrieve", "2.0 2.1"),
    /** Sign Signature Data, 0x00000006, KMIP 2.0–2.1. */
    SIGN_SIGNATURE_DATA(0x00000006, "Sign Signature Data", "SignSignatureData", "2.0 2.1"),
    /** Signature Verify, 0x00000007, KMIP 2.0–2.1. */
    SIGNATURE_VERIFY(0x00000007, "Signature Verify", "SignatureVerify", "2.0 2.1");

    /** The tag that carries this enumeration. */
    public static final int TAG = Tag.DATA;

    private static final Data[] VALUES = values();
    private static final Map<String, Data> BY_XML_NAME = SpecSupport.byXmlName(VALUES, Map.of());

    private final int value;
    private final String specName;
    private final String xmlName;
    private final int versions;
    private final KmipVersion firstVersion;
    private final KmipVersion lastVersion;
    private final String[] namesByVersion;

    Data(int value, String specName, String xmlName, String versions, String... renames) {
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
    public static Data fromValue(int value) {
        return switch (value) {
            case 0x00000001 -> DECRYPT;
            case 0x00000002 -> ENCRYPT;
            case 0x00000003 -> HASH;
            case 0x00000004 -> MAC_MAC_DATA;
            case 0x00000005 -> RNG_RETRIEVE;
            case 0x00000006 -> SIGN_SIGNATURE_DATA;
            case 0x00000007 -> SIGNATURE_VERIFY;
            default -> null;
        };
    }

    /**
     * The value with this XML/JSON name (e.g. {@code "Decrypt"}), or {@code null}.
     */
    public static Data fromXmlName(String xmlName) {
        return xmlName == null ? null : BY_XML_NAME.get(xmlName);
    }
}

// Generated from codec/src/spec/enums/wrapping-method.csv by io.kmipserver.codec.spec.generator.SpecGenerator — do not edit.
// Regenerate from the repository root: java codec/src/test/java/io/kmipserver/codec/spec/generator/SpecGenerator.java
package io.kmipserver.codec.spec;

import java.util.Map;

/**
 * Wrapping Method enumeration (KMIP 1.0 §9.1.3.2.4; 1.1 §9.1.3.2.4; 1.2 §9.1.3.2.4; 1.3 §9.1.3.2.4; 1.4 §9.1.3.2.4; 2.0 §11.60; 2.1 §11.62).
 * Carried by the tag Wrapping Method ({@link Tag#WRAPPING_METHOD}).
 *
 * <p>Values 8XXXXXXX are vendor extensions; {@link #fromValue(int)} returns {@code null} for them.
 *
 * <p>Constant names: see the package documentation.
 */
public enum WrappingMethod implements KmipEnum {
    /** Encrypt, 0x00000001, KMIP 1.0–2.1. */
    ENCRYPT(0x00000001, "Encrypt", "Encrypt", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** MAC/sign, 0x00000002, KMIP 1.0–2.1. */
    MAC_SIGN(0x00000002, "MAC/sign", "MACSign", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Encrypt then MAC/sign, 0x00000003, KMIP 1.0–2.1. */
    ENCRYPT_THEN_MAC_SIGN(0x00000003, "Encrypt then MAC/sign", "EncryptThenMACSign", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** MAC/sign then encrypt, 0x00000004, KMIP 1.0–2.1. */
    MAC_SIGN_THEN_ENCRYPT(0x00000004, "MAC/sign then encrypt", "MACSignThenEncrypt", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** TR-31, 0x00000005, KMIP 1.0–2.1. */
    TR_31(0x00000005, "TR-31", "TR_31", "1.0 1.1 1.2 1.3 1.4 2.0 2.1");

    /** The tag that carries this enumeration. */
    public static final int TAG = Tag.WRAPPING_METHOD;

    private static final WrappingMethod[] VALUES = values();
    private static final Map<String, WrappingMethod> BY_XML_NAME = SpecSupport.byXmlName(VALUES, Map.of());

    private final int value;
    private final String specName;
    private final String xmlName;
    private final int versions;
    private final KmipVersion firstVersion;
    private final KmipVersion lastVersion;
    private final String[] namesByVersion;

    WrappingMethod(int value, String specName, String xmlName, String versions, String... renames) {
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
    public static WrappingMethod fromValue(int value) {
        return switch (value) {
            case 0x00000001 -> ENCRYPT;
            case 0x00000002 -> MAC_SIGN;
            case 0x00000003 -> ENCRYPT_THEN_MAC_SIGN;
            case 0x00000004 -> MAC_SIGN_THEN_ENCRYPT;
            case 0x00000005 -> TR_31;
            default -> null;
        };
    }

    /**
     * The value with this XML/JSON name (e.g. {@code "Encrypt"}), or {@code null}.
     */
    public static WrappingMethod fromXmlName(String xmlName) {
        return xmlName == null ? null : BY_XML_NAME.get(xmlName);
    }
}

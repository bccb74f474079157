// Generated from codec/src/spec/enums/unique-identifier.csv by io.kmipserver.codec.spec.generator.SpecGenerator — do not edit.
// Regenerate from the repository root: java codec/src/test/java/io/kmipserver/codec/spec/generator/SpecGenerator.java
package io.kmipserver.codec.spec;

import java.util.Map;

/**
 * Unique Identifier enumeration (KMIP 2.0 §11.56; 2.1 §11.58).
 * Carried by the tag Unique Identifier ({@link Tag#UNIQUE_IDENTIFIER}).
 *
 * <p>Values 8XXXXXXX are vendor extensions; {@link #fromValue(int)} returns {@code null} for them.
 *
 * <p>Constant names: see the package documentation.
 */
public enum UniqueIdentifierEnum implements KmipEnum {
    /** ID Placeholder, 0x00000001, KMIP 2.0–2.1. */
    ID_PLACEHOLDER(0x00000001, "ID Placeholder", "IDPlaceholder", "2.0 2.1"),
    /** Certify, 0x00000002, KMIP 2.0–2.1. */
    CERTIFY(0x00000002, "Certify", "Certify", "2.0 2.1"),
    /** Create, 0x00000003, KMIP 2.0–2.1. */
    CREATE(0x00000003, "Create", "Create", "2.0 2.1"),
    /** Create Key Pair, 0x00000004, KMIP 2.0–2.1. */
    CREATE_KEY_PAIR(0x00000004, "Create Key Pair", "CreateKeyPair", "2.0 2.1"),
    /** Create Key Pair Private Key, 0x00000005, KMIP 2.0–2.1. */
    CREATE_KEY_PAIR_PRIVATE_KEY(0x00000005, "Create Key Pair Private Key", "CreateKeyPairPrivateKey", "2.0 2.1"),
    /** Create Key Pair Public Key, 0x00000006, KMIP 2.0–2.1. */
    CREATE_KEY_PAIR_PUBLIC_KEY(0x00000006, "Create Key Pair Public Key", "CreateKeyPairPublicKey", "2.0 2.1"),
    /** Create Split Key, 0x00000007, KMIP 2.0–2.1. */
    CREATE_SPLIT_KEY(0x00000007, "Create Split Key", "CreateSplitKey", "2.0 2.1"),
    /** Derive Key, 0x00000008, KMIP 2.0–2.1. */
    DERIVE_KEY(0x00000008, "Derive Key", "DeriveKey", "2.0 2.1"),
    /** Import, 0x00000009, KMIP 2.0–2.1. */
    IMPORT(0x00000009, "Import", "Import", "2.0 2.1"),
    /** Join Split Key, 0x0000000A, KMIP 2.0–2.1. */
    JOIN_SPLIT_KEY(0x0000000A, "Join Split Key", "JoinSplitKey", "2.0 2.1"),
    /** Locate, 0x0000000B, KMIP 2.0–2.1. */
    LOCATE(0x0000000B, "Locate", "Locate", "2.0 2.1"),
    /** Register, 0x0000000C, KMIP 2.0–2.1. */
    REGISTER(0x0000000C, "Register", "Register", "2.0 2.1"),
    /** Re-key, 0x0000000D, KMIP 2.0–2.1. */
    RE_KEY(0x0000000D, "Re-key", "ReKey", "2.0 2.1"),
    /** Re-certify, 0x0000000E, KMIP 2.0–2.1. */
    RE_CERTIFY(0x0000000E, "Re-certify", "ReCertify", "2.0 2.1"),
    /** Re-key Key Pair, 0x0000000F, KMIP 2.0–2.1. */
    RE_KEY_KEY_PAIR(0x0000000F, "Re-key Key Pair", "ReKeyKeyPair", "2.0 2.1"),
    /** Re-key Key Pair Private Key, 0x00000010, KMIP 2.0–2.1. */
    RE_KEY_KEY_PAIR_PRIVATE_KEY(0x00000010, "Re-key Key Pair Private Key", "ReKeyKeyPairPrivateKey", "2.0 2.1"),
    /** Re-key Key Pair Public Key, 0x00000011, KMIP 2.0–2.1. */
    RE_KEY_KEY_PAIR_PUBLIC_KEY(0x00000011, "Re-key Key Pair Public Key", "ReKeyKeyPairPublicKey", "2.0 2.1");

    /** The tag that carries this enumeration. */
    public static final int TAG = Tag.UNIQUE_IDENTIFIER;

    private static final UniqueIdentifierEnum[] VALUES = values();
    private static final Map<String, UniqueIdentifierEnum> BY_XML_NAME = SpecSupport.byXmlName(VALUES, Map.of());

    private final int value;
    private final String specName;
    private final String xmlName;
    private final int versions;
    private final KmipVersion firstVersion;
    private final KmipVersion lastVersion;
    private final String[] namesByVersion;

    UniqueIdentifierEnum(int value, String specName, String xmlName, String versions, String... renames) {
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
    public static UniqueIdentifierEnum fromValue(int value) {
        return switch (value) {
            case 0x00000001 -> ID_PLACEHOLDER;
            case 0x00000002 -> CERTIFY;
            case 0x00000003 -> CREATE;
            case 0x00000004 -> CREATE_KEY_PAIR;
            case 0x00000005 -> CREATE_KEY_PAIR_PRIVATE_KEY;
            case 0x00000006 -> CREATE_KEY_PAIR_PUBLIC_KEY;
            case 0x00000007 -> CREATE_SPLIT_KEY;
            case 0x00000008 -> DERIVE_KEY;
            case 0x00000009 -> IMPORT;
            case 0x0000000A -> JOIN_SPLIT_KEY;
            case 0x0000000B -> LOCATE;
            case 0x0000000C -> REGISTER;
            case 0x0000000D -> RE_KEY;
            case 0x0000000E -> RE_CERTIFY;
            case 0x0000000F -> RE_KEY_KEY_PAIR;
            case 0x00000010 -> RE_KEY_KEY_PAIR_PRIVATE_KEY;
            case 0x00000011 -> RE_KEY_KEY_PAIR_PUBLIC_KEY;
            default -> null;
        };
    }

    /**
     * The value with this XML/JSON name (e.g. {@code "IDPlaceholder"}), or {@code null}.
     */
    public static UniqueIdentifierEnum fromXmlName(String xmlName) {
        return xmlName == null ? null : BY_XML_NAME.get(xmlName);
    }
}

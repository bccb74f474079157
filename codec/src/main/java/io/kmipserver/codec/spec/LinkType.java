// Generated from codec/src/spec/enums/link-type.csv by io.kmipserver.codec.spec.generator.SpecGenerator — do not edit.
// Regenerate from the repository root: java codec/src/test/java/io/kmipserver/codec/spec/generator/SpecGenerator.java
package io.kmipserver.codec.spec;

import java.util.Map;

/**
 * Link Type enumeration (KMIP 1.0 §9.1.3.2.19; 1.1 §9.1.3.2.20; 1.2 §9.1.3.2.20; 1.3 §9.1.3.2.20; 1.4 §9.1.3.2.20; 2.0 §11.28; 2.1 §11.28).
 * Carried by the tag Link Type ({@link Tag#LINK_TYPE}).
 *
 * <p>Values 8XXXXXXX are vendor extensions; {@link #fromValue(int)} returns {@code null} for them.
 *
 * <p>Constant names: see the package documentation.
 */
public enum LinkType implements KmipEnum {
    /** Certificate Link, 0x00000101, KMIP 1.0–2.1. */
    CERTIFICATE_LINK(0x00000101, "Certificate Link", "CertificateLink", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Public Key Link, 0x00000102, KMIP 1.0–2.1. */
    PUBLIC_KEY_LINK(0x00000102, "Public Key Link", "PublicKeyLink", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Private Key Link, 0x00000103, KMIP 1.0–2.1. */
    PRIVATE_KEY_LINK(0x00000103, "Private Key Link", "PrivateKeyLink", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Derivation Base Object Link, 0x00000104, KMIP 1.0–2.1. */
    DERIVATION_BASE_OBJECT_LINK(0x00000104, "Derivation Base Object Link", "DerivationBaseObjectLink", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Derived Key Link, 0x00000105, KMIP 1.0–2.1. */
    DERIVED_KEY_LINK(0x00000105, "Derived Key Link", "DerivedKeyLink", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Replacement Object Link, 0x00000106, KMIP 1.0–2.1. */
    REPLACEMENT_OBJECT_LINK(0x00000106, "Replacement Object Link", "ReplacementObjectLink", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Replaced Object Link, 0x00000107, KMIP 1.0–2.1. */
    REPLACED_OBJECT_LINK(0x00000107, "Replaced Object Link", "ReplacedObjectLink", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Parent Link, 0x00000108, KMIP 1.2–2.1. */
    PARENT_LINK(0x00000108, "Parent Link", "ParentLink", "1.2 1.3 1.4 2.0 2.1"),
    /** Child Link, 0x00000109, KMIP 1.2–2.1. */
    CHILD_LINK(0x00000109, "Child Link", "ChildLink", "1.2 1.3 1.4 2.0 2.1"),
    /** Previous Link, 0x0000010A, KMIP 1.2–2.1. */
    PREVIOUS_LINK(0x0000010A, "Previous Link", "PreviousLink", "1.2 1.3 1.4 2.0 2.1"),
    /** Next Link, 0x0000010B, KMIP 1.2–2.1. */
    NEXT_LINK(0x0000010B, "Next Link", "NextLink", "1.2 1.3 1.4 2.0 2.1"),
    /** PKCS#12 Certificate Link, 0x0000010C, KMIP 1.4–2.1. */
    PKCS_12_CERTIFICATE_LINK(0x0000010C, "PKCS#12 Certificate Link", "PKCS_12CertificateLink", "1.4 2.0 2.1"),
    /** PKCS#12 Password Link, 0x0000010D, KMIP 1.4–2.1. */
    PKCS_12_PASSWORD_LINK(0x0000010D, "PKCS#12 Password Link", "PKCS_12PasswordLink", "1.4 2.0 2.1"),
    /** Wrapping Key Link, 0x0000010E, KMIP 2.0–2.1. */
    WRAPPING_KEY_LINK(0x0000010E, "Wrapping Key Link", "WrappingKeyLink", "2.0 2.1");

    /** The tag that carries this enumeration. */
    public static final int TAG = Tag.LINK_TYPE;

    private static final LinkType[] VALUES = values();
    private static final Map<String, LinkType> BY_XML_NAME = SpecSupport.byXmlName(VALUES, Map.of());

    private final int value;
    private final String specName;
    private final String xmlName;
    private final int versions;
    private final KmipVersion firstVersion;
    private final KmipVersion lastVersion;
    private final String[] namesByVersion;

    LinkType(int value, String specName, String xmlName, String versions, String... renames) {
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
    public static LinkType fromValue(int value) {
        return switch (value) {
            case 0x00000101 -> CERTIFICATE_LINK;
            case 0x00000102 -> PUBLIC_KEY_LINK;
            case 0x00000103 -> PRIVATE_KEY_LINK;
            case 0x00000104 -> DERIVATION_BASE_OBJECT_LINK;
            case 0x00000105 -> DERIVED_KEY_LINK;
            case 0x00000106 -> REPLACEMENT_OBJECT_LINK;
            case 0x00000107 -> REPLACED_OBJECT_LINK;
            case 0x00000108 -> PARENT_LINK;
            case 0x00000109 -> CHILD_LINK;
            case 0x0000010A -> PREVIOUS_LINK;
            case 0x0000010B -> NEXT_LINK;
            case 0x0000010C -> PKCS_12_CERTIFICATE_LINK;
            case 0x0000010D -> PKCS_12_PASSWORD_LINK;
            case 0x0000010E -> WRAPPING_KEY_LINK;
            default -> null;
        };
    }

    /**
     * The value with this XML/JSON name (e.g. {@code "CertificateLink"}), or {@code null}.
     */
    public static LinkType fromXmlName(String xmlName) {
        return xmlName == null ? null : BY_XML_NAME.get(xmlName);
    }
}

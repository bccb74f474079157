// Generated from codec/src/spec/enums/object-type.csv by io.kmipserver.codec.spec.generator.SpecGenerator — do not edit.
// Regenerate from the repository root: java codec/src/test/java/io/kmipserver/codec/spec/generator/SpecGenerator.java
package io.kmipserver.codec.spec;

import java.util.Map;

/**
 * Object Type enumeration (KMIP 1.0 §9.1.3.2.11; 1.1 §9.1.3.2.12; 1.2 §9.1.3.2.12; 1.3 §9.1.3.2.12; 1.4 §9.1.3.2.12; 2.0 §11.34; 2.1 §11.34).
 * Carried by the tag Object Type ({@link Tag#OBJECT_TYPE}).
 *
 * <p>Values 8XXXXXXX are vendor extensions; {@link #fromValue(int)} returns {@code null} for them.
 *
 * <p>Constant names: see the package documentation.
 */
public enum ObjectType implements KmipEnum {
    /** Certificate, 0x00000001, KMIP 1.0–2.1. */
    CERTIFICATE(0x00000001, "Certificate", "Certificate", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Symmetric Key, 0x00000002, KMIP 1.0–2.1. */
    SYMMETRIC_KEY(0x00000002, "Symmetric Key", "SymmetricKey", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Public Key, 0x00000003, KMIP 1.0–2.1. */
    PUBLIC_KEY(0x00000003, "Public Key", "PublicKey", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Private Key, 0x00000004, KMIP 1.0–2.1. */
    PRIVATE_KEY(0x00000004, "Private Key", "PrivateKey", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Split Key, 0x00000005, KMIP 1.0–2.1. */
    SPLIT_KEY(0x00000005, "Split Key", "SplitKey", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Template, 0x00000006, KMIP 1.0–1.4. Deprecated in 1.3-1.4 / (Reserved)/removed from KMIP 2.0. */
    TEMPLATE(0x00000006, "Template", "Template", "1.0 1.1 1.2 1.3 1.4"),
    /** Secret Data, 0x00000007, KMIP 1.0–2.1. */
    SECRET_DATA(0x00000007, "Secret Data", "SecretData", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Opaque Object, 0x00000008, KMIP 1.0–2.1. */
    OPAQUE_OBJECT(0x00000008, "Opaque Object", "OpaqueObject", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** PGP Key, 0x00000009, KMIP 1.2–2.1. */
    PGP_KEY(0x00000009, "PGP Key", "PGPKey", "1.2 1.3 1.4 2.0 2.1"),
    /** Certificate Request, 0x0000000A, KMIP 2.0–2.1. */
    CERTIFICATE_REQUEST(0x0000000A, "Certificate Request", "CertificateRequest", "2.0 2.1");

    /** The tag that carries this enumeration. */
    public static final int TAG = Tag.OBJECT_TYPE;

    private static final ObjectType[] VALUES = values();
    private static final Map<String, ObjectType> BY_XML_NAME = SpecSupport.byXmlName(VALUES, Map.of());

    private final int value;
    private final String specName;
    private final String xmlName;
    private final int versions;
    private final KmipVersion firstVersion;
    private final KmipVersion lastVersion;
    private final String[] namesByVersion;

    ObjectType(int value, String specName, String xmlName, String versions, String... renames) {
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
    public static ObjectType fromValue(int value) {
        return switch (value) {
            case 0x00000001 -> CERTIFICATE;
            case 0x00000002 -> SYMMETRIC_KEY;
            case 0x00000003 -> PUBLIC_KEY;
            case 0x00000004 -> PRIVATE_KEY;
            case 0x00000005 -> SPLIT_KEY;
            case 0x00000006 -> TEMPLATE;
            case 0x00000007 -> SECRET_DATA;
            case 0x00000008 -> OPAQUE_OBJECT;
            case 0x00000009 -> PGP_KEY;
            case 0x0000000A -> CERTIFICATE_REQUEST;
            default -> null;
        };
    }

    /**
     * The value with this XML/JSON name (e.g. {@code "Certificate"}), or {@code null}.
     */
    public static ObjectType fromXmlName(String xmlName) {
        return xmlName == null ? null : BY_XML_NAME.get(xmlName);
    }
}

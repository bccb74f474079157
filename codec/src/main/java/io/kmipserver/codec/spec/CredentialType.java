// Generated from codec/src/spec/enums/credential-type.csv by io.kmipserver.codec.spec.generator.SpecGenerator — do not edit.
// Regenerate from the repository root: java codec/src/test/java/io/kmipserver/codec/spec/generator/SpecGenerator.java
package io.kmipserver.codec.spec;

import java.util.Map;

/**
 * Credential Type enumeration (KMIP 1.0 §9.1.3.2.1; 1.1 §9.1.3.2.1; 1.2 §9.1.3.2.1; 1.3 §9.1.3.2.1; 1.4 §9.1.3.2.1; 2.0 §11.11; 2.1 §11.11).
 * Carried by the tag Credential Type ({@link Tag#CREDENTIAL_TYPE}).
 *
 * <p>Values 8XXXXXXX are vendor extensions; {@link #fromValue(int)} returns {@code null} for them.
 *
 * <p>Constant names: see the package documentation.
 */
public enum CredentialType implements KmipEnum {
    /** Username and Password, 0x00000001, KMIP 1.0–2.1. */
    USERNAME_AND_PASSWORD(0x00000001, "Username and Password", "UsernameAndPassword", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Device, 0x00000002, KMIP 1.1–2.1. */
    DEVICE(0x00000002, "Device", "Device", "1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Attestation, 0x00000003, KMIP 1.2–2.1. */
    ATTESTATION(0x00000003, "Attestation", "Attestation", "1.2 1.3 1.4 2.0 2.1"),
    /** One Time Password, 0x00000004, KMIP 2.0–2.1. */
    ONE_TIME_PASSWORD(0x00000004, "One Time Password", "OneTimePassword", "2.0 2.1"),
    /** Hashed Password, 0x00000005, KMIP 2.0–2.1. */
    HASHED_PASSWORD(0x00000005, "Hashed Password", "HashedPassword", "2.0 2.1"),
    /** Ticket, 0x00000006, KMIP 2.0–2.1. */
    TICKET(0x00000006, "Ticket", "Ticket", "2.0 2.1");

    /** The tag that carries this enumeration. */
    public static final int TAG = Tag.CREDENTIAL_TYPE;

    private static final CredentialType[] VALUES = values();
    private static final Map<String, CredentialType> BY_XML_NAME = SpecSupport.byXmlName(VALUES, Map.of());

    private final int value;
    private final String specName;
    private final String xmlName;
    private final int versions;
    private final KmipVersion firstVersion;
    private final KmipVersion lastVersion;
    private final String[] namesByVersion;

    CredentialType(int value, String specName, String xmlName, String versions, String... renames) {
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
    public static CredentialType fromValue(int value) {
        return switch (value) {
            case 0x00000001 -> USERNAME_AND_PASSWORD;
            case 0x00000002 -> DEVICE;
            case 0x00000003 -> ATTESTATION;
            case 0x00000004 -> ONE_TIME_PASSWORD;
            case 0x00000005 -> HASHED_PASSWORD;
            case 0x00000006 -> TICKET;
            default -> null;
        };
    }

    /**
     * The value with this XML/JSON name (e.g. {@code "UsernameAndPassword"}), or {@code null}.
     */
    public static CredentialType fromXmlName(String xmlName) {
        return xmlName == null ? null : BY_XML_NAME.get(xmlName);
    }
}

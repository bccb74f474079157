// Generated from codec/src/spec/enums/revocation-reason-code.csv by io.kmipserver.codec.spec.generator.SpecGenerator — do not edit.
// Regenerate from the repository root: java codec/src/test/java/io/kmipserver/codec/spec/generator/SpecGenerator.java
package io.kmipserver.codec.spec;

import java.util.Map;

/**
 * Revocation Reason Code enumeration (KMIP 1.0 §9.1.3.2.18; 1.1 §9.1.3.2.19; 1.2 §9.1.3.2.19; 1.3 §9.1.3.2.19; 1.4 §9.1.3.2.19; 2.0 §11.47; 2.1 §11.48).
 * Carried by the tag Revocation Reason Code ({@link Tag#REVOCATION_REASON_CODE}).
 *
 * <p>Values 8XXXXXXX are vendor extensions; {@link #fromValue(int)} returns {@code null} for them.
 *
 * <p>Constant names: see the package documentation.
 */
public enum RevocationReasonCode implements KmipEnum {
    /** Unspecified, 0x00000001, KMIP 1.0–2.1. */
    UNSPECIFIED(0x00000001, "Unspecified", "Unspecified", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Key Compromise, 0x00000002, KMIP 1.0–2.1. */
    KEY_COMPROMISE(0x00000002, "Key Compromise", "KeyCompromise", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** CA Compromise, 0x00000003, KMIP 1.0–2.1. */
    CA_COMPROMISE(0x00000003, "CA Compromise", "CACompromise", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Affiliation Changed, 0x00000004, KMIP 1.0–2.1. */
    AFFILIATION_CHANGED(0x00000004, "Affiliation Changed", "AffiliationChanged", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Superseded, 0x00000005, KMIP 1.0–2.1. */
    SUPERSEDED(0x00000005, "Superseded", "Superseded", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Cessation of Operation, 0x00000006, KMIP 1.0–2.1. */
    CESSATION_OF_OPERATION(0x00000006, "Cessation of Operation", "CessationOfOperation", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Privilege Withdrawn, 0x00000007, KMIP 1.0–2.1. */
    PRIVILEGE_WITHDRAWN(0x00000007, "Privilege Withdrawn", "PrivilegeWithdrawn", "1.0 1.1 1.2 1.3 1.4 2.0 2.1");

    /** The tag that carries this enumeration. */
    public static final int TAG = Tag.REVOCATION_REASON_CODE;

    private static final RevocationReasonCode[] VALUES = values();
    private static final Map<String, RevocationReasonCode> BY_XML_NAME = SpecSupport.byXmlName(VALUES, Map.of());

    private final int value;
    private final String specName;
    private final String xmlName;
    private final int versions;
    private final KmipVersion firstVersion;
    private final KmipVersion lastVersion;
    private final String[] namesByVersion;

    RevocationReasonCode(int value, String specName, String xmlName, String versions, String... renames) {
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
    public static RevocationReasonCode fromValue(int value) {
        return switch (value) {
            case 0x00000001 -> UNSPECIFIED;
            case 0x00000002 -> KEY_COMPROMISE;
            case 0x00000003 -> CA_COMPROMISE;
            case 0x00000004 -> AFFILIATION_CHANGED;
            case 0x00000005 -> SUPERSEDED;
            case 0x00000006 -> CESSATION_OF_OPERATION;
            case 0x00000007 -> PRIVILEGE_WITHDRAWN;
            default -> null;
        };
    }

    /**
     * The value with this XML/JSON name (e.g. {@code "Unspecified"}), or {@code null}.
     */
    public static RevocationReasonCode fromXmlName(String xmlName) {
        return xmlName == null ? null : BY_XML_NAME.get(xmlName);
    }
}

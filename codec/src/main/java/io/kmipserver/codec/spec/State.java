// Generated from codec/src/spec/enums/state.csv by io.kmipserver.codec.spec.generator.SpecGenerator — do not edit.
// Regenerate from the repository root: java codec/src/test/java/io/kmipserver/codec/spec/generator/SpecGenerator.java
package io.kmipserver.codec.spec;

import java.util.Map;

/**
 * State enumeration (KMIP 1.0 §9.1.3.2.17; 1.1 §9.1.3.2.18; 1.2 §9.1.3.2.18; 1.3 §9.1.3.2.18; 1.4 §9.1.3.2.18; 2.0 §11.53; 2.1 §11.55).
 * Carried by the tag State ({@link Tag#STATE}).
 *
 * <p>Values 8XXXXXXX are vendor extensions; {@link #fromValue(int)} returns {@code null} for them.
 *
 * <p>Constant names: see the package documentation.
 */
public enum State implements KmipEnum {
    /** Pre-Active, 0x00000001, KMIP 1.0–2.1. */
    PRE_ACTIVE(0x00000001, "Pre-Active", "PreActive", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Active, 0x00000002, KMIP 1.0–2.1. */
    ACTIVE(0x00000002, "Active", "Active", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Deactivated, 0x00000003, KMIP 1.0–2.1. */
    DEACTIVATED(0x00000003, "Deactivated", "Deactivated", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Compromised, 0x00000004, KMIP 1.0–2.1. */
    COMPROMISED(0x00000004, "Compromised", "Compromised", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Destroyed, 0x00000005, KMIP 1.0–2.1. */
    DESTROYED(0x00000005, "Destroyed", "Destroyed", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Destroyed Compromised, 0x00000006, KMIP 1.0–2.1. */
    DESTROYED_COMPROMISED(0x00000006, "Destroyed Compromised", "DestroyedCompromised", "1.0 1.1 1.2 1.3 1.4 2.0 2.1");

    /** The tag that carries this enumeration. */
    public static final int TAG = Tag.STATE;

    private static final State[] VALUES = values();
    private static final Map<String, State> BY_XML_NAME = SpecSupport.byXmlName(VALUES, Map.of());

    private final int value;
    private final String specName;
    private final String xmlName;
    private final int versions;
    private final KmipVersion firstVersion;
    private final KmipVersion lastVersion;
    private final String[] namesByVersion;

    State(int value, String specName, String xmlName, String versions, String... renames) {
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
    public static State fromValue(int value) {
        return switch (value) {
            case 0x00000001 -> PRE_ACTIVE;
            case 0x00000002 -> ACTIVE;
            case 0x00000003 -> DEACTIVATED;
            case 0x00000004 -> COMPROMISED;
            case 0x00000005 -> DESTROYED;
            case 0x00000006 -> DESTROYED_COMPROMISED;
            default -> null;
        };
    }

    /**
     * The value with this XML/JSON name (e.g. {@code "PreActive"}), or {@code null}.
     */
    public static State fromXmlName(String xmlName) {
        return xmlName == null ? null : BY_XML_NAME.get(xmlName);
    }
}

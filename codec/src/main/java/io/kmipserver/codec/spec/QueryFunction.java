// Generated from codec/src/spec/enums/query-function.csv by io.kmipserver.codec.spec.generator.SpecGenerator — do not edit.
// Regenerate from the repository root: java codec/src/test/java/io/kmipserver/codec/spec/generator/SpecGenerator.java
package io.kmipserver.codec.spec;

import java.util.Map;

/**
 * Query Function enumeration (KMIP 1.0 §9.1.3.2.23; 1.1 §9.1.3.2.24; 1.2 §9.1.3.2.24; 1.3 §9.1.3.2.24; 1.4 §9.1.3.2.24; 2.0 §11.43; 2.1 §11.44).
 * Carried by the tag Query Function ({@link Tag#QUERY_FUNCTION}).
 *
 * <p>Values 8XXXXXXX are vendor extensions; {@link #fromValue(int)} returns {@code null} for them.
 *
 * <p>Constant names: see the package documentation.
 */
public enum QueryFunction implements KmipEnum {
    /** Query Operations, 0x00000001, KMIP 1.0–2.1. */
    QUERY_OPERATIONS(0x00000001, "Query Operations", "QueryOperations", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Query Objects, 0x00000002, KMIP 1.0–2.1. */
    QUERY_OBJECTS(0x00000002, "Query Objects", "QueryObjects", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Query Server Information, 0x00000003, KMIP 1.0–2.1. */
    QUERY_SERVER_INFORMATION(0x00000003, "Query Server Information", "QueryServerInformation", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Query Application Namespaces, 0x00000004, KMIP 1.0–2.1. */
    QUERY_APPLICATION_NAMESPACES(0x00000004, "Query Application Namespaces", "QueryApplicationNamespaces", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Query Extension List, 0x00000005, KMIP 1.1–2.1. */
    QUERY_EXTENSION_LIST(0x00000005, "Query Extension List", "QueryExtensionList", "1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Query Extension Map, 0x00000006, KMIP 1.1–2.1. */
    QUERY_EXTENSION_MAP(0x00000006, "Query Extension Map", "QueryExtensionMap", "1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Query Attestation Types, 0x00000007, KMIP 1.2–2.1. */
    QUERY_ATTESTATION_TYPES(0x00000007, "Query Attestation Types", "QueryAttestationTypes", "1.2 1.3 1.4 2.0 2.1"),
    /** Query RNGs, 0x00000008, KMIP 1.3–2.1. */
    QUERY_RNGS(0x00000008, "Query RNGs", "QueryRNGs", "1.3 1.4 2.0 2.1"),
    /** Query Validations, 0x00000009, KMIP 1.3–2.1. */
    QUERY_VALIDATIONS(0x00000009, "Query Validations", "QueryValidations", "1.3 1.4 2.0 2.1"),
    /** Query Profiles, 0x0000000A, KMIP 1.3–2.1. */
    QUERY_PROFILES(0x0000000A, "Query Profiles", "QueryProfiles", "1.3 1.4 2.0 2.1"),
    /** Query Capabilities, 0x0000000B, KMIP 1.3–2.1. */
    QUERY_CAPABILITIES(0x0000000B, "Query Capabilities", "QueryCapabilities", "1.3 1.4 2.0 2.1"),
    /** Query Client Registration Methods, 0x0000000C, KMIP 1.3–2.1. */
    QUERY_CLIENT_REGISTRATION_METHODS(0x0000000C, "Query Client Registration Methods", "QueryClientRegistrationMethods", "1.3 1.4 2.0 2.1"),
    /** Query Defaults Information, 0x0000000D, KMIP 2.0–2.1. */
    QUERY_DEFAULTS_INFORMATION(0x0000000D, "Query Defaults Information", "QueryDefaultsInformation", "2.0 2.1"),
    /** Query Storage Protection Masks, 0x0000000E, KMIP 2.0–2.1. */
    QUERY_STORAGE_PROTECTION_MASKS(0x0000000E, "Query Storage Protection Masks", "QueryStorageProtectionMasks", "2.0 2.1");

    /** The tag that carries this enumeration. */
    public static final int TAG = Tag.QUERY_FUNCTION;

    private static final QueryFunction[] VALUES = values();
    private static final Map<String, QueryFunction> BY_XML_NAME = SpecSupport.byXmlName(VALUES, Map.of());

    private final int value;
    private final String specName;
    private final String xmlName;
    private final int versions;
    private final KmipVersion firstVersion;
    private final KmipVersion lastVersion;
    private final String[] namesByVersion;

    QueryFunction(int value, String specName, String xmlName, String versions, String... renames) {
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
    public static QueryFunction fromValue(int value) {
        return switch (value) {
            case 0x00000001 -> QUERY_OPERATIONS;
            case 0x00000002 -> QUERY_OBJECTS;
            case 0x00000003 -> QUERY_SERVER_INFORMATION;
            case 0x00000004 -> QUERY_APPLICATION_NAMESPACES;
            case 0x00000005 -> QUERY_EXTENSION_LIST;
            case 0x00000006 -> QUERY_EXTENSION_MAP;
            case 0x00000007 -> QUERY_ATTESTATION_TYPES;
            case 0x00000008 -> QUERY_RNGS;
            case 0x00000009 -> QUERY_VALIDATIONS;
            case 0x0000000A -> QUERY_PROFILES;
            case 0x0000000B -> QUERY_CAPABILITIES;
            case 0x0000000C -> QUERY_CLIENT_REGISTRATION_METHODS;
            case 0x0000000D -> QUERY_DEFAULTS_INFORMATION;
            case 0x0000000E -> QUERY_STORAGE_PROTECTION_MASKS;
            default -> null;
        };
    }

    /**
     * The value with this XML/JSON name (e.g. {@code "QueryOperations"}), or {@code null}.
     */
    public static QueryFunction fromXmlName(String xmlName) {
        return xmlName == null ? null : BY_XML_NAME.get(xmlName);
    }
}

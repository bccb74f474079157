// Generated from codec/src/spec/enums/operation.csv by io.kmipserver.codec.spec.generator.SpecGenerator — do not edit.
// Regenerate from the repository root: java codec/src/test/java/io/kmipserver/codec/spec/generator/SpecGenerator.java
package io.kmipserver.codec.spec;

import java.util.Map;

/**
 * Operation enumeration (KMIP 1.0 §9.1.3.2.26; 1.1 §9.1.3.2.27; 1.2 §9.1.3.2.27; 1.3 §9.1.3.2.27; 1.4 §9.1.3.2.27; 2.0 §11.36; 2.1 §11.36).
 * Carried by the tag Operation ({@link Tag#OPERATION}).
 *
 * <p>Values 8XXXXXXX are vendor extensions; {@link #fromValue(int)} returns {@code null} for them.
 *
 * <p>Constant names: see the package documentation.
 */
public enum Operation implements KmipEnum {
    /** Create, 0x00000001, KMIP 1.0–2.1. */
    CREATE(0x00000001, "Create", "Create", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Create Key Pair, 0x00000002, KMIP 1.0–2.1. */
    CREATE_KEY_PAIR(0x00000002, "Create Key Pair", "CreateKeyPair", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Register, 0x00000003, KMIP 1.0–2.1. */
    REGISTER(0x00000003, "Register", "Register", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Re-key, 0x00000004, KMIP 1.0–2.1. */
    RE_KEY(0x00000004, "Re-key", "ReKey", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Derive Key, 0x00000005, KMIP 1.0–2.1. */
    DERIVE_KEY(0x00000005, "Derive Key", "DeriveKey", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Certify, 0x00000006, KMIP 1.0–2.1. */
    CERTIFY(0x00000006, "Certify", "Certify", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Re-certify, 0x00000007, KMIP 1.0–2.1. */
    RE_CERTIFY(0x00000007, "Re-certify", "ReCertify", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Locate, 0x00000008, KMIP 1.0–2.1. */
    LOCATE(0x00000008, "Locate", "Locate", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Check, 0x00000009, KMIP 1.0–2.1. */
    CHECK(0x00000009, "Check", "Check", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Get, 0x0000000A, KMIP 1.0–2.1. */
    GET(0x0000000A, "Get", "Get", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Get Attributes, 0x0000000B, KMIP 1.0–2.1. */
    GET_ATTRIBUTES(0x0000000B, "Get Attributes", "GetAttributes", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Get Attribute List, 0x0000000C, KMIP 1.0–2.1. */
    GET_ATTRIBUTE_LIST(0x0000000C, "Get Attribute List", "GetAttributeList", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Add Attribute, 0x0000000D, KMIP 1.0–2.1. */
    ADD_ATTRIBUTE(0x0000000D, "Add Attribute", "AddAttribute", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Modify Attribute, 0x0000000E, KMIP 1.0–2.1. */
    MODIFY_ATTRIBUTE(0x0000000E, "Modify Attribute", "ModifyAttribute", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Delete Attribute, 0x0000000F, KMIP 1.0–2.1. */
    DELETE_ATTRIBUTE(0x0000000F, "Delete Attribute", "DeleteAttribute", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Obtain Lease, 0x00000010, KMIP 1.0–2.1. */
    OBTAIN_LEASE(0x00000010, "Obtain Lease", "ObtainLease", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Get Usage Allocation, 0x00000011, KMIP 1.0–2.1. */
    GET_USAGE_ALLOCATION(0x00000011, "Get Usage Allocation", "GetUsageAllocation", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Activate, 0x00000012, KMIP 1.0–2.1. */
    ACTIVATE(0x00000012, "Activate", "Activate", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Revoke, 0x00000013, KMIP 1.0–2.1. */
    REVOKE(0x00000013, "Revoke", "Revoke", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Destroy, 0x00000014, KMIP 1.0–2.1. */
    DESTROY(0x00000014, "Destroy", "Destroy", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Archive, 0x00000015, KMIP 1.0–2.1. */
    ARCHIVE(0x00000015, "Archive", "Archive", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Recover, 0x00000016, KMIP 1.0–2.1. */
    RECOVER(0x00000016, "Recover", "Recover", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Validate, 0x00000017, KMIP 1.0–2.1. */
    VALIDATE(0x00000017, "Validate", "Validate", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Query, 0x00000018, KMIP 1.0–2.1. */
    QUERY(0x00000018, "Query", "Query", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Cancel, 0x00000019, KMIP 1.0–2.1. */
    CANCEL(0x00000019, "Cancel", "Cancel", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Poll, 0x0000001A, KMIP 1.0–2.1. */
    POLL(0x0000001A, "Poll", "Poll", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Notify, 0x0000001B, KMIP 1.0–2.1. */
    NOTIFY(0x0000001B, "Notify", "Notify", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Put, 0x0000001C, KMIP 1.0–2.1. */
    PUT(0x0000001C, "Put", "Put", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Re-key Key Pair, 0x0000001D, KMIP 1.1–2.1. */
    RE_KEY_KEY_PAIR(0x0000001D, "Re-key Key Pair", "ReKeyKeyPair", "1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Discover Versions, 0x0000001E, KMIP 1.1–2.1. */
    DISCOVER_VERSIONS(0x0000001E, "Discover Versions", "DiscoverVersions", "1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Encrypt, 0x0000001F, KMIP 1.2–2.1. */
    ENCRYPT(0x0000001F, "Encrypt", "Encrypt", "1.2 1.3 1.4 2.0 2.1"),
    /** Decrypt, 0x00000020, KMIP 1.2–2.1. */
    DECRYPT(0x00000020, "Decrypt", "Decrypt", "1.2 1.3 1.4 2.0 2.1"),
    /** Sign, 0x00000021, KMIP 1.2–2.1. */
    SIGN(0x00000021, "Sign", "Sign", "1.2 1.3 1.4 2.0 2.1"),
    /** Signature Verify, 0x00000022, KMIP 1.2–2.1. */
    SIGNATURE_VERIFY(0x00000022, "Signature Verify", "SignatureVerify", "1.2 1.3 1.4 2.0 2.1"),
    /** MAC, 0x00000023, KMIP 1.2–2.1. */
    MAC(0x00000023, "MAC", "MAC", "1.2 1.3 1.4 2.0 2.1"),
    /** MAC Verify, 0x00000024, KMIP 1.2–2.1. */
    MAC_VERIFY(0x00000024, "MAC Verify", "MACVerify", "1.2 1.3 1.4 2.0 2.1"),
    /** RNG Retrieve, 0x00000025, KMIP 1.2–2.1. */
    RNG_RETRIEVE(0x00000025, "RNG Retrieve", "RNGRetrieve", "1.2 1.3 1.4 2.0 2.1"),
    /** RNG Seed, 0x00000026, KMIP 1.2–2.1. */
    RNG_SEED(0x00000026, "RNG Seed", "RNGSeed", "1.2 1.3 1.4 2.0 2.1"),
    /** Hash, 0x00000027, KMIP 1.2–2.1. */
    HASH(0x00000027, "Hash", "Hash", "1.2 1.3 1.4 2.0 2.1"),
    /** Create Split Key, 0x00000028, KMIP 1.2–2.1. */
    CREATE_SPLIT_KEY(0x00000028, "Create Split Key", "CreateSplitKey", "1.2 1.3 1.4 2.0 2.1"),
    /** Join Split Key, 0x00000029, KMIP 1.2–2.1. */
    JOIN_SPLIT_KEY(0x00000029, "Join Split Key", "JoinSplitKey", "1.2 1.3 1.4 2.0 2.1"),
    /** Import, 0x0000002A, KMIP 1.4–2.1. */
    IMPORT(0x0000002A, "Import", "Import", "1.4 2.0 2.1"),
    /** Export, 0x0000002B, KMIP 1.4–2.1. */
    EXPORT(0x0000002B, "Export", "Export", "1.4 2.0 2.1"),
    /** Log, 0x0000002C, KMIP 2.0–2.1. */
    LOG(0x0000002C, "Log", "Log", "2.0 2.1"),
    /** Login, 0x0000002D, KMIP 2.0–2.1. */
    LOGIN(0x0000002D, "Login", "Login", "2.0 2.1"),
    /** Logout, 0x0000002E, KMIP 2.0–2.1. */
    LOGOUT(0x0000002E, "Logout", "Logout", "2.0 2.1"),
    /** Delegated Login, 0x0000002F, KMIP 2.0–2.1. */
    DELEGATED_LOGIN(0x0000002F, "Delegated Login", "DelegatedLogin", "2.0 2.1"),
    /** Adjust Attribute, 0x00000030, KMIP 2.0–2.1. */
    ADJUST_ATTRIBUTE(0x00000030, "Adjust Attribute", "AdjustAttribute", "2.0 2.1"),
    /** Set Attribute, 0x00000031, KMIP 2.0–2.1. */
    SET_ATTRIBUTE(0x00000031, "Set Attribute", "SetAttribute", "2.0 2.1"),
    /** Set Endpoint Role, 0x00000032, KMIP 2.0–2.1. */
    SET_ENDPOINT_ROLE(0x00000032, "Set Endpoint Role", "SetEndpointRole", "2.0 2.1"),
    /** PKCS#11, 0x00000033, KMIP 2.0–2.1. */
    PKCS_11(0x00000033, "PKCS#11", "PKCS_11", "2.0 2.1"),
    /** Interop, 0x00000034, KMIP 2.0–2.1. */
    INTEROP(0x00000034, "Interop", "Interop", "2.0 2.1"),
    /** Re-Provision, 0x00000035, KMIP 2.0–2.1. */
    RE_PROVISION(0x00000035, "Re-Provision", "ReProvision", "2.0 2.1"),
    /** Set Defaults, 0x00000036, KMIP 2.1. */
    SET_DEFAULTS(0x00000036, "Set Defaults", "SetDefaults", "2.1"),
    /** Set Constraints, 0x00000037, KMIP 2.1. */
    SET_CONSTRAINTS(0x00000037, "Set Constraints", "SetConstraints", "2.1"),
    /** Get Constraints, 0x00000038, KMIP 2.1. */
    GET_CONSTRAINTS(0x00000038, "Get Constraints", "GetConstraints", "2.1"),
    /** Query Asynchronous Requests, 0x00000039, KMIP 2.1. */
    QUERY_ASYNCHRONOUS_REQUESTS(0x00000039, "Query Asynchronous Requests", "QueryAsynchronousRequests", "2.1"),
    /** Process, 0x0000003A, KMIP 2.1. */
    PROCESS(0x0000003A, "Process", "Process", "2.1"),
    /** Ping, 0x0000003B, KMIP 2.1. */
    PING(0x0000003B, "Ping", "Ping", "2.1");

    /** The tag that carries this enumeration. */
    public static final int TAG = Tag.OPERATION;

    private static final Operation[] VALUES = values();
    private static final Map<String, Operation> BY_XML_NAME = SpecSupport.byXmlName(VALUES, Map.of());

    private final int value;
    private final String specName;
    private final String xmlName;
    private final int versions;
    private final KmipVersion firstVersion;
    private final KmipVersion lastVersion;
    private final String[] namesByVersion;

    Operation(int value, String specName, String xmlName, String versions, String... renames) {
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
    public static Operation fromValue(int value) {
        return switch (value) {
            case 0x00000001 -> CREATE;
            case 0x00000002 -> CREATE_KEY_PAIR;
            case 0x00000003 -> REGISTER;
            case 0x00000004 -> RE_KEY;
            case 0x00000005 -> DERIVE_KEY;
            case 0x00000006 -> CERTIFY;
            case 0x00000007 -> RE_CERTIFY;
            case 0x00000008 -> LOCATE;
            case 0x00000009 -> CHECK;
            case 0x0000000A -> GET;
            case 0x0000000B -> GET_ATTRIBUTES;
            case 0x0000000C -> GET_ATTRIBUTE_LIST;
            case 0x0000000D -> ADD_ATTRIBUTE;
            case 0x0000000E -> MODIFY_ATTRIBUTE;
            case 0x0000000F -> DELETE_ATTRIBUTE;
            case 0x00000010 -> OBTAIN_LEASE;
            case 0x00000011 -> GET_USAGE_ALLOCATION;
            case 0x00000012 -> ACTIVATE;
            case 0x00000013 -> REVOKE;
            case 0x00000014 -> DESTROY;
            case 0x00000015 -> ARCHIVE;
            case 0x00000016 -> RECOVER;
            case 0x00000017 -> VALIDATE;
            case 0x00000018 -> QUERY;
            case 0x00000019 -> CANCEL;
            case 0x0000001A -> POLL;
            case 0x0000001B -> NOTIFY;
            case 0x0000001C -> PUT;
            case 0x0000001D -> RE_KEY_KEY_PAIR;
            case 0x0000001E -> DISCOVER_VERSIONS;
            case 0x0000001F -> ENCRYPT;
            case 0x00000020 -> DECRYPT;
            case 0x00000021 -> SIGN;
            case 0x00000022 -> SIGNATURE_VERIFY;
            case 0x00000023 -> MAC;
            case 0x00000024 -> MAC_VERIFY;
            case 0x00000025 -> RNG_RETRIEVE;
            case 0x00000026 -> RNG_SEED;
            case 0x00000027 -> HASH;
            case 0x00000028 -> CREATE_SPLIT_KEY;
            case 0x00000029 -> JOIN_SPLIT_KEY;
            case 0x0000002A -> IMPORT;
            case 0x0000002B -> EXPORT;
            case 0x0000002C -> LOG;
            case 0x0000002D -> LOGIN;
            case 0x0000002E -> LOGOUT;
            case 0x0000002F -> DELEGATED_LOGIN;
            case 0x00000030 -> ADJUST_ATTRIBUTE;
            case 0x00000031 -> SET_ATTRIBUTE;
            case 0x00000032 -> SET_ENDPOINT_ROLE;
            case 0x00000033 -> PKCS_11;
            case 0x00000034 -> INTEROP;
            case 0x00000035 -> RE_PROVISION;
            case 0x00000036 -> SET_DEFAULTS;
            case 0x00000037 -> SET_CONSTRAINTS;
            case 0x00000038 -> GET_CONSTRAINTS;
            case 0x00000039 -> QUERY_ASYNCHRONOUS_REQUESTS;
            case 0x0000003A -> PROCESS;
            case 0x0000003B -> PING;
            default -> null;
        };
    }

    /**
     * The value with this XML/JSON name (e.g. {@code "Create"}), or {@code null}.
     */
    public static Operation fromXmlName(String xmlName) {
        return xmlName == null ? null : BY_XML_NAME.get(xmlName);
    }
}

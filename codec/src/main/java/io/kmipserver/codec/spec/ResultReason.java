// Generated from codec/src/spec/enums/result-reason.csv by io.kmipserver.codec.spec.generator.SpecGenerator — do not edit.
// Regenerate from the repository root: java codec/src/test/java/io/kmipserver/codec/spec/generator/SpecGenerator.java
package io.kmipserver.codec.spec;

import java.util.Map;

/**
 * Result Reason enumeration (KMIP 1.0 §9.1.3.2.28; 1.1 §9.1.3.2.29; 1.2 §9.1.3.2.29; 1.3 §9.1.3.2.29; 1.4 §9.1.3.2.29; 2.0 §11.45; 2.1 §11.46).
 * Carried by the tag Result Reason ({@link Tag#RESULT_REASON}).
 *
 * <p>Values 8XXXXXXX are vendor extensions; {@link #fromValue(int)} returns {@code null} for them.
 *
 * <p>Constant names: see the package documentation.
 */
public enum ResultReason implements KmipEnum {
    /** Item Not Found, 0x00000001, KMIP 1.0–2.1. */
    ITEM_NOT_FOUND(0x00000001, "Item Not Found", "ItemNotFound", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Response Too Large, 0x00000002, KMIP 1.0–2.1. */
    RESPONSE_TOO_LARGE(0x00000002, "Response Too Large", "ResponseTooLarge", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Authentication Not Successful, 0x00000003, KMIP 1.0–2.1. */
    AUTHENTICATION_NOT_SUCCESSFUL(0x00000003, "Authentication Not Successful", "AuthenticationNotSuccessful", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Invalid Message, 0x00000004, KMIP 1.0–2.1. */
    INVALID_MESSAGE(0x00000004, "Invalid Message", "InvalidMessage", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Operation Not Supported, 0x00000005, KMIP 1.0–2.1. */
    OPERATION_NOT_SUPPORTED(0x00000005, "Operation Not Supported", "OperationNotSupported", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Missing Data, 0x00000006, KMIP 1.0–2.1. */
    MISSING_DATA(0x00000006, "Missing Data", "MissingData", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Invalid Field, 0x00000007, KMIP 1.0–2.1. */
    INVALID_FIELD(0x00000007, "Invalid Field", "InvalidField", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Feature Not Supported, 0x00000008, KMIP 1.0–2.1. */
    FEATURE_NOT_SUPPORTED(0x00000008, "Feature Not Supported", "FeatureNotSupported", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Operation Canceled By Requester, 0x00000009, KMIP 1.0–2.1. */
    OPERATION_CANCELED_BY_REQUESTER(0x00000009, "Operation Canceled By Requester", "OperationCanceledByRequester", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Cryptographic Failure, 0x0000000A, KMIP 1.0–2.1. */
    CRYPTOGRAPHIC_FAILURE(0x0000000A, "Cryptographic Failure", "CryptographicFailure", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Illegal Operation, 0x0000000B, KMIP 1.0–1.4. (Reserved)/removed from KMIP 2.0. */
    ILLEGAL_OPERATION(0x0000000B, "Illegal Operation", "IllegalOperation", "1.0 1.1 1.2 1.3 1.4"),
    /** Permission Denied, 0x0000000C, KMIP 1.0–2.1. */
    PERMISSION_DENIED(0x0000000C, "Permission Denied", "PermissionDenied", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Object Archived, 0x0000000D, KMIP 1.0–2.1. Printed as "Object archived" in 1.0-1.4. */
    OBJECT_ARCHIVED(0x0000000D, "Object Archived", "ObjectArchived", "1.0 1.1 1.2 1.3 1.4 2.0 2.1", "1.0-1.4", "Object archived"),
    /** Index Out of Bounds, 0x0000000E, KMIP 1.0–1.4. (Reserved)/removed from KMIP 2.0. */
    INDEX_OUT_OF_BOUNDS(0x0000000E, "Index Out of Bounds", "IndexOutOfBounds", "1.0 1.1 1.2 1.3 1.4"),
    /** Application Namespace Not Supported, 0x0000000F, KMIP 1.0–2.1. */
    APPLICATION_NAMESPACE_NOT_SUPPORTED(0x0000000F, "Application Namespace Not Supported", "ApplicationNamespaceNotSupported", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Key Format Type Not Supported, 0x00000010, KMIP 1.0–2.1. */
    KEY_FORMAT_TYPE_NOT_SUPPORTED(0x00000010, "Key Format Type Not Supported", "KeyFormatTypeNotSupported", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Key Compression Type Not Supported, 0x00000011, KMIP 1.0–2.1. */
    KEY_COMPRESSION_TYPE_NOT_SUPPORTED(0x00000011, "Key Compression Type Not Supported", "KeyCompressionTypeNotSupported", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Encoding Option Error, 0x00000012, KMIP 1.1–2.1. */
    ENCODING_OPTION_ERROR(0x00000012, "Encoding Option Error", "EncodingOptionError", "1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Key Value Not Present, 0x00000013, KMIP 1.2–2.1. */
    KEY_VALUE_NOT_PRESENT(0x00000013, "Key Value Not Present", "KeyValueNotPresent", "1.2 1.3 1.4 2.0 2.1"),
    /** Attestation Required, 0x00000014, KMIP 1.2–2.1. */
    ATTESTATION_REQUIRED(0x00000014, "Attestation Required", "AttestationRequired", "1.2 1.3 1.4 2.0 2.1"),
    /** Attestation Failed, 0x00000015, KMIP 1.2–2.1. */
    ATTESTATION_FAILED(0x00000015, "Attestation Failed", "AttestationFailed", "1.2 1.3 1.4 2.0 2.1"),
    /** Sensitive, 0x00000016, KMIP 1.4–2.1. */
    SENSITIVE(0x00000016, "Sensitive", "Sensitive", "1.4 2.0 2.1"),
    /** Not Extractable, 0x00000017, KMIP 1.4–2.1. */
    NOT_EXTRACTABLE(0x00000017, "Not Extractable", "NotExtractable", "1.4 2.0 2.1"),
    /** Object Already Exists, 0x00000018, KMIP 1.4–2.1. */
    OBJECT_ALREADY_EXISTS(0x00000018, "Object Already Exists", "ObjectAlreadyExists", "1.4 2.0 2.1"),
    /** Invalid Ticket, 0x00000019, KMIP 2.0–2.1. */
    INVALID_TICKET(0x00000019, "Invalid Ticket", "InvalidTicket", "2.0 2.1"),
    /** Usage Limit Exceeded, 0x0000001A, KMIP 2.0–2.1. */
    USAGE_LIMIT_EXCEEDED(0x0000001A, "Usage Limit Exceeded", "UsageLimitExceeded", "2.0 2.1"),
    /** Numeric Range, 0x0000001B, KMIP 2.0–2.1. */
    NUMERIC_RANGE(0x0000001B, "Numeric Range", "NumericRange", "2.0 2.1"),
    /** Invalid Data Type, 0x0000001C, KMIP 2.0–2.1. */
    INVALID_DATA_TYPE(0x0000001C, "Invalid Data Type", "InvalidDataType", "2.0 2.1"),
    /** Read Only Attribute, 0x0000001D, KMIP 2.0–2.1. */
    READ_ONLY_ATTRIBUTE(0x0000001D, "Read Only Attribute", "ReadOnlyAttribute", "2.0 2.1"),
    /** Multi Valued Attribute, 0x0000001E, KMIP 2.0–2.1. */
    MULTI_VALUED_ATTRIBUTE(0x0000001E, "Multi Valued Attribute", "MultiValuedAttribute", "2.0 2.1"),
    /** Unsupported Attribute, 0x0000001F, KMIP 2.0–2.1. */
    UNSUPPORTED_ATTRIBUTE(0x0000001F, "Unsupported Attribute", "UnsupportedAttribute", "2.0 2.1"),
    /** Attribute Instance Not Found, 0x00000020, KMIP 2.0–2.1. */
    ATTRIBUTE_INSTANCE_NOT_FOUND(0x00000020, "Attribute Instance Not Found", "AttributeInstanceNotFound", "2.0 2.1"),
    /** Attribute Not Found, 0x00000021, KMIP 2.0–2.1. */
    ATTRIBUTE_NOT_FOUND(0x00000021, "Attribute Not Found", "AttributeNotFound", "2.0 2.1"),
    /** Attribute Read Only, 0x00000022, KMIP 2.0–2.1. */
    ATTRIBUTE_READ_ONLY(0x00000022, "Attribute Read Only", "AttributeReadOnly", "2.0 2.1"),
    /** Attribute Single Valued, 0x00000023, KMIP 2.0–2.1. */
    ATTRIBUTE_SINGLE_VALUED(0x00000023, "Attribute Single Valued", "AttributeSingleValued", "2.0 2.1"),
    /** Bad Cryptographic Parameters, 0x00000024, KMIP 2.0–2.1. */
    BAD_CRYPTOGRAPHIC_PARAMETERS(0x00000024, "Bad Cryptographic Parameters", "BadCryptographicParameters", "2.0 2.1"),
    /** Bad Password, 0x00000025, KMIP 2.0–2.1. */
    BAD_PASSWORD(0x00000025, "Bad Password", "BadPassword", "2.0 2.1"),
    /** Codec Error, 0x00000026, KMIP 2.0–2.1. */
    CODEC_ERROR(0x00000026, "Codec Error", "CodecError", "2.0 2.1"),
    /** Illegal Object Type, 0x00000028, KMIP 2.0–2.1. */
    ILLEGAL_OBJECT_TYPE(0x00000028, "Illegal Object Type", "IllegalObjectType", "2.0 2.1"),
    /** Incompatible Cryptographic Usage Mask, 0x00000029, KMIP 2.0–2.1. */
    INCOMPATIBLE_CRYPTOGRAPHIC_USAGE_MASK(0x00000029, "Incompatible Cryptographic Usage Mask", "IncompatibleCryptographicUsageMask", "2.0 2.1"),
    /** Internal Server Error, 0x0000002A, KMIP 2.0–2.1. */
    INTERNAL_SERVER_ERROR(0x0000002A, "Internal Server Error", "InternalServerError", "2.0 2.1"),
    /** Invalid Asynchronous Correlation Value, 0x0000002B, KMIP 2.0–2.1. */
    INVALID_ASYNCHRONOUS_CORRELATION_VALUE(0x0000002B, "Invalid Asynchronous Correlation Value", "InvalidAsynchronousCorrelationValue", "2.0 2.1"),
    /** Invalid Attribute, 0x0000002C, KMIP 2.0–2.1. */
    INVALID_ATTRIBUTE(0x0000002C, "Invalid Attribute", "InvalidAttribute", "2.0 2.1"),
    /** Invalid Attribute Value, 0x0000002D, KMIP 2.0–2.1. */
    INVALID_ATTRIBUTE_VALUE(0x0000002D, "Invalid Attribute Value", "InvalidAttributeValue", "2.0 2.1"),
    /** Invalid Correlation Value, 0x0000002E, KMIP 2.0–2.1. */
    INVALID_CORRELATION_VALUE(0x0000002E, "Invalid Correlation Value", "InvalidCorrelationValue", "2.0 2.1"),
    /** Invalid CSR, 0x0000002F, KMIP 2.0–2.1. */
    INVALID_CSR(0x0000002F, "Invalid CSR", "InvalidCSR", "2.0 2.1"),
    /** Invalid Object Type, 0x00000030, KMIP 2.0–2.1. */
    INVALID_OBJECT_TYPE(0x00000030, "Invalid Object Type", "InvalidObjectType", "2.0 2.1"),
    /** Key Wrap Type Not Supported, 0x00000032, KMIP 2.0–2.1. */
    KEY_WRAP_TYPE_NOT_SUPPORTED(0x00000032, "Key Wrap Type Not Supported", "KeyWrapTypeNotSupported", "2.0 2.1"),
    /** Missing Initialization Vector, 0x00000034, KMIP 2.0–2.1. */
    MISSING_INITIALIZATION_VECTOR(0x00000034, "Missing Initialization Vector", "MissingInitializationVector", "2.0 2.1"),
    /** Non Unique Name Attribute, 0x00000035, KMIP 2.0–2.1. */
    NON_UNIQUE_NAME_ATTRIBUTE(0x00000035, "Non Unique Name Attribute", "NonUniqueNameAttribute", "2.0 2.1"),
    /** Object Destroyed, 0x00000036, KMIP 2.0–2.1. */
    OBJECT_DESTROYED(0x00000036, "Object Destroyed", "ObjectDestroyed", "2.0 2.1"),
    /** Object Not Found, 0x00000037, KMIP 2.0–2.1. */
    OBJECT_NOT_FOUND(0x00000037, "Object Not Found", "ObjectNotFound", "2.0 2.1"),
    /** Not Authorised, 0x00000039, KMIP 2.0–2.1. OASIS XML test case TC-DLOGIN-2-20 and kmip-go spell it "NotAuthorized". */
    NOT_AUTHORISED(0x00000039, "Not Authorised", "NotAuthorised", "2.0 2.1"),
    /** Server Limit Exceeded, 0x0000003A, KMIP 2.0–2.1. */
    SERVER_LIMIT_EXCEEDED(0x0000003A, "Server Limit Exceeded", "ServerLimitExceeded", "2.0 2.1"),
    /** Unknown Enumeration, 0x0000003B, KMIP 2.0–2.1. */
    UNKNOWN_ENUMERATION(0x0000003B, "Unknown Enumeration", "UnknownEnumeration", "2.0 2.1"),
    /** Unknown Message Extension, 0x0000003C, KMIP 2.0–2.1. */
    UNKNOWN_MESSAGE_EXTENSION(0x0000003C, "Unknown Message Extension", "UnknownMessageExtension", "2.0 2.1"),
    /** Unknown Tag, 0x0000003D, KMIP 2.0–2.1. */
    UNKNOWN_TAG(0x0000003D, "Unknown Tag", "UnknownTag", "2.0 2.1"),
    /** Unsupported Cryptographic Parameters, 0x0000003E, KMIP 2.0–2.1. */
    UNSUPPORTED_CRYPTOGRAPHIC_PARAMETERS(0x0000003E, "Unsupported Cryptographic Parameters", "UnsupportedCryptographicParameters", "2.0 2.1"),
    /** Unsupported Protocol Version, 0x0000003F, KMIP 2.0–2.1. */
    UNSUPPORTED_PROTOCOL_VERSION(0x0000003F, "Unsupported Protocol Version", "UnsupportedProtocolVersion", "2.0 2.1"),
    /** Wrapping Object Archived, 0x00000040, KMIP 2.0–2.1. */
    WRAPPING_OBJECT_ARCHIVED(0x00000040, "Wrapping Object Archived", "WrappingObjectArchived", "2.0 2.1"),
    /** Wrapping Object Destroyed, 0x00000041, KMIP 2.0–2.1. */
    WRAPPING_OBJECT_DESTROYED(0x00000041, "Wrapping Object Destroyed", "WrappingObjectDestroyed", "2.0 2.1"),
    /** Wrapping Object Not Found, 0x00000042, KMIP 2.0–2.1. */
    WRAPPING_OBJECT_NOT_FOUND(0x00000042, "Wrapping Object Not Found", "WrappingObjectNotFound", "2.0 2.1"),
    /** Wrong Key Lifecycle State, 0x00000043, KMIP 2.0–2.1. */
    WRONG_KEY_LIFECYCLE_STATE(0x00000043, "Wrong Key Lifecycle State", "WrongKeyLifecycleState", "2.0 2.1"),
    /** Protection Storage Unavailable, 0x00000044, KMIP 2.0–2.1. */
    PROTECTION_STORAGE_UNAVAILABLE(0x00000044, "Protection Storage Unavailable", "ProtectionStorageUnavailable", "2.0 2.1"),
    /** PKCS#11 Codec Error, 0x00000045, KMIP 2.0–2.1. */
    PKCS_11_CODEC_ERROR(0x00000045, "PKCS#11 Codec Error", "PKCS_11CodecError", "2.0 2.1"),
    /** PKCS#11 Invalid Function, 0x00000046, KMIP 2.0–2.1. */
    PKCS_11_INVALID_FUNCTION(0x00000046, "PKCS#11 Invalid Function", "PKCS_11InvalidFunction", "2.0 2.1"),
    /** PKCS#11 Invalid Interface, 0x00000047, KMIP 2.0–2.1. */
    PKCS_11_INVALID_INTERFACE(0x00000047, "PKCS#11 Invalid Interface", "PKCS_11InvalidInterface", "2.0 2.1"),
    /** Private Protection Storage Unavailable, 0x00000048, KMIP 2.0–2.1. */
    PRIVATE_PROTECTION_STORAGE_UNAVAILABLE(0x00000048, "Private Protection Storage Unavailable", "PrivateProtectionStorageUnavailable", "2.0 2.1"),
    /** Public Protection Storage Unavailable, 0x00000049, KMIP 2.0–2.1. */
    PUBLIC_PROTECTION_STORAGE_UNAVAILABLE(0x00000049, "Public Protection Storage Unavailable", "PublicProtectionStorageUnavailable", "2.0 2.1"),
    /** Unknown Object Group, 0x0000004A, KMIP 2.1. */
    UNKNOWN_OBJECT_GROUP(0x0000004A, "Unknown Object Group", "UnknownObjectGroup", "2.1"),
    /** Constraint Violation, 0x0000004B, KMIP 2.1. */
    CONSTRAINT_VIOLATION(0x0000004B, "Constraint Violation", "ConstraintViolation", "2.1"),
    /** Duplicate Process Request, 0x0000004C, KMIP 2.1. */
    DUPLICATE_PROCESS_REQUEST(0x0000004C, "Duplicate Process Request", "DuplicateProcessRequest", "2.1"),
    /** General Failure, 0x00000100, KMIP 1.0–2.1. */
    GENERAL_FAILURE(0x00000100, "General Failure", "GeneralFailure", "1.0 1.1 1.2 1.3 1.4 2.0 2.1");

    /** The tag that carries this enumeration. */
    public static final int TAG = Tag.RESULT_REASON;

    private static final ResultReason[] VALUES = values();
    private static final Map<String, ResultReason> BY_XML_NAME = SpecSupport.byXmlName(VALUES, Map.of("NotAuthorized", NOT_AUTHORISED));

    private final int value;
    private final String specName;
    private final String xmlName;
    private final int versions;
    private final KmipVersion firstVersion;
    private final KmipVersion lastVersion;
    private final String[] namesByVersion;

    ResultReason(int value, String specName, String xmlName, String versions, String... renames) {
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
    public static ResultReason fromValue(int value) {
        return switch (value) {
            case 0x00000001 -> ITEM_NOT_FOUND;
            case 0x00000002 -> RESPONSE_TOO_LARGE;
            case 0x00000003 -> AUTHENTICATION_NOT_SUCCESSFUL;
            case 0x00000004 -> INVALID_MESSAGE;
            case 0x00000005 -> OPERATION_NOT_SUPPORTED;
            case 0x00000006 -> MISSING_DATA;
            case 0x00000007 -> INVALID_FIELD;
            case 0x00000008 -> FEATURE_NOT_SUPPORTED;
            case 0x00000009 -> OPERATION_CANCELED_BY_REQUESTER;
            case 0x0000000A -> CRYPTOGRAPHIC_FAILURE;
            case 0x0000000B -> ILLEGAL_OPERATION;
            case 0x0000000C -> PERMISSION_DENIED;
            case 0x0000000D -> OBJECT_ARCHIVED;
            case 0x0000000E -> INDEX_OUT_OF_BOUNDS;
            case 0x0000000F -> APPLICATION_NAMESPACE_NOT_SUPPORTED;
            case 0x00000010 -> KEY_FORMAT_TYPE_NOT_SUPPORTED;
            case 0x00000011 -> KEY_COMPRESSION_TYPE_NOT_SUPPORTED;
            case 0x00000012 -> ENCODING_OPTION_ERROR;
            case 0x00000013 -> KEY_VALUE_NOT_PRESENT;
            case 0x00000014 -> ATTESTATION_REQUIRED;
            case 0x00000015 -> ATTESTATION_FAILED;
            case 0x00000016 -> SENSITIVE;
            case 0x00000017 -> NOT_EXTRACTABLE;
            case 0x00000018 -> OBJECT_ALREADY_EXISTS;
            case 0x00000019 -> INVALID_TICKET;
            case 0x0000001A -> USAGE_LIMIT_EXCEEDED;
            case 0x0000001B -> NUMERIC_RANGE;
            case 0x0000001C -> INVALID_DATA_TYPE;
            case 0x0000001D -> READ_ONLY_ATTRIBUTE;
            case 0x0000001E -> MULTI_VALUED_ATTRIBUTE;
            case 0x0000001F -> UNSUPPORTED_ATTRIBUTE;
            case 0x00000020 -> ATTRIBUTE_INSTANCE_NOT_FOUND;
            case 0x00000021 -> ATTRIBUTE_NOT_FOUND;
            case 0x00000022 -> ATTRIBUTE_READ_ONLY;
            case 0x00000023 -> ATTRIBUTE_SINGLE_VALUED;
            case 0x00000024 -> BAD_CRYPTOGRAPHIC_PARAMETERS;
            case 0x00000025 -> BAD_PASSWORD;
            case 0x00000026 -> CODEC_ERROR;
            case 0x00000028 -> ILLEGAL_OBJECT_TYPE;
            case 0x00000029 -> INCOMPATIBLE_CRYPTOGRAPHIC_USAGE_MASK;
            case 0x0000002A -> INTERNAL_SERVER_ERROR;
            case 0x0000002B -> INVALID_ASYNCHRONOUS_CORRELATION_VALUE;
            case 0x0000002C -> INVALID_ATTRIBUTE;
            case 0x0000002D -> INVALID_ATTRIBUTE_VALUE;
            case 0x0000002E -> INVALID_CORRELATION_VALUE;
            case 0x0000002F -> INVALID_CSR;
            case 0x00000030 -> INVALID_OBJECT_TYPE;
            case 0x00000032 -> KEY_WRAP_TYPE_NOT_SUPPORTED;
            case 0x00000034 -> MISSING_INITIALIZATION_VECTOR;
            case 0x00000035 -> NON_UNIQUE_NAME_ATTRIBUTE;
            case 0x00000036 -> OBJECT_DESTROYED;
            case 0x00000037 -> OBJECT_NOT_FOUND;
            case 0x00000039 -> NOT_AUTHORISED;
            case 0x0000003A -> SERVER_LIMIT_EXCEEDED;
            case 0x0000003B -> UNKNOWN_ENUMERATION;
            case 0x0000003C -> UNKNOWN_MESSAGE_EXTENSION;
            case 0x0000003D -> UNKNOWN_TAG;
            case 0x0000003E -> UNSUPPORTED_CRYPTOGRAPHIC_PARAMETERS;
            case 0x0000003F -> UNSUPPORTED_PROTOCOL_VERSION;
            case 0x00000040 -> WRAPPING_OBJECT_ARCHIVED;
            case 0x00000041 -> WRAPPING_OBJECT_DESTROYED;
            case 0x00000042 -> WRAPPING_OBJECT_NOT_FOUND;
            case 0x00000043 -> WRONG_KEY_LIFECYCLE_STATE;
            case 0x00000044 -> PROTECTION_STORAGE_UNAVAILABLE;
            case 0x00000045 -> PKCS_11_CODEC_ERROR;
            case 0x00000046 -> PKCS_11_INVALID_FUNCTION;
            case 0x00000047 -> PKCS_11_INVALID_INTERFACE;
            case 0x00000048 -> PRIVATE_PROTECTION_STORAGE_UNAVAILABLE;
            case 0x00000049 -> PUBLIC_PROTECTION_STORAGE_UNAVAILABLE;
            case 0x0000004A -> UNKNOWN_OBJECT_GROUP;
            case 0x0000004B -> CONSTRAINT_VIOLATION;
            case 0x0000004C -> DUPLICATE_PROCESS_REQUEST;
            case 0x00000100 -> GENERAL_FAILURE;
            default -> null;
        };
    }

    /**
     * The value with this XML/JSON name (e.g. {@code "ItemNotFound"}), or {@code null}. Also accepts the
     * spellings the OASIS test cases use: {@code NotAuthorized} for {@link #NOT_AUTHORISED}.
     */
    public static ResultReason fromXmlName(String xmlName) {
        return xmlName == null ? null : BY_XML_NAME.get(xmlName);
    }
}

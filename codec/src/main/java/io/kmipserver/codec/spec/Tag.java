// Generated from codec/src/spec/tags.csv by io.kmipserver.codec.spec.generator.SpecGenerator — do not edit.
// Regenerate from the repository root: java codec/src/test/java/io/kmipserver/codec/spec/generator/SpecGenerator.java
package io.kmipserver.codec.spec;

/**
 * The tag numbers KMIP 1.0–2.1 define (KMIP 1.4 §9.1.3.1, 2.0 §11.54, 2.1 §11.56), one
 * constant per row of {@code codec/src/spec/tags.csv}. Type, versions and XML name of each tag:
 * {@link TagRegistry}.
 *
 * <p>Constant names follow the naming rule of the package documentation, e.g.
 * Template-Attribute → {@code TEMPLATE_ATTRIBUTE}, X.509 Certificate Identifier →
 * {@code X_509_CERTIFICATE_IDENTIFIER}, PKCS#12 Friendly Name → {@code PKCS_12_FRIENDLY_NAME}.
 */
public final class Tag {

    /** Activation Date, Date-Time, KMIP 1.0–2.1. */
    public static final int ACTIVATION_DATE = 0x420001;
    /** Application Data, Text String, KMIP 1.0–2.1. */
    public static final int APPLICATION_DATA = 0x420002;
    /** Application Namespace, Text String, KMIP 1.0–2.1. */
    public static final int APPLICATION_NAMESPACE = 0x420003;
    /** Application Specific Information, Structure, KMIP 1.0–2.1. */
    public static final int APPLICATION_SPECIFIC_INFORMATION = 0x420004;
    /** Archive Date, Date-Time, KMIP 1.0–2.1. */
    public static final int ARCHIVE_DATE = 0x420005;
    /** Asynchronous Correlation Value, Byte String, KMIP 1.0–2.1. */
    public static final int ASYNCHRONOUS_CORRELATION_VALUE = 0x420006;
    /** Asynchronous Indicator, Enumeration, KMIP 1.0–2.1. */
    public static final int ASYNCHRONOUS_INDICATOR = 0x420007;
    /** Attribute, Structure, KMIP 1.0–2.1. */
    public static final int ATTRIBUTE = 0x420008;
    /** Attribute Index, Integer, KMIP 1.0–1.4. (Reserved) from KMIP 2.0. */
    public static final int ATTRIBUTE_INDEX = 0x420009;
    /** Attribute Name, Text String, KMIP 1.0–2.1. */
    public static final int ATTRIBUTE_NAME = 0x42000A;
    /** Attribute Value, Varies, KMIP 1.0–2.1. */
    public static final int ATTRIBUTE_VALUE = 0x42000B;
    /** Authentication, Structure, KMIP 1.0–2.1. */
    public static final int AUTHENTICATION = 0x42000C;
    /** Batch Count, Integer, KMIP 1.0–2.1. */
    public static final int BATCH_COUNT = 0x42000D;
    /** Batch Error Continuation Option, Enumeration, KMIP 1.0–2.1. */
    public static final int BATCH_ERROR_CONTINUATION_OPTION = 0x42000E;
    /** Batch Item, Structure, KMIP 1.0–2.1. */
    public static final int BATCH_ITEM = 0x42000F;
    /** Batch Order Option, Boolean, KMIP 1.0–2.1. */
    public static final int BATCH_ORDER_OPTION = 0x420010;
    /** Block Cipher Mode, Enumeration, KMIP 1.0–2.1. */
    public static final int BLOCK_CIPHER_MODE = 0x420011;
    /** Cancellation Result, Enumeration, KMIP 1.0–2.1. */
    public static final int CANCELLATION_RESULT = 0x420012;
    /** Certificate, Structure, KMIP 1.0–2.1. */
    public static final int CERTIFICATE = 0x420013;
    /** Certificate Identifier, Structure, KMIP 1.0–1.4. Deprecated as of version 1.1 / (Reserved) from KMIP 2.0. */
    public static final int CERTIFICATE_IDENTIFIER = 0x420014;
    /** Certificate Issuer, Structure, KMIP 1.0–1.4. Deprecated as of version 1.1 / (Reserved) from KMIP 2.0. */
    public static final int CERTIFICATE_ISSUER = 0x420015;
    /** Certificate Issuer Alternative Name, Text String, KMIP 1.0–1.4. Deprecated as of version 1.1 / (Reserved) from KMIP 2.0. */
    public static final int CERTIFICATE_ISSUER_ALTERNATIVE_NAME = 0x420016;
    /** Certificate Issuer Distinguished Name, Text String, KMIP 1.0–1.4. Deprecated as of version 1.1 / (Reserved) from KMIP 2.0. */
    public static final int CERTIFICATE_ISSUER_DISTINGUISHED_NAME = 0x420017;
    /** Certificate Request, Structure, KMIP 1.0–2.1. */
    public static final int CERTIFICATE_REQUEST = 0x420018;
    /** Certificate Request Type, Enumeration, KMIP 1.0–2.1. */
    public static final int CERTIFICATE_REQUEST_TYPE = 0x420019;
    /** Certificate Subject, Structure, KMIP 1.0–1.4. Deprecated as of version 1.1 / (Reserved) from KMIP 2.0. */
    public static final int CERTIFICATE_SUBJECT = 0x42001A;
    /** Certificate Subject Alternative Name, Text String, KMIP 1.0–1.4. Deprecated as of version 1.1 / (Reserved) from KMIP 2.0. */
    public static final int CERTIFICATE_SUBJECT_ALTERNATIVE_NAME = 0x42001B;
    /** Certificate Subject Distinguished Name, Text String, KMIP 1.0–1.4. Deprecated as of version 1.1 / (Reserved) from KMIP 2.0. */
    public static final int CERTIFICATE_SUBJECT_DISTINGUISHED_NAME = 0x42001C;
    /** Certificate Type, Enumeration, KMIP 1.0–2.1. */
    public static final int CERTIFICATE_TYPE = 0x42001D;
    /** Certificate Value, Byte String, KMIP 1.0–2.1. */
    public static final int CERTIFICATE_VALUE = 0x42001E;
    /** Common Template-Attribute, Structure, KMIP 1.0–1.4. (Reserved) from KMIP 2.0. */
    public static final int COMMON_TEMPLATE_ATTRIBUTE = 0x42001F;
    /** Compromise Date, Date-Time, KMIP 1.0–2.1. */
    public static final int COMPROMISE_DATE = 0x420020;
    /** Compromise Occurrence Date, Date-Time, KMIP 1.0–2.1. */
    public static final int COMPROMISE_OCCURRENCE_DATE = 0x420021;
    /** Contact Information, Text String, KMIP 1.0–2.1. */
    public static final int CONTACT_INFORMATION = 0x420022;
    /** Credential, Structure, KMIP 1.0–2.1. */
    public static final int CREDENTIAL = 0x420023;
    /** Credential Type, Enumeration, KMIP 1.0–2.1. */
    public static final int CREDENTIAL_TYPE = 0x420024;
    /** Credential Value, Varies, KMIP 1.0–2.1. */
    public static final int CREDENTIAL_VALUE = 0x420025;
    /** Criticality Indicator, Boolean, KMIP 1.0–2.1. */
    public static final int CRITICALITY_INDICATOR = 0x420026;
    /** CRT Coefficient, Big Integer, KMIP 1.0–2.1. */
    public static final int CRT_COEFFICIENT = 0x420027;
    /** Cryptographic Algorithm, Enumeration, KMIP 1.0–2.1. */
    public static final int CRYPTOGRAPHIC_ALGORITHM = 0x420028;
    /** Cryptographic Domain Parameters, Structure, KMIP 1.0–2.1. */
    public static final int CRYPTOGRAPHIC_DOMAIN_PARAMETERS = 0x420029;
    /** Cryptographic Length, Integer, KMIP 1.0–2.1. */
    public static final int CRYPTOGRAPHIC_LENGTH = 0x42002A;
    /** Cryptographic Parameters, Structure, KMIP 1.0–2.1. */
    public static final int CRYPTOGRAPHIC_PARAMETERS = 0x42002B;
    /** Cryptographic Usage Mask, Integer, KMIP 1.0–2.1. */
    public static final int CRYPTOGRAPHIC_USAGE_MASK = 0x42002C;
    /** Custom Attribute, Varies, KMIP 1.0–1.4. (Reserved) from KMIP 2.0. */
    public static final int CUSTOM_ATTRIBUTE = 0x42002D;
    /** D, Big Integer, KMIP 1.0–2.1. */
    public static final int D = 0x42002E;
    /** Deactivation Date, Date-Time, KMIP 1.0–2.1. */
    public static final int DEACTIVATION_DATE = 0x42002F;
    /** Derivation Data, Byte String, KMIP 1.0–2.1. */
    public static final int DERIVATION_DATA = 0x420030;
    /** Derivation Method, Enumeration, KMIP 1.0–2.1. */
    public static final int DERIVATION_METHOD = 0x420031;
    /** Derivation Parameters, Structure, KMIP 1.0–2.1. */
    public static final int DERIVATION_PARAMETERS = 0x420032;
    /** Destroy Date, Date-Time, KMIP 1.0–2.1. */
    public static final int DESTROY_DATE = 0x420033;
    /** Digest, Structure, KMIP 1.0–2.1. */
    public static final int DIGEST = 0x420034;
    /** Digest Value, Byte String, KMIP 1.0–2.1. */
    public static final int DIGEST_VALUE = 0x420035;
    /** Encryption Key Information, Structure, KMIP 1.0–2.1. */
    public static final int ENCRYPTION_KEY_INFORMATION = 0x420036;
    /** G, Big Integer, KMIP 1.0–2.1. */
    public static final int G = 0x420037;
    /** Hashing Algorithm, Enumeration, KMIP 1.0–2.1. */
    public static final int HASHING_ALGORITHM = 0x420038;
    /** Initial Date, Date-Time, KMIP 1.0–2.1. */
    public static final int INITIAL_DATE = 0x420039;
    /** Initialization Vector, Byte String, KMIP 1.0–2.1. */
    public static final int INITIALIZATION_VECTOR = 0x42003A;
    /** Issuer, Text String, KMIP 1.0–1.4. Deprecated as of version 1.1 / (Reserved) from KMIP 2.0. */
    public static final int ISSUER = 0x42003B;
    /** Iteration Count, Integer, KMIP 1.0–2.1. */
    public static final int ITERATION_COUNT = 0x42003C;
    /** IV/Counter/Nonce, Byte String, KMIP 1.0–2.1. */
    public static final int IV_COUNTER_NONCE = 0x42003D;
    /** J, Big Integer, KMIP 1.0–2.1. */
    public static final int J = 0x42003E;
    /** Key, Byte String, KMIP 1.0–2.1. */
    public static final int KEY = 0x42003F;
    /** Key Block, Structure, KMIP 1.0–2.1. */
    public static final int KEY_BLOCK = 0x420040;
    /** Key Compression Type, Enumeration, KMIP 1.0–2.1. */
    public static final int KEY_COMPRESSION_TYPE = 0x420041;
    /** Key Format Type, Enumeration, KMIP 1.0–2.1. */
    public static final int KEY_FORMAT_TYPE = 0x420042;
    /** Key Material, Byte String or Structure, KMIP 1.0–2.1. */
    public static final int KEY_MATERIAL = 0x420043;
    /** Key Part Identifier, Integer, KMIP 1.0–2.1. */
    public static final int KEY_PART_IDENTIFIER = 0x420044;
    /** Key Value, Byte String or Structure, KMIP 1.0–2.1. */
    public static final int KEY_VALUE = 0x420045;
    /** Key Wrapping Data, Structure, KMIP 1.0–2.1. */
    public static final int KEY_WRAPPING_DATA = 0x420046;
    /** Key Wrapping Specification, Structure, KMIP 1.0–2.1. */
    public static final int KEY_WRAPPING_SPECIFICATION = 0x420047;
    /** Last Change Date, Date-Time, KMIP 1.0–2.1. */
    public static final int LAST_CHANGE_DATE = 0x420048;
    /** Lease Time, Interval, KMIP 1.0–2.1. */
    public static final int LEASE_TIME = 0x420049;
    /** Link, Structure, KMIP 1.0–2.1. */
    public static final int LINK = 0x42004A;
    /** Link Type, Enumeration, KMIP 1.0–2.1. */
    public static final int LINK_TYPE = 0x42004B;
    /** Linked Object Identifier, Text String, KMIP 1.0–2.1. */
    public static final int LINKED_OBJECT_IDENTIFIER = 0x42004C;
    /** MAC/Signature, Byte String, KMIP 1.0–2.1. */
    public static final int MAC_SIGNATURE = 0x42004D;
    /** MAC/Signature Key Information, Structure, KMIP 1.0–2.1. */
    public static final int MAC_SIGNATURE_KEY_INFORMATION = 0x42004E;
    /** Maximum Items, Integer, KMIP 1.0–2.1. */
    public static final int MAXIMUM_ITEMS = 0x42004F;
    /** Maximum Response Size, Integer, KMIP 1.0–2.1. */
    public static final int MAXIMUM_RESPONSE_SIZE = 0x420050;
    /** Message Extension, Structure, KMIP 1.0–2.1. */
    public static final int MESSAGE_EXTENSION = 0x420051;
    /** Modulus, Big Integer, KMIP 1.0–2.1. */
    public static final int MODULUS = 0x420052;
    /** Name, Structure, KMIP 1.0–2.1. */
    public static final int NAME = 0x420053;
    /** Name Type, Enumeration, KMIP 1.0–2.1. */
    public static final int NAME_TYPE = 0x420054;
    /** Name Value, Text String, KMIP 1.0–2.1. */
    public static final int NAME_VALUE = 0x420055;
    /** Object Group, Text String, KMIP 1.0–2.1. */
    public static final int OBJECT_GROUP = 0x420056;
    /** Object Type, Enumeration, KMIP 1.0–2.1. */
    public static final int OBJECT_TYPE = 0x420057;
    /** Offset, Interval, KMIP 1.0–2.1. */
    public static final int OFFSET = 0x420058;
    /** Opaque Data Type, Enumeration, KMIP 1.0–2.1. */
    public static final int OPAQUE_DATA_TYPE = 0x420059;
    /** Opaque Data Value, Byte String, KMIP 1.0–2.1. */
    public static final int OPAQUE_DATA_VALUE = 0x42005A;
    /** Opaque Object, Structure, KMIP 1.0–2.1. */
    public static final int OPAQUE_OBJECT = 0x42005B;
    /** Operation, Enumeration, KMIP 1.0–2.1. */
    public static final int OPERATION = 0x42005C;
    /** Operation Policy Name, Text String, KMIP 1.0–1.4. Deprecated / (Reserved) from KMIP 2.0. */
    public static final int OPERATION_POLICY_NAME = 0x42005D;
    /** P, Big Integer, KMIP 1.0–2.1. */
    public static final int P = 0x42005E;
    /** Padding Method, Enumeration, KMIP 1.0–2.1. */
    public static final int PADDING_METHOD = 0x42005F;
    /** Prime Exponent P, Big Integer, KMIP 1.0–2.1. */
    public static final int PRIME_EXPONENT_P = 0x420060;
    /** Prime Exponent Q, Big Integer, KMIP 1.0–2.1. */
    public static final int PRIME_EXPONENT_Q = 0x420061;
    /** Prime Field Size, Big Integer, KMIP 1.0–2.1. */
    public static final int PRIME_FIELD_SIZE = 0x420062;
    /** Private Exponent, Big Integer, KMIP 1.0–2.1. */
    public static final int PRIVATE_EXPONENT = 0x420063;
    /** Private Key, Structure, KMIP 1.0–2.1. */
    public static final int PRIVATE_KEY = 0x420064;
    /** Private Key Template-Attribute, Structure, KMIP 1.0–1.4. (Reserved) from KMIP 2.0. */
    public static final int PRIVATE_KEY_TEMPLATE_ATTRIBUTE = 0x420065;
    /** Private Key Unique Identifier, Text String, KMIP 1.0–2.1. */
    public static final int PRIVATE_KEY_UNIQUE_IDENTIFIER = 0x420066;
    /** Process Start Date, Date-Time, KMIP 1.0–2.1. */
    public static final int PROCESS_START_DATE = 0x420067;
    /** Protect Stop Date, Date-Time, KMIP 1.0–2.1. */
    public static final int PROTECT_STOP_DATE = 0x420068;
    /** Protocol Version, Structure, KMIP 1.0–2.1. */
    public static final int PROTOCOL_VERSION = 0x420069;
    /** Protocol Version Major, Integer, KMIP 1.0–2.1. */
    public static final int PROTOCOL_VERSION_MAJOR = 0x42006A;
    /** Protocol Version Minor, Integer, KMIP 1.0–2.1. */
    public static final int PROTOCOL_VERSION_MINOR = 0x42006B;
    /** Public Exponent, Big Integer, KMIP 1.0–2.1. */
    public static final int PUBLIC_EXPONENT = 0x42006C;
    /** Public Key, Structure, KMIP 1.0–2.1. */
    public static final int PUBLIC_KEY = 0x42006D;
    /** Public Key Template-Attribute, Structure, KMIP 1.0–1.4. (Reserved) from KMIP 2.0. */
    public static final int PUBLIC_KEY_TEMPLATE_ATTRIBUTE = 0x42006E;
    /** Public Key Unique Identifier, Text String, KMIP 1.0–2.1. */
    public static final int PUBLIC_KEY_UNIQUE_IDENTIFIER = 0x42006F;
    /** Put Function, Enumeration, KMIP 1.0–2.1. */
    public static final int PUT_FUNCTION = 0x420070;
    /** Q, Big Integer, KMIP 1.0–2.1. */
    public static final int Q = 0x420071;
    /** Q String, Byte String, KMIP 1.0–2.1. */
    public static final int Q_STRING = 0x420072;
    /** Qlength, Integer, KMIP 1.0–2.1. */
    public static final int QLENGTH = 0x420073;
    /** Query Function, Enumeration, KMIP 1.0–2.1. */
    public static final int QUERY_FUNCTION = 0x420074;
    /** Recommended Curve, Enumeration, KMIP 1.0–2.1. */
    public static final int RECOMMENDED_CURVE = 0x420075;
    /** Replaced Unique Identifier, Text String, KMIP 1.0–2.1. */
    public static final int REPLACED_UNIQUE_IDENTIFIER = 0x420076;
    /** Request Header, Structure, KMIP 1.0–2.1. */
    public static final int REQUEST_HEADER = 0x420077;
    /** Request Message, Structure, KMIP 1.0–2.1. */
    public static final int REQUEST_MESSAGE = 0x420078;
    /** Request Payload, Structure, KMIP 1.0–2.1. */
    public static final int REQUEST_PAYLOAD = 0x420079;
    /** Response Header, Structure, KMIP 1.0–2.1. */
    public static final int RESPONSE_HEADER = 0x42007A;
    /** Response Message, Structure, KMIP 1.0–2.1. */
    public static final int RESPONSE_MESSAGE = 0x42007B;
    /** Response Payload, Structure, KMIP 1.0–2.1. */
    public static final int RESPONSE_PAYLOAD = 0x42007C;
    /** Result Message, Text String, KMIP 1.0–2.1. */
    public static final int RESULT_MESSAGE = 0x42007D;
    /** Result Reason, Enumeration, KMIP 1.0–2.1. */
    public static final int RESULT_REASON = 0x42007E;
    /** Result Status, Enumeration, KMIP 1.0–2.1. */
    public static final int RESULT_STATUS = 0x42007F;
    /** Revocation Message, Text String, KMIP 1.0–2.1. */
    public static final int REVOCATION_MESSAGE = 0x420080;
    /** Revocation Reason, Structure, KMIP 1.0–2.1. */
    public static final int REVOCATION_REASON = 0x420081;
    /** Revocation Reason Code, Enumeration, KMIP 1.0–2.1. */
    public static final int REVOCATION_REASON_CODE = 0x420082;
    /** Key Role Type, Enumeration, KMIP 1.0–2.1. */
    public static final int KEY_ROLE_TYPE = 0x420083;
    /** Salt, Byte String, KMIP 1.0–2.1. */
    public static final int SALT = 0x420084;
    /** Secret Data, Structure, KMIP 1.0–2.1. */
    public static final int SECRET_DATA = 0x420085;
    /** Secret Data Type, Enumeration, KMIP 1.0–2.1. */
    public static final int SECRET_DATA_TYPE = 0x420086;
    /** Serial Number, Text String, KMIP 1.0–1.4. Deprecated as of version 1.1 / (Reserved) from KMIP 2.0. */
    public static final int SERIAL_NUMBER = 0x420087;
    /** Server Information, Structure, KMIP 1.0–2.1. */
    public static final int SERVER_INFORMATION = 0x420088;
    /** Split Key, Structure, KMIP 1.0–2.1. */
    public static final int SPLIT_KEY = 0x420089;
    /** Split Key Method, Enumeration, KMIP 1.0–2.1. */
    public static final int SPLIT_KEY_METHOD = 0x42008A;
    /** Split Key Parts, Integer, KMIP 1.0–2.1. */
    public static final int SPLIT_KEY_PARTS = 0x42008B;
    /** Split Key Threshold, Integer, KMIP 1.0–2.1. */
    public static final int SPLIT_KEY_THRESHOLD = 0x42008C;
    /** State, Enumeration, KMIP 1.0–2.1. */
    public static final int STATE = 0x42008D;
    /** Storage Status Mask, Integer, KMIP 1.0–2.1. */
    public static final int STORAGE_STATUS_MASK = 0x42008E;
    /** Symmetric Key, Structure, KMIP 1.0–2.1. */
    public static final int SYMMETRIC_KEY = 0x42008F;
    /** Template, Structure, KMIP 1.0–1.4. (Reserved) from KMIP 2.0. */
    public static final int TEMPLATE = 0x420090;
    /** Template-Attribute, Structure, KMIP 1.0–1.4. (Reserved) from KMIP 2.0. */
    public static final int TEMPLATE_ATTRIBUTE = 0x420091;
    /** Time Stamp, Date-Time or Date-Time Extended, KMIP 1.0–2.1. */
    public static final int TIME_STAMP = 0x420092;
    /** Unique Batch Item ID, Byte String, KMIP 1.0–2.1. */
    public static final int UNIQUE_BATCH_ITEM_ID = 0x420093;
    /** Unique Identifier, Text String, KMIP 1.0–2.1. */
    public static final int UNIQUE_IDENTIFIER = 0x420094;
    /** Usage Limits, Structure, KMIP 1.0–2.1. */
    public static final int USAGE_LIMITS = 0x420095;
    /** Usage Limits Count, Long Integer, KMIP 1.0–2.1. */
    public static final int USAGE_LIMITS_COUNT = 0x420096;
    /** Usage Limits Total, Long Integer, KMIP 1.0–2.1. */
    public static final int USAGE_LIMITS_TOTAL = 0x420097;
    /** Usage Limits Unit, Enumeration, KMIP 1.0–2.1. */
    public static final int USAGE_LIMITS_UNIT = 0x420098;
    /** Username, Text String, KMIP 1.0–2.1. */
    public static final int USERNAME = 0x420099;
    /** Validity Date, Date-Time, KMIP 1.0–2.1. */
    public static final int VALIDITY_DATE = 0x42009A;
    /** Validity Indicator, Enumeration, KMIP 1.0–2.1. */
    public static final int VALIDITY_INDICATOR = 0x42009B;
    /** Vendor Extension, Structure, KMIP 1.0–2.1. */
    public static final int VENDOR_EXTENSION = 0x42009C;
    /** Vendor Identification, Text String, KMIP 1.0–2.1. */
    public static final int VENDOR_IDENTIFICATION = 0x42009D;
    /** Wrapping Method, Enumeration, KMIP 1.0–2.1. */
    public static final int WRAPPING_METHOD = 0x42009E;
    /** X, Big Integer, KMIP 1.0–2.1. */
    public static final int X = 0x42009F;
    /** Y, Big Integer, KMIP 1.0–2.1. */
    public static final int Y = 0x4200A0;
    /** Password, Text String, KMIP 1.0–2.1. */
    public static final int PASSWORD = 0x4200A1;
    /** Device Identifier, Text String, KMIP 1.1–2.1. */
    public static final int DEVICE_IDENTIFIER = 0x4200A2;
    /** Encoding Option, Enumeration, KMIP 1.1–2.1. */
    public static final int ENCODING_OPTION = 0x4200A3;
    /** Extension Information, Structure, KMIP 1.1–2.1. */
    public static final int EXTENSION_INFORMATION = 0x4200A4;
    /** Extension Name, Text String, KMIP 1.1–2.1. */
    public static final int EXTENSION_NAME = 0x4200A5;
    /** Extension Tag, Integer, KMIP 1.1–2.1. */
    public static final int EXTENSION_TAG = 0x4200A6;
    /** Extension Type, Enumeration, KMIP 1.1–2.1. */
    public static final int EXTENSION_TYPE = 0x4200A7;
    /** Fresh, Boolean, KMIP 1.1–2.1. */
    public static final int FRESH = 0x4200A8;
    /** Machine Identifier, Text String, KMIP 1.1–2.1. */
    public static final int MACHINE_IDENTIFIER = 0x4200A9;
    /** Media Identifier, Text String, KMIP 1.1–2.1. */
    public static final int MEDIA_IDENTIFIER = 0x4200AA;
    /** Network Identifier, Text String, KMIP 1.1–2.1. */
    public static final int NETWORK_IDENTIFIER = 0x4200AB;
    /** Object Group Member, Enumeration, KMIP 1.1–2.1. */
    public static final int OBJECT_GROUP_MEMBER = 0x4200AC;
    /** Certificate Length, Integer, KMIP 1.1–2.1. */
    public static final int CERTIFICATE_LENGTH = 0x4200AD;
    /** Digital Signature Algorithm, Enumeration, KMIP 1.1–2.1. */
    public static final int DIGITAL_SIGNATURE_ALGORITHM = 0x4200AE;
    /** Certificate Serial Number, Byte String, KMIP 1.1–2.1. */
    public static final int CERTIFICATE_SERIAL_NUMBER = 0x4200AF;
    /** Device Serial Number, Text String, KMIP 1.1–2.1. */
    public static final int DEVICE_SERIAL_NUMBER = 0x4200B0;
    /** Issuer Alternative Name, Byte String, KMIP 1.1–2.1. */
    public static final int ISSUER_ALTERNATIVE_NAME = 0x4200B1;
    /** Issuer Distinguished Name, Byte String, KMIP 1.1–2.1. */
    public static final int ISSUER_DISTINGUISHED_NAME = 0x4200B2;
    /** Subject Alternative Name, Byte String, KMIP 1.1–2.1. */
    public static final int SUBJECT_ALTERNATIVE_NAME = 0x4200B3;
    /** Subject Distinguished Name, Byte String, KMIP 1.1–2.1. */
    public static final int SUBJECT_DISTINGUISHED_NAME = 0x4200B4;
    /** X.509 Certificate Identifier, Structure, KMIP 1.1–2.1. */
    public static final int X_509_CERTIFICATE_IDENTIFIER = 0x4200B5;
    /** X.509 Certificate Issuer, Structure, KMIP 1.1–2.1. */
    public static final int X_509_CERTIFICATE_ISSUER = 0x4200B6;
    /** X.509 Certificate Subject, Structure, KMIP 1.1–2.1. */
    public static final int X_509_CERTIFICATE_SUBJECT = 0x4200B7;
    /** Key Value Location, Structure, KMIP 1.2–2.1. */
    public static final int KEY_VALUE_LOCATION = 0x4200B8;
    /** Key Value Location Value, Text String, KMIP 1.2–2.1. */
    public static final int KEY_VALUE_LOCATION_VALUE = 0x4200B9;
    /** Key Value Location Type, Enumeration, KMIP 1.2–2.1. */
    public static final int KEY_VALUE_LOCATION_TYPE = 0x4200BA;
    /** Key Value Present, Boolean, KMIP 1.2–2.1. */
    public static final int KEY_VALUE_PRESENT = 0x4200BB;
    /** Original Creation Date, Date-Time, KMIP 1.2–2.1. */
    public static final int ORIGINAL_CREATION_DATE = 0x4200BC;
    /** PGP Key, Structure, KMIP 1.2–2.1. */
    public static final int PGP_KEY = 0x4200BD;
    /** PGP Key Version, Integer, KMIP 1.2–2.1. */
    public static final int PGP_KEY_VERSION = 0x4200BE;
    /** Alternative Name, Structure, KMIP 1.2–2.1. */
    public static final int ALTERNATIVE_NAME = 0x4200BF;
    /** Alternative Name Value, Text String, KMIP 1.2–2.1. */
    public static final int ALTERNATIVE_NAME_VALUE = 0x4200C0;
    /** Alternative Name Type, Enumeration, KMIP 1.2–2.1. */
    public static final int ALTERNATIVE_NAME_TYPE = 0x4200C1;
    /** Data, Byte String, KMIP 1.2–2.1. */
    public static final int DATA = 0x4200C2;
    /** Signature Data, Byte String, KMIP 1.2–2.1. */
    public static final int SIGNATURE_DATA = 0x4200C3;
    /** Data Length, Integer, KMIP 1.2–2.1. */
    public static final int DATA_LENGTH = 0x4200C4;
    /** Random IV, Boolean, KMIP 1.2–2.1. */
    public static final int RANDOM_IV = 0x4200C5;
    /** MAC Data, Byte String, KMIP 1.2–2.1. */
    public static final int MAC_DATA = 0x4200C6;
    /** Attestation Type, Enumeration, KMIP 1.2–2.1. */
    public static final int ATTESTATION_TYPE = 0x4200C7;
    /** Nonce, Structure, KMIP 1.2–2.1. */
    public static final int NONCE = 0x4200C8;
    /** Nonce ID, Byte String, KMIP 1.2–2.1. */
    public static final int NONCE_ID = 0x4200C9;
    /** Nonce Value, Byte String, KMIP 1.2–2.1. */
    public static final int NONCE_VALUE = 0x4200CA;
    /** Attestation Measurement, Byte String, KMIP 1.2–2.1. */
    public static final int ATTESTATION_MEASUREMENT = 0x4200CB;
    /** Attestation Assertion, Byte String, KMIP 1.2–2.1. */
    public static final int ATTESTATION_ASSERTION = 0x4200CC;
    /** IV Length, Integer, KMIP 1.2–2.1. */
    public static final int IV_LENGTH = 0x4200CD;
    /** Tag Length, Integer, KMIP 1.2–2.1. */
    public static final int TAG_LENGTH = 0x4200CE;
    /** Fixed Field Length, Integer, KMIP 1.2–2.1. */
    public static final int FIXED_FIELD_LENGTH = 0x4200CF;
    /** Counter Length, Integer, KMIP 1.2–2.1. */
    public static final int COUNTER_LENGTH = 0x4200D0;
    /** Initial Counter Value, Integer, KMIP 1.2–2.1. */
    public static final int INITIAL_COUNTER_VALUE = 0x4200D1;
    /** Invocation Field Length, Integer, KMIP 1.2–2.1. */
    public static final int INVOCATION_FIELD_LENGTH = 0x4200D2;
    /** Attestation Capable Indicator, Boolean, KMIP 1.2–2.1. */
    public static final int ATTESTATION_CAPABLE_INDICATOR = 0x4200D3;
    /** Offset Items, Integer, KMIP 1.3–2.1. */
    public static final int OFFSET_ITEMS = 0x4200D4;
    /** Located Items, Integer, KMIP 1.3–2.1. */
    public static final int LOCATED_ITEMS = 0x4200D5;
    /** Correlation Value, Byte String, KMIP 1.3–2.1. */
    public static final int CORRELATION_VALUE = 0x4200D6;
    /** Init Indicator, Boolean, KMIP 1.3–2.1. */
    public static final int INIT_INDICATOR = 0x4200D7;
    /** Final Indicator, Boolean, KMIP 1.3–2.1. */
    public static final int FINAL_INDICATOR = 0x4200D8;
    /** RNG Parameters, Structure, KMIP 1.3–2.1. */
    public static final int RNG_PARAMETERS = 0x4200D9;
    /** RNG Algorithm, Enumeration, KMIP 1.3–2.1. */
    public static final int RNG_ALGORITHM = 0x4200DA;
    /** DRBG Algorithm, Enumeration, KMIP 1.3–2.1. */
    public static final int DRBG_ALGORITHM = 0x4200DB;
    /** FIPS186 Variation, Enumeration, KMIP 1.3–2.1. */
    public static final int FIPS186_VARIATION = 0x4200DC;
    /** Prediction Resistance, Boolean, KMIP 1.3–2.1. */
    public static final int PREDICTION_RESISTANCE = 0x4200DD;
    /** Random Number Generator, Structure, KMIP 1.3–2.1. */
    public static final int RANDOM_NUMBER_GENERATOR = 0x4200DE;
    /** Validation Information, Structure, KMIP 1.3–2.1. */
    public static final int VALIDATION_INFORMATION = 0x4200DF;
    /** Validation Authority Type, Enumeration, KMIP 1.3–2.1. */
    public static final int VALIDATION_AUTHORITY_TYPE = 0x4200E0;
    /** Validation Authority Country, Text String, KMIP 1.3–2.1. */
    public static final int VALIDATION_AUTHORITY_COUNTRY = 0x4200E1;
    /** Validation Authority URI, Text String, KMIP 1.3–2.1. */
    public static final int VALIDATION_AUTHORITY_URI = 0x4200E2;
    /** Validation Version Major, Integer, KMIP 1.3–2.1. */
    public static final int VALIDATION_VERSION_MAJOR = 0x4200E3;
    /** Validation Version Minor, Integer, KMIP 1.3–2.1. */
    public static final int VALIDATION_VERSION_MINOR = 0x4200E4;
    /** Validation Type, Enumeration, KMIP 1.3–2.1. */
    public static final int VALIDATION_TYPE = 0x4200E5;
    /** Validation Level, Integer, KMIP 1.3–2.1. */
    public static final int VALIDATION_LEVEL = 0x4200E6;
    /** Validation Certificate Identifier, Text String, KMIP 1.3–2.1. */
    public static final int VALIDATION_CERTIFICATE_IDENTIFIER = 0x4200E7;
    /** Validation Certificate URI, Text String, KMIP 1.3–2.1. */
    public static final int VALIDATION_CERTIFICATE_URI = 0x4200E8;
    /** Validation Vendor URI, Text String, KMIP 1.3–2.1. */
    public static final int VALIDATION_VENDOR_URI = 0x4200E9;
    /** Validation Profile, Text String, KMIP 1.3–2.1. */
    public static final int VALIDATION_PROFILE = 0x4200EA;
    /** Profile Information, Structure, KMIP 1.3–2.1. */
    public static final int PROFILE_INFORMATION = 0x4200EB;
    /** Profile Name, Enumeration, KMIP 1.3–2.1. */
    public static final int PROFILE_NAME = 0x4200EC;
    /** Server URI, Text String, KMIP 1.3–2.1. */
    public static final int SERVER_URI = 0x4200ED;
    /** Server Port, Integer, KMIP 1.3–2.1. */
    public static final int SERVER_PORT = 0x4200EE;
    /** Streaming Capability, Boolean, KMIP 1.3–2.1. */
    public static final int STREAMING_CAPABILITY = 0x4200EF;
    /** Asynchronous Capability, Boolean, KMIP 1.3–2.1. */
    public static final int ASYNCHRONOUS_CAPABILITY = 0x4200F0;
    /** Attestation Capability, Boolean, KMIP 1.3–2.1. */
    public static final int ATTESTATION_CAPABILITY = 0x4200F1;
    /** Unwrap Mode, Enumeration, KMIP 1.3–2.1. */
    public static final int UNWRAP_MODE = 0x4200F2;
    /** Destroy Action, Enumeration, KMIP 1.3–2.1. */
    public static final int DESTROY_ACTION = 0x4200F3;
    /** Shredding Algorithm, Enumeration, KMIP 1.3–2.1. */
    public static final int SHREDDING_ALGORITHM = 0x4200F4;
    /** RNG Mode, Enumeration, KMIP 1.3–2.1. */
    public static final int RNG_MODE = 0x4200F5;
    /** Client Registration Method, Enumeration, KMIP 1.3–2.1. */
    public static final int CLIENT_REGISTRATION_METHOD = 0x4200F6;
    /** Capability Information, Structure, KMIP 1.3–2.1. */
    public static final int CAPABILITY_INFORMATION = 0x4200F7;
    /** Key Wrap Type, Enumeration, KMIP 1.4–2.1. */
    public static final int KEY_WRAP_TYPE = 0x4200F8;
    /** Batch Undo Capability, Boolean, KMIP 1.4–2.1. */
    public static final int BATCH_UNDO_CAPABILITY = 0x4200F9;
    /** Batch Continue Capability, Boolean, KMIP 1.4–2.1. */
    public static final int BATCH_CONTINUE_CAPABILITY = 0x4200FA;
    /** PKCS#12 Friendly Name, Text String, KMIP 1.4–2.1. */
    public static final int PKCS_12_FRIENDLY_NAME = 0x4200FB;
    /** Description, Text String, KMIP 1.4–2.1. */
    public static final int DESCRIPTION = 0x4200FC;
    /** Comment, Text String, KMIP 1.4–2.1. */
    public static final int COMMENT = 0x4200FD;
    /** Authenticated Encryption Additional Data, Byte String, KMIP 1.4–2.1. */
    public static final int AUTHENTICATED_ENCRYPTION_ADDITIONAL_DATA = 0x4200FE;
    /** Authenticated Encryption Tag, Byte String, KMIP 1.4–2.1. */
    public static final int AUTHENTICATED_ENCRYPTION_TAG = 0x4200FF;
    /** Salt Length, Integer, KMIP 1.4–2.1. */
    public static final int SALT_LENGTH = 0x420100;
    /** Mask Generator, Enumeration, KMIP 1.4–2.1. */
    public static final int MASK_GENERATOR = 0x420101;
    /** Mask Generator Hashing Algorithm, Enumeration, KMIP 1.4–2.1. */
    public static final int MASK_GENERATOR_HASHING_ALGORITHM = 0x420102;
    /** P Source, Byte String, KMIP 1.4–2.1. */
    public static final int P_SOURCE = 0x420103;
    /** Trailer Field, Integer, KMIP 1.4–2.1. */
    public static final int TRAILER_FIELD = 0x420104;
    /** Client Correlation Value, Text String, KMIP 1.4–2.1. */
    public static final int CLIENT_CORRELATION_VALUE = 0x420105;
    /** Server Correlation Value, Text String, KMIP 1.4–2.1. */
    public static final int SERVER_CORRELATION_VALUE = 0x420106;
    /** Digested Data, Byte String, KMIP 1.4–2.1. */
    public static final int DIGESTED_DATA = 0x420107;
    /** Certificate Subject CN, Text String, KMIP 1.4–2.1. */
    public static final int CERTIFICATE_SUBJECT_CN = 0x420108;
    /** Certificate Subject O, Text String, KMIP 1.4–2.1. */
    public static final int CERTIFICATE_SUBJECT_O = 0x420109;
    /** Certificate Subject OU, Text String, KMIP 1.4–2.1. */
    public static final int CERTIFICATE_SUBJECT_OU = 0x42010A;
    /** Certificate Subject Email, Text String, KMIP 1.4–2.1. */
    public static final int CERTIFICATE_SUBJECT_EMAIL = 0x42010B;
    /** Certificate Subject C, Text String, KMIP 1.4–2.1. */
    public static final int CERTIFICATE_SUBJECT_C = 0x42010C;
    /** Certificate Subject ST, Text String, KMIP 1.4–2.1. */
    public static final int CERTIFICATE_SUBJECT_ST = 0x42010D;
    /** Certificate Subject L, Text String, KMIP 1.4–2.1. */
    public static final int CERTIFICATE_SUBJECT_L = 0x42010E;
    /** Certificate Subject UID, Text String, KMIP 1.4–2.1. */
    public static final int CERTIFICATE_SUBJECT_UID = 0x42010F;
    /** Certificate Subject Serial Number, Text String, KMIP 1.4–2.1. */
    public static final int CERTIFICATE_SUBJECT_SERIAL_NUMBER = 0x420110;
    /** Certificate Subject Title, Text String, KMIP 1.4–2.1. */
    public static final int CERTIFICATE_SUBJECT_TITLE = 0x420111;
    /** Certificate Subject DC, Text String, KMIP 1.4–2.1. */
    public static final int CERTIFICATE_SUBJECT_DC = 0x420112;
    /** Certificate Subject DN Qualifier, Text String, KMIP 1.4–2.1. */
    public static final int CERTIFICATE_SUBJECT_DN_QUALIFIER = 0x420113;
    /** Certificate Issuer CN, Text String, KMIP 1.4–2.1. */
    public static final int CERTIFICATE_ISSUER_CN = 0x420114;
    /** Certificate Issuer O, Text String, KMIP 1.4–2.1. */
    public static final int CERTIFICATE_ISSUER_O = 0x420115;
    /** Certificate Issuer OU, Text String, KMIP 1.4–2.1. */
    public static final int CERTIFICATE_ISSUER_OU = 0x420116;
    /** Certificate Issuer Email, Text String, KMIP 1.4–2.1. */
    public static final int CERTIFICATE_ISSUER_EMAIL = 0x420117;
    /** Certificate Issuer C, Text String, KMIP 1.4–2.1. */
    public static final int CERTIFICATE_ISSUER_C = 0x420118;
    /** Certificate Issuer ST, Text String, KMIP 1.4–2.1. */
    public static final int CERTIFICATE_ISSUER_ST = 0x420119;
    /** Certificate Issuer L, Text String, KMIP 1.4–2.1. */
    public static final int CERTIFICATE_ISSUER_L = 0x42011A;
    /** Certificate Issuer UID, Text String, KMIP 1.4–2.1. */
    public static final int CERTIFICATE_ISSUER_UID = 0x42011B;
    /** Certificate Issuer Serial Number, Text String, KMIP 1.4–2.1. */
    public static final int CERTIFICATE_ISSUER_SERIAL_NUMBER = 0x42011C;
    /** Certificate Issuer Title, Text String, KMIP 1.4–2.1. */
    public static final int CERTIFICATE_ISSUER_TITLE = 0x42011D;
    /** Certificate Issuer DC, Text String, KMIP 1.4–2.1. */
    public static final int CERTIFICATE_ISSUER_DC = 0x42011E;
    /** Certificate Issuer DN Qualifier, Text String, KMIP 1.4–2.1. */
    public static final int CERTIFICATE_ISSUER_DN_QUALIFIER = 0x42011F;
    /** Sensitive, Boolean, KMIP 1.4–2.1. */
    public static final int SENSITIVE = 0x420120;
    /** Always Sensitive, Boolean, KMIP 1.4–2.1. */
    public static final int ALWAYS_SENSITIVE = 0x420121;
    /** Extractable, Boolean, KMIP 1.4–2.1. */
    public static final int EXTRACTABLE = 0x420122;
    /** Never Extractable, Boolean, KMIP 1.4–2.1. */
    public static final int NEVER_EXTRACTABLE = 0x420123;
    /** Replace Existing, Boolean, KMIP 1.4–2.1. */
    public static final int REPLACE_EXISTING = 0x420124;
    /** Attributes, Structure, KMIP 2.0–2.1. */
    public static final int ATTRIBUTES = 0x420125;
    /** Common Attributes, Structure, KMIP 2.0–2.1. */
    public static final int COMMON_ATTRIBUTES = 0x420126;
    /** Private Key Attributes, Structure, KMIP 2.0–2.1. */
    public static final int PRIVATE_KEY_ATTRIBUTES = 0x420127;
    /** Public Key Attributes, Structure, KMIP 2.0–2.1. */
    public static final int PUBLIC_KEY_ATTRIBUTES = 0x420128;
    /** Extension Enumeration, Integer, KMIP 2.0–2.1. */
    public static final int EXTENSION_ENUMERATION = 0x420129;
    /** Extension Attribute, Boolean, KMIP 2.0–2.1. */
    public static final int EXTENSION_ATTRIBUTE = 0x42012A;
    /** Extension Parent Structure Tag, Integer, KMIP 2.0–2.1. */
    public static final int EXTENSION_PARENT_STRUCTURE_TAG = 0x42012B;
    /** Extension Description, Text String, KMIP 2.0–2.1. */
    public static final int EXTENSION_DESCRIPTION = 0x42012C;
    /** Server Name, Text String, KMIP 2.0–2.1. */
    public static final int SERVER_NAME = 0x42012D;
    /** Server Serial Number, Text String, KMIP 2.0–2.1. */
    public static final int SERVER_SERIAL_NUMBER = 0x42012E;
    /** Server Version, Text String, KMIP 2.0–2.1. */
    public static final int SERVER_VERSION = 0x42012F;
    /** Server Load, Text String, KMIP 2.0–2.1. */
    public static final int SERVER_LOAD = 0x420130;
    /** Product Name, Text String, KMIP 2.0–2.1. */
    public static final int PRODUCT_NAME = 0x420131;
    /** Build Level, Text String, KMIP 2.0–2.1. */
    public static final int BUILD_LEVEL = 0x420132;
    /** Build Date, Text String, KMIP 2.0–2.1. */
    public static final int BUILD_DATE = 0x420133;
    /** Cluster Info, Text String, KMIP 2.0–2.1. */
    public static final int CLUSTER_INFO = 0x420134;
    /** Alternate Failover Endpoints, Text String, KMIP 2.0–2.1. */
    public static final int ALTERNATE_FAILOVER_ENDPOINTS = 0x420135;
    /** Short Unique Identifier, Byte String, KMIP 2.0–2.1. */
    public static final int SHORT_UNIQUE_IDENTIFIER = 0x420136;
    /** Tag, Enumeration, KMIP 2.0–2.1. */
    public static final int TAG = 0x420138;
    /** Certificate Request Unique Identifier, Text String, KMIP 2.0–2.1. */
    public static final int CERTIFICATE_REQUEST_UNIQUE_IDENTIFIER = 0x420139;
    /** NIST Key Type, Enumeration, KMIP 2.0–2.1. */
    public static final int NIST_KEY_TYPE = 0x42013A;
    /** Attribute Reference, Enumeration or Structure, KMIP 2.0–2.1. */
    public static final int ATTRIBUTE_REFERENCE = 0x42013B;
    /** Current Attribute, Structure, KMIP 2.0–2.1. */
    public static final int CURRENT_ATTRIBUTE = 0x42013C;
    /** New Attribute, Structure, KMIP 2.0–2.1. */
    public static final int NEW_ATTRIBUTE = 0x42013D;
    /** Certificate Request Value, Byte String, KMIP 2.0–2.1. */
    public static final int CERTIFICATE_REQUEST_VALUE = 0x420140;
    /** Log Message, Text String, KMIP 2.0–2.1. */
    public static final int LOG_MESSAGE = 0x420141;
    /** Profile Version, Structure, KMIP 2.0–2.1. */
    public static final int PROFILE_VERSION = 0x420142;
    /** Profile Version Major, Integer, KMIP 2.0–2.1. */
    public static final int PROFILE_VERSION_MAJOR = 0x420143;
    /** Profile Version Minor, Integer, KMIP 2.0–2.1. */
    public static final int PROFILE_VERSION_MINOR = 0x420144;
    /** Protection Level, Enumeration, KMIP 2.0–2.1. */
    public static final int PROTECTION_LEVEL = 0x420145;
    /** Protection Period, Interval, KMIP 2.0–2.1. */
    public static final int PROTECTION_PERIOD = 0x420146;
    /** Quantum Safe, Boolean, KMIP 2.0–2.1. */
    public static final int QUANTUM_SAFE = 0x420147;
    /** Quantum Safe Capability, Boolean, KMIP 2.0–2.1. */
    public static final int QUANTUM_SAFE_CAPABILITY = 0x420148;
    /** Ticket, Structure, KMIP 2.0–2.1. */
    public static final int TICKET = 0x420149;
    /** Ticket Type, Enumeration, KMIP 2.0–2.1. */
    public static final int TICKET_TYPE = 0x42014A;
    /** Ticket Value, Byte String, KMIP 2.0–2.1. */
    public static final int TICKET_VALUE = 0x42014B;
    /** Request Count, Integer, KMIP 2.0–2.1. */
    public static final int REQUEST_COUNT = 0x42014C;
    /** Rights, Structure, KMIP 2.0–2.1. */
    public static final int RIGHTS = 0x42014D;
    /** Objects, Structure, KMIP 2.0–2.1. */
    public static final int OBJECTS = 0x42014E;
    /** Operations, Structure, KMIP 2.0–2.1. */
    public static final int OPERATIONS = 0x42014F;
    /** Right, Structure, KMIP 2.0–2.1. */
    public static final int RIGHT = 0x420150;
    /** Endpoint Role, Enumeration, KMIP 2.0–2.1. */
    public static final int ENDPOINT_ROLE = 0x420151;
    /** Defaults Information, Structure, KMIP 2.0–2.1. */
    public static final int DEFAULTS_INFORMATION = 0x420152;
    /** Object Defaults, Structure, KMIP 2.0–2.1. */
    public static final int OBJECT_DEFAULTS = 0x420153;
    /** Ephemeral, Boolean, KMIP 2.0–2.1. */
    public static final int EPHEMERAL = 0x420154;
    /** Server Hashed Password, Byte String, KMIP 2.0–2.1. */
    public static final int SERVER_HASHED_PASSWORD = 0x420155;
    /** One Time Password, Text String, KMIP 2.0–2.1. */
    public static final int ONE_TIME_PASSWORD = 0x420156;
    /** Hashed Password, Byte String, KMIP 2.0–2.1. */
    public static final int HASHED_PASSWORD = 0x420157;
    /** Adjustment Type, Enumeration, KMIP 2.0–2.1. */
    public static final int ADJUSTMENT_TYPE = 0x420158;
    /** PKCS#11 Interface, Text String, KMIP 2.0–2.1. */
    public static final int PKCS_11_INTERFACE = 0x420159;
    /** PKCS#11 Function, Enumeration, KMIP 2.0–2.1. */
    public static final int PKCS_11_FUNCTION = 0x42015A;
    /** PKCS#11 Input Parameters, Byte String, KMIP 2.0–2.1. */
    public static final int PKCS_11_INPUT_PARAMETERS = 0x42015B;
    /** PKCS#11 Output Parameters, Byte String, KMIP 2.0–2.1. */
    public static final int PKCS_11_OUTPUT_PARAMETERS = 0x42015C;
    /** PKCS#11 Return Code, Enumeration, KMIP 2.0–2.1. */
    public static final int PKCS_11_RETURN_CODE = 0x42015D;
    /** Protection Storage Mask, Integer, KMIP 2.0–2.1. */
    public static final int PROTECTION_STORAGE_MASK = 0x42015E;
    /** Protection Storage Masks, Structure, KMIP 2.0–2.1. */
    public static final int PROTECTION_STORAGE_MASKS = 0x42015F;
    /** Interop Function, Enumeration, KMIP 2.0–2.1. */
    public static final int INTEROP_FUNCTION = 0x420160;
    /** Interop Identifier, Text String, KMIP 2.0–2.1. */
    public static final int INTEROP_IDENTIFIER = 0x420161;
    /** Adjustment Value, Varies, KMIP 2.0–2.1. */
    public static final int ADJUSTMENT_VALUE = 0x420162;
    /** Common Protection Storage Masks, Structure, KMIP 2.0–2.1. */
    public static final int COMMON_PROTECTION_STORAGE_MASKS = 0x420163;
    /** Private Protection Storage Masks, Structure, KMIP 2.0–2.1. */
    public static final int PRIVATE_PROTECTION_STORAGE_MASKS = 0x420164;
    /** Public Protection Storage Masks, Structure, KMIP 2.0–2.1. */
    public static final int PUBLIC_PROTECTION_STORAGE_MASKS = 0x420165;
    /** Object Groups, Structure, KMIP 2.1. */
    public static final int OBJECT_GROUPS = 0x420166;
    /** Object Types, Structure, KMIP 2.1. */
    public static final int OBJECT_TYPES = 0x420167;
    /** Constraints, Structure, KMIP 2.1. */
    public static final int CONSTRAINTS = 0x420168;
    /** Constraint, Structure, KMIP 2.1. */
    public static final int CONSTRAINT = 0x420169;
    /** Rotate Interval, Interval, KMIP 2.1. */
    public static final int ROTATE_INTERVAL = 0x42016A;
    /** Rotate Automatic, Boolean, KMIP 2.1. */
    public static final int ROTATE_AUTOMATIC = 0x42016B;
    /** Rotate Offset, Interval, KMIP 2.1. */
    public static final int ROTATE_OFFSET = 0x42016C;
    /** Rotate Date, Date-Time, KMIP 2.1. */
    public static final int ROTATE_DATE = 0x42016D;
    /** Rotate Generation, Integer, KMIP 2.1. */
    public static final int ROTATE_GENERATION = 0x42016E;
    /** Rotate Name, Structure, KMIP 2.1. */
    public static final int ROTATE_NAME = 0x42016F;
    /** Rotate Name Value, Text String, KMIP 2.1. */
    public static final int ROTATE_NAME_VALUE = 0x420170;
    /** Rotate Name Type, Enumeration, KMIP 2.1. */
    public static final int ROTATE_NAME_TYPE = 0x420171;
    /** Rotate Latest, Boolean, KMIP 2.1. */
    public static final int ROTATE_LATEST = 0x420172;
    /** Asynchronous Request, Structure, KMIP 2.1. */
    public static final int ASYNCHRONOUS_REQUEST = 0x420173;
    /** Submission Date, Date-Time Extended, KMIP 2.1. */
    public static final int SUBMISSION_DATE = 0x420174;
    /** Processing Stage, Enumeration, KMIP 2.1. */
    public static final int PROCESSING_STAGE = 0x420175;
    /** Asynchronous Correlation Values, Structure, KMIP 2.1. */
    public static final int ASYNCHRONOUS_CORRELATION_VALUES = 0x420176;

    private Tag() {
    }
}

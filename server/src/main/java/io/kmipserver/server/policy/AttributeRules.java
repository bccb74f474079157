package io.kmipserver.server.policy;

import io.kmipserver.codec.attribute.AttributeKey;
import io.kmipserver.codec.spec.Tag;
import java.util.HashMap;
import java.util.Map;

/**
 * The attribute rules this server enforces, one row per attribute, taken from the "Attribute Rules"
 * tables of KMIP 1.4 §3.1–3.51 and 2.1 §4.1–4.63 (where the two differ, the stricter wins). Any
 * standard attribute not listed here is server-only (certificate fields, Digest, Lease Time, Key Value
 * Present, Short Unique Identifier …). Custom attributes (KMIP 1.4 §3.39, 2.1 §4.60): a client owns
 * {@code x-} and other vendors' attributes; {@code y-} ones belong to the server.
 */
public final class AttributeRules {

    private static final AttributeRule CLIENT_MULTI = new AttributeRule(true, true, true, true, true);
    private static final AttributeRule CLIENT_SINGLE = new AttributeRule(true, true, true, true, false);
    /** Given once, at creation, never changed by the client (Cryptographic Algorithm, Usage Mask …). */
    private static final AttributeRule CREATE_ONLY = new AttributeRule(true, false, false, false, false);
    /** Set by the client at creation or later, changed only under lifecycle rules, never deleted (dates). */
    private static final AttributeRule LIFECYCLE_DATE = new AttributeRule(true, true, true, false, false);
    /** Set and changed by the client, never deleted (Sensitive, Extractable: "SHALL always have a value"). */
    private static final AttributeRule CLIENT_NOT_DELETABLE = new AttributeRule(true, true, true, false, false);

    private static final Map<Integer, AttributeRule> RULES = new HashMap<>();

    static {
        RULES.put(Tag.NAME, CLIENT_MULTI); // 1.4 §3.2, 2.1 §4.32
        RULES.put(Tag.CRYPTOGRAPHIC_ALGORITHM, CREATE_ONLY); // 1.4 §3.4, Table 165
        RULES.put(Tag.CRYPTOGRAPHIC_LENGTH, CREATE_ONLY); // 1.4 §3.5
        RULES.put(Tag.CRYPTOGRAPHIC_PARAMETERS, CLIENT_MULTI); // 1.4 §3.6, 2.1 §4.16
        RULES.put(Tag.CRYPTOGRAPHIC_DOMAIN_PARAMETERS, CREATE_ONLY); // 1.4 §3.7
        RULES.put(Tag.OPERATION_POLICY_NAME, CREATE_ONLY); // 1.4 §3.18 (1.x only, deprecated)
        RULES.put(Tag.CRYPTOGRAPHIC_USAGE_MASK, CREATE_ONLY); // 1.4 §3.19, 2.1 §4.17
        RULES.put(Tag.USAGE_LIMITS, new AttributeRule(true, true, true, true, false)); // 1.4 §3.21
        RULES.put(Tag.ACTIVATION_DATE, LIFECYCLE_DATE); // 1.4 §3.24: only while Pre-Active
        RULES.put(Tag.PROCESS_START_DATE, LIFECYCLE_DATE); // 1.4 §3.25
        RULES.put(Tag.PROTECT_STOP_DATE, LIFECYCLE_DATE); // 1.4 §3.26
        RULES.put(Tag.DEACTIVATION_DATE, LIFECYCLE_DATE); // 1.4 §3.27: only while Pre-Active or Active
        RULES.put(Tag.OBJECT_GROUP, CLIENT_MULTI); // 1.4 §3.33
        RULES.put(Tag.FRESH, CREATE_ONLY); // 1.4 §3.34: "Modifiable by client: No"
        RULES.put(Tag.LINK, CLIENT_MULTI); // 1.4 §3.35
        RULES.put(Tag.APPLICATION_SPECIFIC_INFORMATION, CLIENT_MULTI); // 1.4 §3.36
        RULES.put(Tag.CONTACT_INFORMATION, CLIENT_SINGLE); // 1.4 §3.37
        RULES.put(Tag.ALTERNATIVE_NAME, CLIENT_MULTI); // 1.4 §3.40
        RULES.put(Tag.KEY_VALUE_LOCATION, CLIENT_MULTI); // 1.4 §3.42
        RULES.put(Tag.ORIGINAL_CREATION_DATE, CREATE_ONLY); // 1.4 §3.43: the client's, for registered objects
        RULES.put(Tag.RANDOM_NUMBER_GENERATOR, CREATE_ONLY); // 1.4 §3.44
        RULES.put(Tag.PKCS_12_FRIENDLY_NAME, CLIENT_SINGLE); // 1.4 §3.45
        RULES.put(Tag.DESCRIPTION, CLIENT_SINGLE); // 1.4 §3.46
        RULES.put(Tag.COMMENT, CLIENT_SINGLE); // 1.4 §3.47
        RULES.put(Tag.SENSITIVE, CLIENT_NOT_DELETABLE); // 1.4 §3.48
        RULES.put(Tag.EXTRACTABLE, CLIENT_NOT_DELETABLE); // 1.4 §3.50
        RULES.put(Tag.NIST_KEY_TYPE, new AttributeRule(true, false, false, false, true)); // 2.1 §4.34
        RULES.put(Tag.PROTECTION_LEVEL, CLIENT_SINGLE); // 2.1 §4.42
        RULES.put(Tag.PROTECTION_PERIOD, CLIENT_SINGLE); // 2.1 §4.43
        RULES.put(Tag.QUANTUM_SAFE, CLIENT_SINGLE); // 2.1 §4.45
        RULES.put(Tag.ROTATE_AUTOMATIC, CREATE_ONLY); // 2.1 §4.48
        RULES.put(Tag.ROTATE_INTERVAL, CREATE_ONLY); // 2.1 §4.51
        RULES.put(Tag.ROTATE_NAME, CLIENT_SINGLE); // 2.1 §4.53
        RULES.put(Tag.ROTATE_OFFSET, CREATE_ONLY); // 2.1 §4.54
    }

    /** Server-only attributes that may still appear several times (KMIP 1.4 §3.17 Digest, 2.1 §4.6). */
    private static final AttributeRule SERVER_MULTI = new AttributeRule(false, false, false, false, true);

    private AttributeRules() {
    }

    /** The rule for {@code key}. */
    public static AttributeRule of(AttributeKey key) {
        if (key instanceof AttributeKey.Vendor v) {
            return v.vendorIdentification().equals("y") ? SERVER_MULTI : CLIENT_MULTI;
        }
        int tag = ((AttributeKey.Standard) key).tag();
        AttributeRule rule = RULES.get(tag);
        if (rule != null) {
            return rule;
        }
        return tag == Tag.DIGEST || tag == Tag.DIGITAL_SIGNATURE_ALGORITHM ? SERVER_MULTI : AttributeRule.SERVER_ONLY;
    }

    /** The rule for a standard attribute. */
    public static AttributeRule of(int tag) {
        return of(AttributeKey.of(tag));
    }
}

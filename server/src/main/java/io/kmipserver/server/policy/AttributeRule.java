package io.kmipserver.server.policy;

/**
 * What a client may do with one attribute, from its "Attribute Rules" table (KMIP 1.4 §3, 2.1 §4).
 *
 * @param onCreate the client may give it in Create, Register or Re-key ("Initially set by" names the
 *     client, or the request template is how the server learns it: Cryptographic Algorithm, Length and
 *     Usage Mask)
 * @param onAdd the client may give it later with Add Attribute (or 2.x Set Attribute on an object
 *     without it)
 * @param clientModifiable "Modifiable by client" (Modify Attribute, Set Attribute of an existing value)
 * @param clientDeletable "Deletable by client"
 * @param multiInstance "Multiple instances permitted"
 */
public record AttributeRule(boolean onCreate, boolean onAdd, boolean clientModifiable, boolean clientDeletable,
        boolean multiInstance) {

    /** An attribute only the server sets: Unique Identifier, State, the dates the server keeps … */
    public static final AttributeRule SERVER_ONLY = new AttributeRule(false, false, false, false, false);

    /** True when a client can never write it. */
    public boolean serverOnly() {
        return !onCreate && !onAdd && !clientModifiable && !clientDeletable;
    }
}

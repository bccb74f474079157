package io.kmipserver.server.operation;

import io.kmipserver.codec.attribute.Attribute;
import io.kmipserver.codec.attribute.Attributes;
import io.kmipserver.codec.attribute.Digest;
import io.kmipserver.codec.attribute.Name;
import io.kmipserver.codec.spec.CryptographicAlgorithm;
import io.kmipserver.codec.spec.KeyFormatType;
import io.kmipserver.codec.spec.ObjectType;
import io.kmipserver.codec.spec.State;
import io.kmipserver.codec.spec.Tag;
import io.kmipserver.codec.ttlv.TtlvItem;
import io.kmipserver.server.protocol.OperationContext;
import io.kmipserver.server.store.AttributeValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * The attribute set of a new object: what the server maintains (KMIP 1.4 §3: Unique Identifier,
 * Object Type, State, Initial Date, Last Change Date, Digest, Fresh, …) followed by the client's
 * attributes. Versions that do not know an attribute never see it: responses are filtered by the
 * request's version.
 */
final class NewObjects {

    /** What the server sets itself, and which of the client's values it keeps. */
    record Spec(String uniqueIdentifier, ObjectType type, State state, Instant now, CryptographicAlgorithm algorithm,
            Integer length, Digest digest, KeyFormatType keyFormat, boolean generatedHere) {
    }

    private NewObjects() {
    }

    static List<AttributeValue> attributes(Spec s, List<Attribute> clientAttributes) {
        Attributes client = Attributes.of(clientAttributes);
        List<AttributeValue> out = new ArrayList<>(16 + clientAttributes.size());
        add(out, new TtlvItem.TextString(Tag.UNIQUE_IDENTIFIER, s.uniqueIdentifier()));
        add(out, new TtlvItem.Enumeration(Tag.OBJECT_TYPE, s.type().value()));
        add(out, new TtlvItem.Enumeration(Tag.STATE, s.state().value()));
        add(out, StoredObjects.date(Tag.INITIAL_DATE, s.now()));
        add(out, StoredObjects.date(Tag.LAST_CHANGE_DATE, s.now()));
        if (s.generatedHere() && !client.contains(Tag.ORIGINAL_CREATION_DATE)) {
            add(out, StoredObjects.date(Tag.ORIGINAL_CREATION_DATE, s.now())); // 1.4 §3.43
        }
        if (s.algorithm() != null && !client.contains(Tag.CRYPTOGRAPHIC_ALGORITHM)) {
            add(out, new TtlvItem.Enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, s.algorithm().value()));
        }
        if (s.length() != null && !client.contains(Tag.CRYPTOGRAPHIC_LENGTH)) {
            add(out, new TtlvItem.IntegerItem(Tag.CRYPTOGRAPHIC_LENGTH, s.length()));
        }
        if (s.digest() != null) {
            add(out, s.digest().toItem()); // 1.4 §3.17: SHA-256 of the material
        }
        if (s.keyFormat() != null) {
            add(out, new TtlvItem.Enumeration(Tag.KEY_FORMAT_TYPE, s.keyFormat().value())); // 2.1 §4.26
        }
        if (!client.contains(Tag.FRESH)) {
            add(out, new TtlvItem.BooleanItem(Tag.FRESH, true)); // 1.4 §3.34: not yet served to a client
        }
        if (s.state() != State.PRE_ACTIVE && !client.contains(Tag.ACTIVATION_DATE)) {
            add(out, StoredObjects.date(Tag.ACTIVATION_DATE, s.now()));
        }
        boolean sensitive = client.contains(Tag.SENSITIVE) && client.get(Tag.SENSITIVE).booleanValue();
        boolean extractable = !client.contains(Tag.EXTRACTABLE) || client.get(Tag.EXTRACTABLE).booleanValue();
        if (!client.contains(Tag.SENSITIVE)) {
            add(out, new TtlvItem.BooleanItem(Tag.SENSITIVE, false)); // 1.4 §3.48 default
        }
        add(out, new TtlvItem.BooleanItem(Tag.ALWAYS_SENSITIVE, sensitive)); // 1.4 §3.49
        if (!client.contains(Tag.EXTRACTABLE)) {
            add(out, new TtlvItem.BooleanItem(Tag.EXTRACTABLE, true)); // 1.4 §3.50 default
        }
        add(out, new TtlvItem.BooleanItem(Tag.NEVER_EXTRACTABLE, !extractable)); // 1.4 §3.51
        for (Attribute a : clientAttributes) {
            out.add(AttributeMapping.toStore(a));
        }
        return out;
    }

    private static void add(List<AttributeValue> out, TtlvItem item) {
        out.add(AttributeValue.of(item));
    }

    /** Records the new object's non-secret attributes in the audit event. */
    static void audit(OperationContext ctx, Spec s, List<Attribute> clientAttributes) {
        ctx.target(s.uniqueIdentifier());
        ctx.objectType(s.type());
        if (s.algorithm() != null) {
            ctx.request("cryptographicAlgorithm", s.algorithm().specName());
        }
        if (s.length() != null) {
            ctx.request("cryptographicLength", Integer.toString(s.length()));
        }
        StringJoiner names = new StringJoiner(", ");
        for (Attribute a : clientAttributes) {
            if (a.tag() == Tag.NAME) {
                names.add(Name.fromItem(a.value()).value());
            } else if (a.tag() != Tag.CRYPTOGRAPHIC_ALGORITHM && a.tag() != Tag.CRYPTOGRAPHIC_LENGTH) {
                ctx.request(AttributeMapping.auditKeyOf(a.key()), AuditValues.render(a.value()));
            }
        }
        if (names.length() > 0) {
            ctx.request("names", names.toString());
        }
        ctx.response("uniqueIdentifier", s.uniqueIdentifier());
        ctx.response("state", s.state().specName());
    }
}

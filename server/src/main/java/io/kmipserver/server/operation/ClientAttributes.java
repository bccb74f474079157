package io.kmipserver.server.operation;

import io.kmipserver.codec.attribute.Attribute;
import io.kmipserver.codec.attribute.AttributeKey;
import io.kmipserver.codec.attribute.Attributes;
import io.kmipserver.codec.attribute.CryptographicParameters;
import io.kmipserver.codec.attribute.Link;
import io.kmipserver.codec.attribute.Name;
import io.kmipserver.codec.attribute.TtlvItems;
import io.kmipserver.codec.spec.KmipVersion;
import io.kmipserver.codec.spec.ObjectType;
import io.kmipserver.codec.spec.Tag;
import io.kmipserver.codec.ttlv.TtlvItem;
import io.kmipserver.server.policy.AttributeRule;
import io.kmipserver.server.policy.AttributeRules;
import io.kmipserver.server.policy.Failures;
import io.kmipserver.server.protocol.OperationContext;
import io.kmipserver.server.store.LocateFilter;
import io.kmipserver.server.store.ObjectStore;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks attributes a client sends: that it may set them (the rules of {@link AttributeRules}), that a
 * single-instance attribute comes once, that structured values are well formed, and that a Name is not
 * taken by another live object of the adapter (KMIP 1.4 Tables 328, 341; 2.1 Non Unique Name
 * Attribute).
 */
final class ClientAttributes {

    private ClientAttributes() {
    }

    /**
     * The client's attributes for a new object (Create, Register, Re-key), in request order, without
     * an Object Type that only repeats the request's.
     */
    static List<Attribute> forNewObject(Attributes requested, ObjectType type, KmipVersion version) {
        List<Attribute> out = new ArrayList<>(requested.size());
        Set<AttributeKey> seen = new HashSet<>();
        for (Attribute a : requested) {
            if (a.tag() == Tag.OBJECT_TYPE && a.enumerationValue() == type.value()) {
                continue; // some 1.x clients repeat the Object Type in the template
            }
            AttributeRule rule = AttributeRules.of(a.key());
            if (!rule.onCreate()) {
                throw Failures.readOnlyOnCreate(version, "the client may not set " + a.key());
            }
            if (!rule.multiInstance() && !seen.add(a.key())) {
                throw Failures.givenTwice(version, a.key() + " may have only one instance");
            }
            checkValue(a, version);
            out.add(a);
        }
        return out;
    }

    /** Refuses malformed values of the structured attributes the server reads. */
    static void checkValue(Attribute a, KmipVersion version) {
        try {
            int tag = a.tag();
            if (tag == Tag.NAME) {
                Name.fromItem(a.value());
            } else if (tag == Tag.LINK) {
                Link.fromItem(a.value());
            } else if (tag == Tag.CRYPTOGRAPHIC_PARAMETERS) {
                CryptographicParameters.fromItem(a.value());
            } else if (a.value() instanceof TtlvItem.DateTime || a.value() instanceof TtlvItem.DateTimeExtended) {
                TtlvItems.instant(a.value());
            }
        } catch (IllegalArgumentException e) {
            throw Failures.badAttributeValue(version, "malformed " + a.key() + ": " + e.getMessage());
        }
    }

    /**
     * Refuses Names another live (not destroyed) object of the adapter has. Destroyed objects keep
     * their metadata but not their names' claim, so a client may reuse the name of a key it destroyed.
     * Checked before the write: two concurrent creates of one name may both pass (documented race).
     */
    static void requireUniqueNames(ObjectStore store, OperationContext ctx, List<Attribute> attributes,
            boolean creating) {
        for (Attribute a : attributes) {
            if (a.tag() != Tag.NAME) {
                continue;
            }
            String value = Name.fromItem(a.value()).value();
            if (value.length() > LocateFilter.MAX_INDEXED_TEXT) {
                continue; // not indexable; the store cannot answer cheaply, and such names are not shared
            }
            long holders = store.count(ctx.adapterId(), List.of(
                    new LocateFilter.TextEquals(io.kmipserver.server.store.AttributeKey.standard(Tag.NAME), value),
                    Locates.LIVE_STATES));
            if (holders > 0) {
                throw Failures.nameTaken(ctx.version(), creating, "another object already has the Name " + value);
            }
        }
    }
}

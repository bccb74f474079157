package io.kmipserver.server.operation;

import io.kmipserver.codec.attribute.Attribute;
import io.kmipserver.codec.attribute.Attributes;
import io.kmipserver.codec.spec.KmipVersion;
import io.kmipserver.codec.spec.State;
import io.kmipserver.codec.spec.Tag;
import io.kmipserver.codec.ttlv.TtlvItem;
import io.kmipserver.server.store.ManagedObject;
import io.kmipserver.server.store.StoredAttribute;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * An object's attributes as a client of one protocol version sees them: the effective State (dates
 * reached since the last write count, see {@link io.kmipserver.server.policy.Lifecycle}), and only the
 * attributes and structure fields the version defines (a 1.0 client never receives a 2.x-only
 * attribute such as Key Format Type or Short Unique Identifier).
 */
final class AttributeViews {

    private AttributeViews() {
    }

    /** Every attribute instance {@code wanted} accepts, in stored order, as {@code version} sees it. */
    static Attributes of(ManagedObject o, Instant now, KmipVersion version, Predicate<StoredAttribute> wanted) {
        State effective = StoredObjects.effectiveState(o, now);
        List<Attribute> out = new ArrayList<>(o.attributes().size());
        for (StoredAttribute s : o.attributes()) {
            if (!wanted.test(s)) {
                continue;
            }
            StoredAttribute shown = s;
            if (!s.key().isVendor() && s.key().tag() == Tag.STATE && effective.value() != o.state()) {
                shown = new StoredAttribute(s.key(), s.index(), new TtlvItem.Enumeration(Tag.STATE, effective.value()));
            }
            out.add(AttributeMapping.toCodec(shown, version));
        }
        return Attributes.of(out).knownIn(version);
    }
}

package io.kmipserver.server.operation;

import io.kmipserver.codec.attribute.Attribute;
import io.kmipserver.codec.attribute.AttributeKey;
import io.kmipserver.codec.attribute.Attributes;
import io.kmipserver.codec.payload.LocateRequest;
import io.kmipserver.codec.spec.KmipVersion;
import io.kmipserver.codec.spec.ObjectGroupMember;
import io.kmipserver.codec.spec.State;
import io.kmipserver.codec.spec.StorageStatusMask;
import io.kmipserver.codec.spec.Tag;
import io.kmipserver.codec.ttlv.TtlvItem;
import io.kmipserver.server.protocol.InvalidFieldException;
import io.kmipserver.server.store.LocateFilter;
import io.kmipserver.server.store.LocateQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Turns a Locate request into the store's {@link LocateQuery} by the matching rules of KMIP 1.4 §4.9
 * and 2.1 §6.1.28 — one indexed filter per criterion, ANDed; nothing is filtered in memory:
 * <ul>
 *   <li>a Date-Time attribute given once matches that instant; given twice, the closed range between
 *       the two; set to its largest value, it is ignored ("equivalent to an undefined attribute");</li>
 *   <li>Cryptographic Usage Mask matches objects having every requested bit;</li>
 *   <li>Name matches on Name Value, Link on Linked Object Identifier and/or Link Type (a structure
 *       need not give every field); other structures match whole;</li>
 *   <li>text, enumerations, integers, booleans and intervals match by equality; Attribute Index is
 *       ignored (§4.9);</li>
 *   <li>Storage Status Mask (default on-line only): destroyed objects are returned only when the mask
 *       holds Destroyed Storage (2.x) or, in 1.x, which has no such bit, when the request filters on
 *       State; this server archives nothing, so an archival-only search finds nothing;</li>
 *   <li>Object Group Member Fresh adds Fresh = True; Group Member Default returns the newest member.</li>
 * </ul>
 */
final class Locates {

    /** The states of objects that still have their material. */
    static final LocateFilter LIVE_STATES = new LocateFilter.NumberIn(
            io.kmipserver.server.store.AttributeKey.standard(Tag.STATE),
            Set.of((long) State.PRE_ACTIVE.value(), (long) State.ACTIVE.value(), (long) State.DEACTIVATED.value(),
                    (long) State.COMPROMISED.value()));

    private static final LocateFilter DESTROYED_STATES = new LocateFilter.NumberIn(
            io.kmipserver.server.store.AttributeKey.standard(Tag.STATE),
            Set.of((long) State.DESTROYED.value(), (long) State.DESTROYED_COMPROMISED.value()));

    /** A translated request: the query, or {@code null} when nothing can match. */
    record Plan(LocateQuery query, String description) {
    }

    private Locates() {
    }

    static Plan plan(LocateRequest request, KmipVersion version) {
        if (request.maximumItems() != null && request.maximumItems() < 0) {
            throw new InvalidFieldException("Maximum Items must not be negative");
        }
        if (request.offsetItems() != null && request.offsetItems() < 0) {
            throw new InvalidFieldException("Offset Items must not be negative");
        }
        List<LocateFilter> filters = new ArrayList<>();
        StringJoiner description = new StringJoiner(", ");
        Map<AttributeKey, List<Attribute>> byKey = new LinkedHashMap<>();
        for (Attribute a : request.attributes()) {
            byKey.computeIfAbsent(a.key(), k -> new ArrayList<>()).add(a);
            description.add(a.key() + "=" + AuditValues.render(a.value()));
        }
        for (Map.Entry<AttributeKey, List<Attribute>> e : byKey.entrySet()) {
            addFilters(AttributeMapping.toStore(e.getKey()), e.getValue(), filters);
        }
        boolean matchesSomething = storageStatus(request.storageStatusMask(), request.attributes(), version, filters);
        Integer max = request.maximumItems();
        if (request.objectGroupMember() == ObjectGroupMember.GROUP_MEMBER_FRESH) {
            filters.add(new LocateFilter.NumberEquals(io.kmipserver.server.store.AttributeKey.standard(Tag.FRESH), 1));
        } else if (request.objectGroupMember() == ObjectGroupMember.GROUP_MEMBER_DEFAULT) {
            max = 1; // server policy: a group's default member is its newest
        }
        LocateQuery query = new LocateQuery(filters, max, request.offsetItems() == null ? 0 : request.offsetItems());
        return new Plan(matchesSomething ? query : null, description.toString());
    }

    private static void addFilters(io.kmipserver.server.store.AttributeKey key, List<Attribute> instances,
            List<LocateFilter> filters) {
        TtlvItem first = instances.get(0).value();
        if (first instanceof TtlvItem.DateTime || first instanceof TtlvItem.DateTimeExtended) {
            dateFilter(key, instances, filters);
            return;
        }
        for (Attribute a : instances) {
            filters.addAll(filtersFor(key, a));
        }
    }

    private static void dateFilter(io.kmipserver.server.store.AttributeKey key, List<Attribute> instances,
            List<LocateFilter> filters) {
        if (instances.size() > 2) {
            throw new InvalidFieldException("a date attribute is given at most twice (a range) in Locate");
        }
        long a = number(instances.get(0).value());
        if (instances.size() == 1) {
            if (a != Long.MAX_VALUE) {
                filters.add(new LocateFilter.NumberEquals(key, a));
            }
            return;
        }
        long b = number(instances.get(1).value());
        filters.add(new LocateFilter.NumberRange(key, Math.min(a, b), Math.max(a, b)));
    }

    private static List<LocateFilter> filtersFor(io.kmipserver.server.store.AttributeKey key, Attribute a) {
        TtlvItem v = a.value();
        if (!key.isVendor() && key.tag() == Tag.CRYPTOGRAPHIC_USAGE_MASK && v instanceof TtlvItem.IntegerItem i) {
            return List.of(new LocateFilter.MaskContainsAll(key, i.value() & 0xFFFF_FFFFL));
        }
        if (!key.isVendor() && (key.tag() == Tag.NAME || key.tag() == Tag.LINK) && v instanceof TtlvItem.Structure s) {
            // Name Value / Linked Object Identifier is the text projection, Name Type / Link Type the number one.
            List<LocateFilter> out = new ArrayList<>(2);
            int textTag = key.tag() == Tag.NAME ? Tag.NAME_VALUE : Tag.LINKED_OBJECT_IDENTIFIER;
            int numberTag = key.tag() == Tag.NAME ? Tag.NAME_TYPE : Tag.LINK_TYPE;
            TtlvItem text = s.first(textTag);
            if (text instanceof TtlvItem.TextString t) {
                out.add(text(key, t.value(), v));
            }
            TtlvItem number = s.first(numberTag);
            if (number instanceof TtlvItem.Enumeration n && key.tag() == Tag.LINK) {
                out.add(new LocateFilter.NumberEquals(key, n.value() & 0xFFFF_FFFFL));
            }
            return out;
        }
        if (v instanceof TtlvItem.TextString t) {
            return List.of(text(key, t.value(), v));
        }
        if (v instanceof TtlvItem.IntegerItem || v instanceof TtlvItem.LongInteger || v instanceof TtlvItem.Enumeration
                || v instanceof TtlvItem.BooleanItem || v instanceof TtlvItem.Interval) {
            return List.of(new LocateFilter.NumberEquals(key, number(v)));
        }
        return List.of(new LocateFilter.ValueEquals(key, v));
    }

    private static LocateFilter text(io.kmipserver.server.store.AttributeKey key, String value, TtlvItem whole) {
        return value.length() <= LocateFilter.MAX_INDEXED_TEXT ? new LocateFilter.TextEquals(key, value)
                : new LocateFilter.ValueEquals(key, whole);
    }

    private static long number(TtlvItem v) {
        if (v instanceof TtlvItem.DateTime d) {
            return d.epochSeconds();
        }
        if (v instanceof TtlvItem.DateTimeExtended d) {
            return d.epochMicros();
        }
        if (v instanceof TtlvItem.IntegerItem i) {
            return i.value();
        }
        if (v instanceof TtlvItem.LongInteger l) {
            return l.value();
        }
        if (v instanceof TtlvItem.Enumeration e) {
            return e.value() & 0xFFFF_FFFFL;
        }
        if (v instanceof TtlvItem.BooleanItem b) {
            return b.value() ? 1 : 0;
        }
        if (v instanceof TtlvItem.Interval i) {
            return i.seconds();
        }
        throw new InvalidFieldException("unsupported value type in Locate");
    }

    /** Adds the state filter the Storage Status Mask implies; false when nothing can match. */
    private static boolean storageStatus(Integer mask, Attributes requested, KmipVersion version,
            List<LocateFilter> filters) {
        int m = mask == null ? StorageStatusMask.ON_LINE_STORAGE.bit() : mask;
        if (StorageStatusMask.unknownBits(m, version) != 0) {
            throw new InvalidFieldException("Storage Status Mask has bits KMIP " + version.label() + " does not define");
        }
        boolean online = (m & StorageStatusMask.ON_LINE_STORAGE.bit()) != 0;
        boolean destroyed = (m & StorageStatusMask.DESTROYED_STORAGE.bit()) != 0
                || (!version.is2x() && requested.contains(Tag.STATE));
        if (online && destroyed) {
            return true;
        }
        if (online) {
            filters.add(LIVE_STATES);
            return true;
        }
        if (destroyed) {
            filters.add(DESTROYED_STATES);
            return true;
        }
        return false; // archival storage only: this server archives nothing
    }
}

package io.kmipserver.server.store;

import java.util.List;

/**
 * A Locate (KMIP 1.4 §4.9, 2.1 §6.1.27): every filter must match; results newest first (Initial Date
 * descending, then insertion order, then Unique Identifier), {@code offsetItems} skipped, at most
 * {@code maxItems} returned.
 *
 * @param maxItems Maximum Items, or {@code null} when the request has none; the store caps it at
 *     its configured maximum either way (1.4 §4.9: the server "MAY impose an internal maximum limit")
 * @param offsetItems Offset Items, 0 when absent
 */
public record LocateQuery(List<LocateFilter> filters, Integer maxItems, int offsetItems) {

    public LocateQuery {
        filters = List.copyOf(filters);
        if (maxItems != null && maxItems < 0) {
            throw new IllegalArgumentException("Maximum Items must not be negative");
        }
        if (offsetItems < 0) {
            throw new IllegalArgumentException("Offset Items must not be negative");
        }
    }

    /** Every filter must match; no Maximum Items, no offset. */
    public static LocateQuery of(LocateFilter... filters) {
        return new LocateQuery(List.of(filters), null, 0);
    }

    public LocateQuery withMaxItems(int max) {
        return new LocateQuery(filters, max, offsetItems);
    }

    public LocateQuery withOffsetItems(int offset) {
        return new LocateQuery(filters, maxItems, offset);
    }
}

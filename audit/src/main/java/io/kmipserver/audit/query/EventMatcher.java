package io.kmipserver.audit.query;

import io.kmipserver.audit.event.AuditEvent;
import io.kmipserver.audit.event.EventTimes;
import io.kmipserver.audit.event.Initiator;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The filters of an {@link EventQuery} as a predicate on events (its limit and cursor aside): the
 * definition of "matches" that every way of answering a query must agree with.
 */
public final class EventMatcher implements Predicate<AuditEvent> {
    private final EventQuery query;
    private final long from;
    private final long to;

    public EventMatcher(EventQuery query) {
        this.query = Objects.requireNonNull(query, "query");
        this.from = query.from() == null ? Long.MIN_VALUE : EventTimes.toMicros(query.from());
        this.to = query.to() == null ? Long.MAX_VALUE : EventTimes.toMicros(query.to());
    }

    @Override
    public boolean test(AuditEvent event) {
        return event.eventTime() >= from && event.eventTime() < to
                && actionMatches(query.actions(), event.action())
                && (isEmpty(query.target()) || event.target().uniqueIdentifiers().contains(query.target()))
                && (isEmpty(query.initiator()) || initiatorMatches(query.initiator(), event.initiator()))
                && (query.outcome() == null || query.outcome() == event.outcome())
                && (query.severity() == null || query.severity() == event.severity())
                && (isEmpty(query.reason()) || (event.reason() != null && query.reason().equals(event.reason().code())))
                && (isEmpty(query.correlationId()) || query.correlationId().equals(event.correlationId()));
    }

    /** Whether an action matches one of the filters: exact, or a prefix when the filter ends in {@code .*}. */
    public static boolean actionMatches(List<String> filters, String action) {
        if (filters.isEmpty()) {
            return true;
        }
        for (String filter : filters) {
            if (isPrefix(filter) ? action.startsWith(filter.substring(0, filter.length() - 1)) : action.equals(filter)) {
                return true;
            }
        }
        return false;
    }

    /** Whether an action filter is a prefix ({@code kmip.*}) rather than an exact action. */
    public static boolean isPrefix(String actionFilter) {
        return actionFilter.endsWith(".*");
    }

    static boolean initiatorMatches(String who, Initiator initiator) {
        return who.equals(initiator.adapter()) || who.equals(initiator.certificateFingerprint())
                || who.equals(initiator.certificateSubject());
    }

    static boolean isEmpty(String value) {
        return value == null || value.isEmpty();
    }
}

package io.kmipserver.audit.query;

import io.kmipserver.audit.event.Outcome;
import io.kmipserver.audit.event.Severity;
import java.time.Instant;
import java.util.List;

/**
 * A search for events. Filters combine with AND; a null or empty field does not filter.
 *
 * @param from          first event time included; null: no lower bound
 * @param to            first event time excluded; null: no upper bound
 * @param actions       each exact ({@code kmip.get}) or a prefix ending in {@code .*}
 *                      ({@code kmip.*}); an event matches when it matches any of them
 * @param target        an object Unique Identifier among the event's target identifiers
 * @param initiator     the initiator's adapter name, certificate fingerprint (64 hex) or certificate
 *                      subject DN, exact; matches any of the three
 * @param outcome       success or failure
 * @param severity      exact severity
 * @param reason        exact reason code (KMIP Result Reason name or HTTP status)
 * @param correlationId exact correlation id
 * @param limit         page size, 1..{@value #MAX_LIMIT}
 * @param cursor        opaque, from {@link EventPage#nextCursor()}; null for the first page
 */
public record EventQuery(Instant from, Instant to, List<String> actions, String target, String initiator,
                         Outcome outcome, Severity severity, String reason, String correlationId,
                         int limit, String cursor) {
    public static final int MAX_LIMIT = 1000;
    public static final int DEFAULT_LIMIT = 100;

    public EventQuery {
        actions = actions == null ? List.of() : List.copyOf(actions);
        for (String action : actions) {
            if (action.isEmpty() || action.equals(".*")) {
                throw new IllegalArgumentException("an action filter must not be empty: '" + action + "'");
            }
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ": " + limit);
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("from (" + from + ") must be before to (" + to + ")");
        }
    }

    /** A query without filters: every event, {@value #DEFAULT_LIMIT} per page. */
    public static EventQuery all() {
        return new EventQuery(null, null, List.of(), null, null, null, null, null, null, DEFAULT_LIMIT, null);
    }

    public EventQuery withCursor(String cursor) {
        return new EventQuery(from, to, actions, target, initiator, outcome, severity, reason, correlationId, limit, cursor);
    }

    public EventQuery withLimit(int limit) {
        return new EventQuery(from, to, actions, target, initiator, outcome, severity, reason, correlationId, limit, cursor);
    }

    public EventQuery withTime(Instant from, Instant to) {
        return new EventQuery(from, to, actions, target, initiator, outcome, severity, reason, correlationId, limit, cursor);
    }

    public EventQuery withActions(List<String> actions) {
        return new EventQuery(from, to, actions, target, initiator, outcome, severity, reason, correlationId, limit, cursor);
    }

    public EventQuery withTarget(String target) {
        return new EventQuery(from, to, actions, target, initiator, outcome, severity, reason, correlationId, limit, cursor);
    }

    public EventQuery withInitiator(String initiator) {
        return new EventQuery(from, to, actions, target, initiator, outcome, severity, reason, correlationId, limit, cursor);
    }

    public EventQuery withOutcome(Outcome outcome) {
        return new EventQuery(from, to, actions, target, initiator, outcome, severity, reason, correlationId, limit, cursor);
    }

    public EventQuery withSeverity(Severity severity) {
        return new EventQuery(from, to, actions, target, initiator, outcome, severity, reason, correlationId, limit, cursor);
    }

    public EventQuery withReason(String reason) {
        return new EventQuery(from, to, actions, target, initiator, outcome, severity, reason, correlationId, limit, cursor);
    }

    public EventQuery withCorrelationId(String correlationId) {
        return new EventQuery(from, to, actions, target, initiator, outcome, severity, reason, correlationId, limit, cursor);
    }
}

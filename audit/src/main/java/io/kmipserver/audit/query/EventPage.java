package io.kmipserver.audit.query;

import io.kmipserver.audit.event.AuditEvent;
import java.util.List;

/**
 * One page of a search.
 *
 * @param events     newest first: by event time, then by journal position, descending
 * @param nextCursor where the next page starts; null when there are no more events
 */
public record EventPage(List<AuditEvent> events, String nextCursor) {
    public EventPage {
        events = List.copyOf(events);
    }
}

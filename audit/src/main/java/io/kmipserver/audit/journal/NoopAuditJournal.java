package io.kmipserver.audit.journal;

import io.kmipserver.audit.event.AuditEvent;
import java.util.Objects;

/**
 * Discards every event. For benchmarks that measure the cost of the journal by comparing a run with
 * it against one without; never for a server that serves clients (invariant 1).
 */
public final class NoopAuditJournal implements AuditJournal {
    @Override
    public void append(AuditEvent event) {
        Objects.requireNonNull(event, "event");
    }

    @Override
    public void close() {
    }
}

package io.kmipserver.audit.journal;

import io.kmipserver.audit.event.AuditEvent;

/**
 * Where every audited operation leaves its event (DESIGN invariants 1 and 2). Implementations are
 * thread-safe: request threads append concurrently.
 */
public interface AuditJournal extends AutoCloseable {

    /**
     * Appends one event. Returns only once the event is in the journal, so the caller may then
     * answer its client.
     *
     * @throws AuditJournalException when the event cannot be written (disk full, directory gone,
     *                               journal closed); the caller must fail the operation
     */
    void append(AuditEvent event);

    /** Closes the journal; later appends throw {@link AuditJournalException}. */
    @Override
    void close();
}

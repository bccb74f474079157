package io.kmipserver.audit.journal;

/**
 * The journal cannot take or give an event. Unchecked so that every caller of
 * {@link AuditJournal#append} fails closed without having to remember to: the operation that
 * produced the event must fail and commit nothing.
 */
public class AuditJournalException extends RuntimeException {
    public AuditJournalException(String message) {
        super(message);
    }

    public AuditJournalException(String message, Throwable cause) {
        super(message, cause);
    }
}

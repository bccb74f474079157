package io.kmipserver.server.protocol;

import io.kmipserver.audit.event.AuditEvent;
import io.kmipserver.audit.journal.AuditJournal;
import io.kmipserver.audit.journal.AuditJournalException;

/** A journal decorator that throws, like a full disk, while {@link #failing} is set. */
final class FailingJournal implements AuditJournal {

    private final AuditJournal delegate;
    volatile boolean failing = true;

    FailingJournal(AuditJournal delegate) {
        this.delegate = delegate;
    }

    @Override
    public void append(AuditEvent event) {
        if (failing) {
            throw new AuditJournalException("no space left on device (test)");
        }
        delegate.append(event);
    }

    @Override
    public void close() {
        // the harness closes the real journal
    }
}

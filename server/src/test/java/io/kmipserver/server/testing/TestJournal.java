package io.kmipserver.server.testing;

import io.kmipserver.audit.event.AuditEvent;
import io.kmipserver.audit.journal.ChronicleAuditJournal;
import io.kmipserver.audit.journal.JournalEntry;
import io.kmipserver.audit.journal.JournalOptions;
import io.kmipserver.audit.journal.JournalReader;
import io.kmipserver.audit.journal.JournalTailer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** A real Chronicle audit journal in a temp directory, with readers for assertions. */
public final class TestJournal implements AutoCloseable {

    private final ChronicleAuditJournal journal;

    public TestJournal(Path directory) {
        this.journal = ChronicleAuditJournal.open(directory,
                JournalOptions.DEFAULT.withBlockSize(JournalOptions.MIN_BLOCK_SIZE).withMinFreeBytes(0),
                Clock.systemUTC());
    }

    public ChronicleAuditJournal journal() {
        return journal;
    }

    /** Every event in the journal, in order. */
    public List<AuditEvent> events() {
        return events(journal);
    }

    /** Every event of a journal, in order. */
    public static List<AuditEvent> events(ChronicleAuditJournal journal) {
        return events(journal.reader());
    }

    /** Every event a reader sees, in order. */
    public static List<AuditEvent> events(JournalReader reader) {
        List<AuditEvent> events = new ArrayList<>();
        try (JournalTailer tailer = reader.tailer()) {
            JournalEntry entry;
            while ((entry = tailer.next()) != null) {
                events.add(entry.event());
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the journal", e);
        }
        return events;
    }

    /** The events with this action, once {@code count} of them are there or the timeout passed. */
    public List<AuditEvent> await(String action, int count, Duration timeout) throws InterruptedException {
        return await(journal, e -> e.action().equals(action), count, timeout);
    }

    public static List<AuditEvent> await(ChronicleAuditJournal journal, Predicate<AuditEvent> filter, int count,
            Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<AuditEvent> matching = events(journal).stream().filter(filter).toList();
            if (matching.size() >= count || System.nanoTime() > deadline) {
                return matching;
            }
            Thread.sleep(20);
        }
    }

    @Override
    public void close() {
        journal.close();
    }
}

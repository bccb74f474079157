package io.kmipserver.audit.journal;

import static io.kmipserver.audit.journal.ChronicleAuditJournalTest.readAll;
import static org.assertj.core.api.Assertions.assertThat;

import io.kmipserver.audit.event.AuditEvent;
import io.kmipserver.audit.event.AuditEventIds;
import io.kmipserver.audit.event.Outcome;
import io.kmipserver.audit.testing.TestClock;
import io.kmipserver.audit.testing.TestEvents;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalRetentionTest {
    @TempDir
    Path dir;

    private final TestClock clock = TestClock.at("2026-11-01T12:00:00Z");
    private final AuditEventIds ids = new AuditEventIds("node-1", clock);

    @Test
    void cyclesOlderThanTheRetentionWindowAreDeletedAndTheDeletionIsJournalled() throws Exception {
        try (ChronicleAuditJournal journal = ChronicleAuditJournal.open(dir, TestEvents.OPTIONS, clock)) {
            appendOnDays(journal, 5, 3); // 1..5 November, three events a day
            JournalRetention retention = new JournalRetention(journal, 3, "node-1", ids);

            // 5 November 12:00: the window reaches back to 2 November 12:00, so only 1 November has expired
            RetentionResult result = retention.apply();

            assertThat(result.deletedFiles()).containsExactly("20261101F.cq4");
            assertThat(result.deletedEvents()).isEqualTo(3);
            assertThat(dir.resolve("20261101F.cq4")).doesNotExist();
            assertThat(dir.resolve("20261102F.cq4")).exists();

            List<JournalEntry> entries = readAll(journal.reader());
            assertThat(entries.get(0).cycleFile()).isEqualTo("20261102F.cq4");
            AuditEvent recorded = entries.get(entries.size() - 1).event();
            assertThat(recorded.action()).isEqualTo(JournalRetention.ACTION);
            assertThat(recorded.outcome()).isEqualTo(Outcome.SUCCESS);
            assertThat(recorded.responseData())
                    .containsEntry(JournalRetention.DELETED_FILES, "20261101F.cq4")
                    .containsEntry(JournalRetention.DELETED_FILE_COUNT, "1")
                    .containsEntry(JournalRetention.DELETED_EVENT_COUNT, "3");
            assertThat(recorded.requestData()).containsEntry("retentionDays", "3");

            // the next day, 2 November expires too; nothing else
            clock.advance(Duration.ofDays(1));
            assertThat(retention.apply().deletedFiles()).containsExactly("20261102F.cq4");
            assertThat(retention.apply().deletedFiles()).isEmpty();
        }
    }

    @Test
    void aRunWithNothingExpiredDeletesNothingAndRecordsNothing() {
        try (ChronicleAuditJournal journal = ChronicleAuditJournal.open(dir, TestEvents.OPTIONS, clock)) {
            appendOnDays(journal, 2, 1);
            long before = journal.lastSequence();

            RetentionResult result = new JournalRetention(journal, 180, "node-1", ids).apply();

            assertThat(result.deletedFiles()).isEmpty();
            assertThat(journal.lastSequence()).isEqualTo(before);
        }
    }

    @Test
    void theCurrentCycleIsKeptEvenWhenTheClockHasMovedFarBeyondIt() {
        try (ChronicleAuditJournal journal = ChronicleAuditJournal.open(dir, TestEvents.OPTIONS, clock)) {
            journal.append(TestEvents.get("only", clock));
            clock.advance(Duration.ofDays(30));

            RetentionResult result = new JournalRetention(journal, 1, "node-1", ids).apply();

            // the newest file is the current one until another is written
            assertThat(result.deletedFiles()).isEmpty();
            assertThat(dir.resolve("20261101F.cq4")).exists();
        }
    }

    @Test
    void aCycleANamedTailerHasNotReadPastIsKept() {
        try (ChronicleAuditJournal journal = ChronicleAuditJournal.open(dir, TestEvents.OPTIONS, clock)) {
            appendOnDays(journal, 4, 2); // 1..4 November
            try (JournalTailer slow = journal.reader().namedTailer("index")) {
                slow.next(); // reads one event of 1 November and stops there
                clock.advance(Duration.ofDays(10));

                RetentionResult held = new JournalRetention(journal, 2, "node-1", ids).apply();
                assertThat(held.deletedFiles()).isEmpty();
                assertThat(held.heldByTailers()).contains("20261101F.cq4", "20261102F.cq4");

                // once the tailer has read into 3 November, 1 and 2 November may go
                for (int i = 0; i < 4; i++) {
                    slow.next();
                }
                RetentionResult released = new JournalRetention(journal, 2, "node-1", ids).apply();
                assertThat(released.deletedFiles()).containsExactly("20261101F.cq4", "20261102F.cq4");
                assertThat(released.heldByTailers()).contains("20261103F.cq4");
            }
        }
    }

    /** Appends {@code perDay} events on each of {@code days} consecutive days, ending on the last. */
    private void appendOnDays(ChronicleAuditJournal journal, int days, int perDay) {
        for (int d = 0; d < days; d++) {
            if (d > 0) {
                clock.advance(Duration.ofDays(1));
            }
            for (int i = 0; i < perDay; i++) {
                journal.append(TestEvents.get("d" + d + "-" + i, clock));
            }
        }
    }
}

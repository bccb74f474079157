package io.kmipserver.audit.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kmipserver.audit.event.AuditEvent;
import io.kmipserver.audit.testing.TestClock;
import io.kmipserver.audit.testing.TestEvents;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChronicleAuditJournalTest {
    @TempDir
    Path dir;

    private final TestClock clock = TestClock.at("2026-11-22T10:00:00Z");

    @Test
    void appendedEventsAreReadBackInOrderWithContiguousSequences() throws Exception {
        List<AuditEvent> written = new ArrayList<>();
        try (ChronicleAuditJournal journal = ChronicleAuditJournal.open(dir, TestEvents.OPTIONS, clock)) {
            for (int i = 0; i < 5; i++) {
                AuditEvent event = TestEvents.get("e-" + i, clock);
                journal.append(event);
                written.add(event);
            }
            List<JournalEntry> entries = readAll(journal.reader());

            assertThat(entries).extracting(JournalEntry::sequence).containsExactly(1L, 2L, 3L, 4L, 5L);
            assertThat(entries).allMatch(JournalEntry::checksumMatches);
            List<AuditEvent> read = new ArrayList<>();
            for (JournalEntry entry : entries) {
                read.add(entry.event());
            }
            assertThat(read).isEqualTo(written);
            assertThat(entries.get(0).cycleFile()).isEqualTo("20261122F.cq4");
            assertThat(dir.resolve("20261122F.cq4")).exists();
        }
    }

    @Test
    void severalWriterThreadsLoseNoEventAndGetOneSequenceEach() throws Exception {
        int threads = 4;
        int perThread = 500;
        try (ChronicleAuditJournal journal = ChronicleAuditJournal.open(dir, TestEvents.OPTIONS, clock)) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < perThread; i++) {
                        journal.append(TestEvents.get("t" + thread + "-" + i, clock));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get(30, TimeUnit.SECONDS);
            }
            pool.shutdown();

            List<JournalEntry> entries = readAll(journal.reader());
            assertThat(entries).hasSize(threads * perThread);
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < entries.size(); i++) {
                assertThat(entries.get(i).sequence()).isEqualTo(i + 1L);
                ids.add(entries.get(i).event().id());
            }
            assertThat(ids).hasSize(threads * perThread);
        }
    }

    @Test
    void aReopenedJournalContinuesTheSequence() {
        try (ChronicleAuditJournal journal = ChronicleAuditJournal.open(dir, TestEvents.OPTIONS, clock)) {
            journal.append(TestEvents.get("a", clock));
            journal.append(TestEvents.get("b", clock));
        }
        try (ChronicleAuditJournal journal = ChronicleAuditJournal.open(dir, TestEvents.OPTIONS, clock)) {
            assertThat(journal.lastSequence()).isEqualTo(2);
            journal.append(TestEvents.get("c", clock));

            assertThat(readAll(journal.reader())).extracting(JournalEntry::sequence).containsExactly(1L, 2L, 3L);
        }
    }

    @Test
    void theJournalRollsToANewCycleFileEachDayOfTheInjectedClock() {
        try (ChronicleAuditJournal journal = ChronicleAuditJournal.open(dir, TestEvents.OPTIONS, clock)) {
            journal.append(TestEvents.get("day1", clock));
            clock.advance(Duration.ofDays(1));
            journal.append(TestEvents.get("day2", clock));

            List<JournalEntry> entries = readAll(journal.reader());
            assertThat(entries).extracting(JournalEntry::cycleFile).containsExactly("20261122F.cq4", "20261123F.cq4");
            assertThat(entries).extracting(JournalEntry::sequence).containsExactly(1L, 2L);
            assertThat(CycleFiles.cycleOfFile("20261123F.cq4")).hasValue(entries.get(1).cycle());
        }
    }

    @Test
    void aNamedTailerResumesWhereTheLastOneOfItsNameStopped() {
        try (ChronicleAuditJournal journal = ChronicleAuditJournal.open(dir, TestEvents.OPTIONS, clock)) {
            for (int i = 0; i < 4; i++) {
                journal.append(TestEvents.get("e-" + i, clock));
            }
            JournalReader reader = journal.reader();
            try (JournalTailer first = reader.namedTailer("index")) {
                assertThat(first.next().sequence()).isEqualTo(1);
                assertThat(first.next().sequence()).isEqualTo(2);
            }
            try (JournalTailer resumed = reader.namedTailer("index");
                 JournalTailer other = reader.namedTailer("other")) {
                assertThat(resumed.next().sequence()).isEqualTo(3);
                assertThat(other.next().sequence()).isEqualTo(1);
            }
        }
    }

    @Test
    void aReadOnlyReaderSeesTheEventsAndRefusesNamedTailers() {
        try (ChronicleAuditJournal journal = ChronicleAuditJournal.open(dir, TestEvents.OPTIONS, clock)) {
            journal.append(TestEvents.get("a", clock));
            try (JournalReader reader = JournalReader.openReadOnly(dir)) {
                assertThat(readAll(reader)).hasSize(1);
                assertThatThrownBy(() -> reader.namedTailer("x")).isInstanceOf(UnsupportedOperationException.class);
            }
            journal.append(TestEvents.get("b", clock));
        }
        assertThatThrownBy(() -> JournalReader.openReadOnly(dir.resolve("nothing-here")))
                .isInstanceOf(AuditJournalException.class)
                .hasMessageContaining("no audit journal");
    }

    /**
     * Tests run as root, so permissions cannot make the directory unwritable. Replacing the
     * directory with a plain file is a real failure root cannot write through either: Chronicle
     * fails to create the next day's cycle file.
     */
    @Test
    void appendThrowsWhenTheJournalDirectoryHasBeenReplacedByAFile() throws Exception {
        try (ChronicleAuditJournal journal = ChronicleAuditJournal.open(dir, TestEvents.OPTIONS, clock)) {
            journal.append(TestEvents.get("before", clock));
            deleteRecursively(dir);
            Files.writeString(dir, "not a directory");
            clock.advance(Duration.ofDays(1));

            assertThatThrownBy(() -> journal.append(TestEvents.get("after", clock)))
                    .isInstanceOf(AuditJournalException.class)
                    .hasMessageContaining(dir.toString());
            // and it stays refused: Chronicle's appender would otherwise write into a deleted file
            assertThatThrownBy(() -> journal.append(TestEvents.get("again", clock)))
                    .isInstanceOf(AuditJournalException.class)
                    .hasMessageContaining("gone or not a directory");
        } finally {
            Files.deleteIfExists(dir);
            Files.createDirectories(dir);
        }
    }

    @Test
    void appendNoticesADeletedDirectoryWithinTheSameDay() throws Exception {
        JournalOptions checkEveryAppend = TestEvents.OPTIONS.withStorageCheckInterval(Duration.ZERO);
        try (ChronicleAuditJournal journal = ChronicleAuditJournal.open(dir, checkEveryAppend, clock)) {
            journal.append(TestEvents.get("before", clock));
            deleteRecursively(dir);

            assertThatThrownBy(() -> journal.append(TestEvents.get("after", clock)))
                    .isInstanceOf(AuditJournalException.class)
                    .hasMessageContaining("gone or not a directory");
        }
    }

    /**
     * Filling a real file system is not cheap in a test; the free-space probe is the boundary the
     * journal reads, so the test replaces it with one that reports a nearly full disk.
     */
    @Test
    void appendThrowsWhileTheDiskIsNearlyFullAndResumesOnceSpaceIsBack() {
        AtomicLong free = new AtomicLong(10L << 30);
        JournalOptions options = TestEvents.OPTIONS.withMinFreeBytes(1L << 30).withStorageCheckInterval(Duration.ZERO);
        try (ChronicleAuditJournal journal = ChronicleAuditJournal.open(dir, options, clock, file -> free.get())) {
            journal.append(TestEvents.get("a", clock));
            free.set(100L << 20);

            assertThatThrownBy(() -> journal.append(TestEvents.get("b", clock)))
                    .isInstanceOf(AuditJournalException.class)
                    .hasMessageContaining("below the minimum");

            free.set(2L << 30);
            journal.append(TestEvents.get("c", clock));
            assertThat(readAll(journal.reader())).extracting(JournalEntry::sequence).containsExactly(1L, 2L);
        }
    }

    @Test
    void openingOnANearlyFullDiskFails() {
        assertThatThrownBy(() -> ChronicleAuditJournal.open(dir, TestEvents.OPTIONS.withMinFreeBytes(1L << 30), clock, file -> 0L))
                .isInstanceOf(AuditJournalException.class)
                .hasMessageContaining("below the minimum");
    }

    @Test
    void appendAfterCloseThrows() {
        ChronicleAuditJournal journal = ChronicleAuditJournal.open(dir, TestEvents.OPTIONS, clock);
        journal.close();

        assertThatThrownBy(() -> journal.append(TestEvents.get("late", clock)))
                .isInstanceOf(AuditJournalException.class)
                .hasMessageContaining("closed");
    }

    @Test
    void theLargestAllowedEventFitsInTheSmallestBlock() throws Exception {
        try (ChronicleAuditJournal journal = ChronicleAuditJournal.open(dir, TestEvents.OPTIONS, clock)) {
            AuditEvent big = AuditEvent.builder().id("big").action("kmip.register").success().observer("n")
                    .request("Name", "x".repeat(EventCodec.MAX_ENCODED_SIZE - 100)).build();
            journal.append(big);

            assertThat(readAll(journal.reader()).get(0).event()).isEqualTo(big);
        }
    }

    static List<JournalEntry> readAll(JournalReader reader) {
        List<JournalEntry> entries = new ArrayList<>();
        try (JournalTailer tailer = reader.tailer()) {
            for (JournalEntry e = tailer.next(); e != null; e = tailer.next()) {
                entries.add(e);
            }
        }
        return entries;
    }

    static void deleteRecursively(Path root) throws Exception {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted((a, b) -> b.compareTo(a)).toList()) {
                Files.delete(p);
            }
        }
    }
}

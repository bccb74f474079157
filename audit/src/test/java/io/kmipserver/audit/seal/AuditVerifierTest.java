package io.kmipserver.audit.seal;

import static org.assertj.core.api.Assertions.assertThat;

import io.kmipserver.audit.event.AuditEventIds;
import io.kmipserver.audit.journal.ChronicleAuditJournal;
import io.kmipserver.audit.journal.JournalRetention;
import io.kmipserver.audit.seal.Finding.Kind;
import io.kmipserver.audit.testing.CycleFileTamper;
import io.kmipserver.audit.testing.SealFixture;
import io.kmipserver.audit.testing.TestClock;
import io.kmipserver.audit.testing.TestEvents;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.KeyPair;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each test writes and seals a real journal, closes it, alters the files on disk as an intruder
 * could, and checks that the verifier names the problem and its place.
 */
class AuditVerifierTest {
    private static final KeyPair KEYS = SealFixture.ecKeyPair();
    private static final SealPolicy TEN_PER_CHECKPOINT = new SealPolicy(10, Duration.ofHours(1));
    private static final String DAY_ONE = "20261122F.cq4";

    @TempDir
    Path root;

    private final TestClock clock = TestClock.at("2026-11-22T10:00:00Z");
    private final Map<String, Long> indexOf = new LinkedHashMap<>();
    private Path journalDir;
    private Path sealDir;

    @BeforeEach
    void dirs() {
        journalDir = root.resolve("journal");
        sealDir = root.resolve("seal");
    }

    @Test
    void anUntouchedSealedJournalVerifies() {
        writeAndSeal(30, 0);

        VerificationReport report = verify();

        assertThat(report.verified()).as(report.describe()).isTrue();
        assertThat(report.findings()).isEmpty();
        assertThat(report.checkpointsVerified()).isEqualTo(3);
        assertThat(report.lastVerifiedCheckpoint()).isEqualTo(3);
        assertThat(report.eventsVerified()).isEqualTo(30);
        assertThat(report.lastVerifiedIndex()).isEqualTo(indexOf.get("e-29"));
        assertThat(report.describe()).startsWith("VERIFIED: 3 checkpoint(s) and 30 event(s) verified, up to checkpoint #3");
    }

    @Test
    void eventsAfterTheLastCheckpointAreReportedUnsealedButDoNotFailVerification() {
        writeAndSeal(20, 4);

        VerificationReport report = verify();

        assertThat(report.verified()).as(report.describe()).isTrue();
        assertThat(report.unsealedEvents()).isEqualTo(4);
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.level()).isEqualTo(Finding.Level.WARNING);
            assertThat(f.kind()).isEqualTo(Kind.UNSEALED_EVENTS);
            assertThat(f.index()).isEqualTo(indexOf.get("e-20"));
        });
    }

    /** Tamper: one bit of event e-13's id flipped inside the closed cycle file. */
    @Test
    void aFlippedByteIsPinnedToItsEventAndBreaksItsCheckpoint() throws Exception {
        writeAndSeal(30, 0);
        new CycleFileTamper(journalDir.resolve(DAY_ONE)).flipByteOfEventId("e-13");

        VerificationReport report = verify();

        assertThat(report.verified()).isFalse();
        assertThat(failures(report, Kind.CORRUPT_EVENT)).singleElement().satisfies(f -> {
            assertThat(f.index()).isEqualTo(indexOf.get("e-13"));
            assertThat(f.where()).isEqualTo(DAY_ONE + " #13 (index " + indexOf.get("e-13") + ")");
        });
        assertThat(failures(report, Kind.CHAIN_MISMATCH)).singleElement()
                .satisfies(f -> assertThat(f.checkpoint()).isEqualTo(2));
        // the checkpoints around the damage still hold
        assertThat(report.checkpointsVerified()).isEqualTo(2);
    }

    /**
     * Tamper: event e-13's excerpt header gets Chronicle's metadata bit, so readers skip it; the
     * events after it move up one index. The journal sequence shows the gap.
     */
    @Test
    void aRemovedEventLeavesASequenceGapAtItsPlace() throws Exception {
        writeAndSeal(30, 0);
        new CycleFileTamper(journalDir.resolve(DAY_ONE)).hideEvent("e-13");

        VerificationReport report = verify();

        assertThat(report.verified()).isFalse();
        assertThat(failures(report, Kind.MISSING_EVENTS)).singleElement().satisfies(f -> {
            // e-14 now sits at e-13's index
            assertThat(f.index()).isEqualTo(indexOf.get("e-13"));
            assertThat(f.message()).contains("journal sequence 14 are missing");
        });
        assertThat(failures(report, Kind.CHAIN_MISMATCH)).isNotEmpty();
    }

    /** Tamper: the cycle file cut inside event e-13 with {@code truncate}. */
    @Test
    void aCycleFileCutShortIsReportedWithoutMappingIt() throws Exception {
        writeAndSeal(30, 0);
        long size = new CycleFileTamper(journalDir.resolve(DAY_ONE)).truncateInsideEvent("e-13");

        VerificationReport report = verify();

        assertThat(report.verified()).isFalse();
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Kind.TRUNCATED_FILE);
            assertThat(f.where()).isEqualTo(DAY_ONE);
            assertThat(f.message()).contains(size + " bytes");
        });
    }

    /**
     * Tamper: the cycle file cut at a page boundary, so its size looks like one Chronicle makes.
     * The excerpt headers still announce more than is left; the verifier finds that with plain
     * reads, before Chronicle maps the file (which would fault).
     */
    @Test
    void aCycleFileCutAtAPageBoundaryIsReportedWithoutMappingIt() throws Exception {
        writeAndSeal(30, 0);
        try (FileChannel channel = FileChannel.open(journalDir.resolve(DAY_ONE), StandardOpenOption.WRITE)) {
            channel.truncate(8192);
        }

        VerificationReport report = verify();

        assertThat(report.verified()).isFalse();
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Kind.TRUNCATED_FILE);
            assertThat(f.where()).isEqualTo(DAY_ONE);
            assertThat(f.message()).contains("past the end of the 8192-byte file");
        });
    }

    /**
     * Tamper: everything from event e-25 on zeroed, which is how a file cut there and grown again
     * looks; the journal now ends at e-24 while checkpoint #3 sealed up to e-29.
     */
    @Test
    void aJournalThatEndsBeforeTheLastSealedEventIsReportedTruncated() throws Exception {
        writeAndSeal(30, 0);
        new CycleFileTamper(journalDir.resolve(DAY_ONE)).zeroFromEvent("e-25", 64 * 1024);

        VerificationReport report = verify();

        assertThat(report.verified()).isFalse();
        assertThat(failures(report, Kind.TRUNCATED_JOURNAL)).singleElement().satisfies(f -> {
            assertThat(f.index()).isEqualTo(indexOf.get("e-24"));
            assertThat(f.checkpoint()).isEqualTo(3);
            assertThat(f.message()).contains("5 sealed event(s) are missing from the end");
        });
        assertThat(report.checkpointsVerified()).isEqualTo(2);
    }

    /** Tamper: checkpoint #2's count and chain hash rewritten, its signature kept. */
    @Test
    void aCheckpointWithAlteredFieldsFailsItsSignature() throws Exception {
        writeAndSeal(30, 0);
        rewriteCheckpointLine(2, line -> line.replace("\"count\":10", "\"count\":9"));

        VerificationReport report = verify();

        assertThat(report.verified()).isFalse();
        assertThat(failures(report, Kind.BAD_SIGNATURE)).singleElement().satisfies(f -> {
            assertThat(f.checkpoint()).isEqualTo(2);
            assertThat(f.where()).isEqualTo("checkpoints.jsonl line 2");
        });
    }

    /** Tamper: checkpoint #3 replaced by one the intruder signed with a key of their own. */
    @Test
    void aCheckpointSignedWithAnotherKeyFailsItsSignature() throws Exception {
        writeAndSeal(30, 0);
        KeyPair intruder = SealFixture.ecKeyPair();
        rewriteCheckpointLine(3, line -> {
            Checkpoint genuine = CheckpointLog.fromJson(line);
            Checkpoint forged = Checkpoint.sign(genuine.number(), genuine.firstIndex(), genuine.lastIndex(),
                    genuine.count(), ChainHash.fromHex(genuine.previousHash()), ChainHash.fromHex(genuine.chainHash()),
                    genuine.time(), genuine.observer(), intruder.getPrivate());
            return CheckpointLog.toJson(forged);
        });

        VerificationReport report = verify();

        assertThat(failures(report, Kind.BAD_SIGNATURE)).singleElement()
                .satisfies(f -> assertThat(f.checkpoint()).isEqualTo(3));
        // without a trusted checkpoint #3, its events count as unsealed
        assertThat(report.unsealedEvents()).isEqualTo(10);
    }

    @Test
    void aDeletedCheckpointLineBreaksTheCheckpointChain() throws Exception {
        writeAndSeal(30, 0);
        Path file = sealDir.resolve(CheckpointLog.FILE_NAME);
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        lines.remove(1);
        Files.write(file, lines);

        VerificationReport report = verify();

        assertThat(failures(report, Kind.CHECKPOINT_DISCONTINUITY)).singleElement()
                .satisfies(f -> assertThat(f.checkpoint()).isEqualTo(3));
    }

    @Test
    void filesDeletedByRetentionAreNotAFailure() {
        writeOverDays(4, 3);
        try (ChronicleAuditJournal journal = ChronicleAuditJournal.open(journalDir, TestEvents.OPTIONS, clock)) {
            clock.advance(Duration.ofDays(1));
            new JournalRetention(journal, 3, "node-1", new AuditEventIds("node-1", clock)).apply();
            try (AuditSealer sealer = sealer(journal)) {
                sealer.seal();
            }
        }

        VerificationReport report = verify();

        assertThat(report.verified()).as(report.describe()).isTrue();
        assertThat(report.retiredCheckpoints()).isEqualTo(1);
        // three days of three events, plus the retention event
        assertThat(report.eventsVerified()).isEqualTo(10);
    }

    /** Tamper: the oldest day's file deleted by hand, not by retention. */
    @Test
    void aSealedFileDeletedByHandIsReportedMissing() throws Exception {
        writeOverDays(3, 3);
        Files.delete(journalDir.resolve(DAY_ONE));

        VerificationReport report = verify();

        assertThat(report.verified()).as(report.describe()).isFalse();
        assertThat(failures(report, Kind.MISSING_FILE)).singleElement().satisfies(f -> {
            assertThat(f.where()).isEqualTo(DAY_ONE);
            assertThat(f.checkpoint()).isEqualTo(1);
        });
    }

    /** Tamper: the middle day's file deleted. */
    @Test
    void aMissingDayInTheMiddleIsReportedWithItsEvents() throws Exception {
        writeOverDays(3, 3);
        Files.delete(journalDir.resolve("20261123F.cq4"));

        VerificationReport report = verify();

        assertThat(report.verified()).isFalse();
        assertThat(failures(report, Kind.MISSING_EVENTS)).extracting(Finding::message).anySatisfy(
                m -> assertThat(m).contains("3 event(s) with journal sequence 4..6 are missing"));
        assertThat(failures(report, Kind.MISSING_EVENTS)).extracting(Finding::checkpoint).contains(2L);
    }

    private VerificationReport verify() {
        return AuditVerifier.verify(journalDir, sealDir, KEYS.getPublic());
    }

    private static List<Finding> failures(VerificationReport report, Kind kind) {
        return report.failures().stream().filter(f -> f.kind() == kind).toList();
    }

    /** Appends {@code sealed + unsealed} events e-0, e-1, …; seals the first {@code sealed}. */
    private void writeAndSeal(int sealed, int unsealed) {
        try (ChronicleAuditJournal journal = ChronicleAuditJournal.open(journalDir, TestEvents.OPTIONS, clock)) {
            append(journal, 0, sealed);
            try (AuditSealer sealer = sealer(journal)) {
                sealer.seal();
            }
            append(journal, sealed, unsealed);
        }
        if (unsealed == 0) {
            assertThat(verify().verified()).isTrue();
        }
    }

    /** {@code perDay} events on each of {@code days} days from 22 November, sealed as they go. */
    private void writeOverDays(int days, int perDay) {
        try (ChronicleAuditJournal journal = ChronicleAuditJournal.open(journalDir, TestEvents.OPTIONS, clock);
             AuditSealer sealer = sealer(journal)) {
            for (int d = 0; d < days; d++) {
                if (d > 0) {
                    clock.advance(Duration.ofDays(1));
                }
                append(journal, d * perDay, perDay);
                sealer.seal();
            }
        }
    }

    private AuditSealer sealer(ChronicleAuditJournal journal) {
        return AuditSealer.open(journal.reader(), sealDir, KEYS.getPrivate(), TEN_PER_CHECKPOINT, "node-1", clock);
    }

    private void append(ChronicleAuditJournal journal, int from, int count) {
        for (int i = from; i < from + count; i++) {
            journal.append(TestEvents.get("e-" + i, clock));
        }
        // remember where each event landed, to check the verifier points at the right place
        try (var tailer = journal.reader().tailer()) {
            for (var entry = tailer.next(); entry != null; entry = tailer.next()) {
                try {
                    indexOf.put(entry.event().id(), entry.index());
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            }
        }
    }

    private void rewriteCheckpointLine(int number, java.util.function.UnaryOperator<String> change) throws Exception {
        Path file = sealDir.resolve(CheckpointLog.FILE_NAME);
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        String changed = change.apply(lines.get(number - 1));
        assertThat(changed).isNotEqualTo(lines.get(number - 1));
        lines.set(number - 1, changed);
        Files.write(file, lines, StandardCharsets.UTF_8);
    }
}

package io.kmipserver.audit.seal;

import static org.assertj.core.api.Assertions.assertThat;

import io.kmipserver.audit.journal.ChronicleAuditJournal;
import io.kmipserver.audit.journal.CycleFiles;
import io.kmipserver.audit.testing.SealFixture;
import io.kmipserver.audit.testing.TestClock;
import io.kmipserver.audit.testing.TestEvents;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.KeyPair;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditSealerTest {
    private static final KeyPair KEYS = SealFixture.ecKeyPair();
    private static final String ZERO_HASH = "0".repeat(64);

    @TempDir
    Path root;

    private final TestClock clock = TestClock.at("2026-11-22T10:00:00Z");
    private Path journalDir;
    private Path sealDir;
    private int appended;

    @BeforeEach
    void dirs() {
        journalDir = root.resolve("journal");
        sealDir = root.resolve("seal");
    }

    @Test
    void aCheckpointIsWrittenEveryNEventsAndTheRestOnClose() throws Exception {
        try (ChronicleAuditJournal journal = ChronicleAuditJournal.open(journalDir, TestEvents.OPTIONS, clock)) {
            append(journal, 25);
            try (AuditSealer sealer = open(journal, new SealPolicy(10, Duration.ofHours(1)))) {
                assertThat(sealer.seal()).isEqualTo(25);
                assertThat(checkpoints()).extracting(Checkpoint::count).containsExactly(10L, 10L);
                assertThat(sealer.pendingEvents()).isEqualTo(5);
            }
        }
        List<Checkpoint> checkpoints = checkpoints();
        assertThat(checkpoints).extracting(Checkpoint::number).containsExactly(1L, 2L, 3L);
        assertThat(checkpoints).extracting(Checkpoint::count).containsExactly(10L, 10L, 5L);
        assertThat(checkpoints.get(0).previousHash()).isEqualTo(ZERO_HASH);
        for (int i = 1; i < checkpoints.size(); i++) {
            assertThat(checkpoints.get(i).previousHash()).isEqualTo(checkpoints.get(i - 1).chainHash());
            assertThat(checkpoints.get(i).firstIndex()).isEqualTo(checkpoints.get(i - 1).lastIndex() + 1);
        }
        assertThat(checkpoints).allMatch(c -> c.signatureValid(KEYS.getPublic()));
    }

    @Test
    void waitingEventsAreSealedOnceTheIntervalHasPassed() {
        try (ChronicleAuditJournal journal = ChronicleAuditJournal.open(journalDir, TestEvents.OPTIONS, clock);
             AuditSealer sealer = open(journal, new SealPolicy(1_000, Duration.ofSeconds(10)))) {
            append(journal, 3);
            sealer.seal();
            assertThat(sealer.lastCheckpoint()).isEmpty();

            clock.advance(Duration.ofSeconds(10));
            sealer.seal();

            assertThat(sealer.lastCheckpoint()).map(Checkpoint::count).hasValue(3L);
            assertThat(sealer.pendingEvents()).isZero();
        }
    }

    @Test
    void noCheckpointSpansTwoCycleFiles() throws Exception {
        try (ChronicleAuditJournal journal = ChronicleAuditJournal.open(journalDir, TestEvents.OPTIONS, clock)) {
            append(journal, 2);
            clock.advance(Duration.ofDays(1));
            append(journal, 3);
            try (AuditSealer sealer = open(journal, SealPolicy.DEFAULT)) {
                sealer.seal();
            }
        }
        List<Checkpoint> checkpoints = checkpoints();
        assertThat(checkpoints).extracting(Checkpoint::count).containsExactly(2L, 3L);
        assertThat(checkpoints).extracting(c -> CycleFiles.fileNameOf(c.firstIndex()))
                .containsExactly("20261122F.cq4", "20261123F.cq4");
        assertThat(checkpoints).allMatch(c -> CycleFiles.cycleOf(c.firstIndex()) == CycleFiles.cycleOf(c.lastIndex()));
    }

    @Test
    void aRestartedSealerContinuesTheChainWhereTheLastCheckpointEnded() throws Exception {
        try (ChronicleAuditJournal journal = ChronicleAuditJournal.open(journalDir, TestEvents.OPTIONS, clock)) {
            append(journal, 7);
            open(journal, SealPolicy.DEFAULT).close();
        }
        try (ChronicleAuditJournal journal = ChronicleAuditJournal.open(journalDir, TestEvents.OPTIONS, clock)) {
            append(journal, 4);
            try (AuditSealer sealer = open(journal, SealPolicy.DEFAULT)) {
                assertThat(sealer.lastCheckpoint()).map(Checkpoint::number).hasValue(1L);
                assertThat(sealer.seal()).isEqualTo(4);
            }
        }
        assertThat(checkpoints()).extracting(Checkpoint::count).containsExactly(7L, 4L);
        VerificationReport report = AuditVerifier.verify(journalDir, sealDir, KEYS.getPublic());
        assertThat(report.verified()).as(report.describe()).isTrue();
        assertThat(report.eventsVerified()).isEqualTo(11);
        assertThat(report.findings()).isEmpty();
    }

    /**
     * A sealer that dies after reading events but before sealing them has moved its named tailer
     * past them; the next sealer must go by the last checkpoint instead and read them again. A
     * half-written checkpoint line from the dying sealer is dropped.
     */
    @Test
    void afterACrashTheNextSealerRereadsWhatWasNotSealedAndDropsAHalfWrittenLine() throws Exception {
        try (ChronicleAuditJournal journal = ChronicleAuditJournal.open(journalDir, TestEvents.OPTIONS, clock)) {
            append(journal, 12);
            AuditSealer crashed = open(journal, new SealPolicy(5, Duration.ofHours(1)));
            crashed.seal(); // seals 10, reads 2 more, then "dies" without close
            Files.writeString(sealDir.resolve(CheckpointLog.FILE_NAME), "{\"checkpoint\":3,\"firstIn",
                    StandardCharsets.UTF_8, StandardOpenOption.APPEND);

            try (AuditSealer next = open(journal, new SealPolicy(5, Duration.ofHours(1)))) {
                assertThat(next.lastCheckpoint()).map(Checkpoint::number).hasValue(2L);
                assertThat(next.seal()).isEqualTo(2);
            }
        }
        assertThat(checkpoints()).extracting(Checkpoint::count).containsExactly(5L, 5L, 2L);
        VerificationReport report = AuditVerifier.verify(journalDir, sealDir, KEYS.getPublic());
        assertThat(report.verified()).as(report.describe()).isTrue();
        assertThat(report.eventsVerified()).isEqualTo(12);
    }

    private AuditSealer open(ChronicleAuditJournal journal, SealPolicy policy) {
        return AuditSealer.open(journal.reader(), sealDir, KEYS.getPrivate(), policy, "node-1", clock);
    }

    private void append(ChronicleAuditJournal journal, int events) {
        for (int i = 0; i < events; i++) {
            journal.append(TestEvents.get("e-" + appended++, clock));
        }
    }

    private List<Checkpoint> checkpoints() throws IOException {
        return new CheckpointLog(sealDir).read().stream().map(CheckpointLog.Line::checkpoint).filter(Objects::nonNull).toList();
    }
}

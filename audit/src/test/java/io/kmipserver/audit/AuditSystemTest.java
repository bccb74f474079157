package io.kmipserver.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kmipserver.audit.event.AuditEvent;
import io.kmipserver.audit.journal.AuditJournalException;
import io.kmipserver.audit.query.EventQuery;
import io.kmipserver.audit.seal.AuditVerifier;
import io.kmipserver.audit.seal.Checkpoint;
import io.kmipserver.audit.seal.SigningKeys;
import io.kmipserver.audit.seal.VerificationReport;
import io.kmipserver.audit.testing.DevSigningKeys;
import io.kmipserver.audit.testing.TestClock;
import io.kmipserver.audit.testing.TestEvents;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditSystemTest {
    @TempDir
    Path data;

    private final TestClock clock = TestClock.at("2026-11-22T10:00:00Z");
    private AuditLayout layout;

    @BeforeEach
    void layout() throws Exception {
        layout = DevSigningKeys.installInto(AuditLayout.of(data));
    }

    @Test
    void theLayoutPutsEachFileWhereTheCliLooks() {
        assertThat(layout.journalDirectory()).isEqualTo(data.resolve("audit/journal"));
        assertThat(layout.sealDirectory()).isEqualTo(data.resolve("audit/seal"));
        assertThat(layout.signingCertificate()).isEqualTo(data.resolve("pki/audit-signing.pem"));
        assertThat(layout.signingKey()).isEqualTo(data.resolve("pki/audit-signing-key.pem"));
    }

    @Test
    void closingSealsEveryEventSoTheJournalVerifies() throws Exception {
        try (AuditSystem audit = AuditSystem.open(data, AuditConfig.defaults("node-1"), clock)) {
            for (int i = 0; i < 25; i++) {
                audit.journal().append(TestEvents.get(audit.eventIds().next(), clock));
            }
        }

        VerificationReport report = verify();
        assertThat(report.verified()).as(report.describe()).isTrue();
        assertThat(report.eventsVerified()).isEqualTo(25);
        assertThat(report.findings()).isEmpty();
        assertThat(Files.list(layout.journalDirectory())).anyMatch(f -> f.getFileName().toString().equals("20261122F.cq4"));
    }

    @Test
    void theBackgroundThreadSealsWithoutBeingAsked() throws Exception {
        AuditConfig everyFive = new AuditConfig("node-1", 180, 5, Duration.ofHours(1), false, 0, Duration.ofMillis(20));
        try (AuditSystem audit = AuditSystem.open(data, everyFive, clock)) {
            for (int i = 0; i < 10; i++) {
                audit.journal().append(TestEvents.get(audit.eventIds().next(), clock));
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (audit.lastCheckpoint().map(Checkpoint::number).orElse(0L) < 2 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }

            assertThat(audit.lastCheckpoint()).map(Checkpoint::count).hasValue(5L);
            assertThat(audit.lastCheckpoint()).map(Checkpoint::number).hasValue(2L);
            assertThat(audit.lastSealFailure()).isEmpty();
        }
    }

    @Test
    void sealNowCoversEverythingAppendedSoFar() throws Exception {
        try (AuditSystem audit = AuditSystem.open(data, AuditConfig.defaults("node-1"), clock)) {
            for (int i = 0; i < 3; i++) {
                audit.journal().append(TestEvents.get(audit.eventIds().next(), clock));
            }
            audit.sealNow();

            assertThat(audit.lastCheckpoint()).map(Checkpoint::count).hasValue(3L);
            assertThat(verify().unsealedEvents()).isZero();
        }
    }

    @Test
    void aReopenedSystemContinuesTheChainAndAppliesRetention() throws Exception {
        AuditConfig keepTwoDays = new AuditConfig("node-1", 2, 10_000, Duration.ofSeconds(10), false, 0, Duration.ofMillis(50));
        try (AuditSystem audit = AuditSystem.open(data, keepTwoDays, clock)) {
            audit.journal().append(TestEvents.get(audit.eventIds().next(), clock));
        }
        clock.advance(Duration.ofDays(1));
        try (AuditSystem audit = AuditSystem.open(data, keepTwoDays, clock)) {
            audit.journal().append(TestEvents.get(audit.eventIds().next(), clock));
        }
        clock.advance(Duration.ofDays(3));
        try (AuditSystem audit = AuditSystem.open(data, keepTwoDays, clock)) {
            // retention ran as the system opened: 22 November went; 23 November, the newest file
            // then, stays until a newer one exists (the journal never deletes its last file)
            audit.journal().append(TestEvents.get(audit.eventIds().next(), clock));
            audit.sealNow();

            assertThat(audit.applyRetentionNow().deletedFiles()).containsExactly("20261123F.cq4");
        }

        assertThat(layout.journalDirectory().resolve("20261122F.cq4")).doesNotExist();
        assertThat(layout.journalDirectory().resolve("20261123F.cq4")).doesNotExist();
        VerificationReport report = verify();
        assertThat(report.verified()).as(report.describe()).isTrue();
        assertThat(report.retiredCheckpoints()).isEqualTo(2);
        // two retention events and the last event
        assertThat(report.eventsVerified()).isEqualTo(3);
    }

    @Test
    void theQueriesFindWhatTheJournalHoldsAndRetentionTakesTheIndexRowsWithTheirCycles() throws Exception {
        AuditConfig keepTwoDays = new AuditConfig("node-1", 2, 10_000, Duration.ofSeconds(10), false, 0, Duration.ofMillis(50));
        try (AuditSystem audit = AuditSystem.open(data, keepTwoDays, clock)) {
            for (int i = 0; i < 30; i++) {
                audit.journal().append(TestEvents.get("old-" + i, clock));
            }
            clock.advance(Duration.ofDays(5));
            for (int i = 0; i < 20; i++) {
                audit.journal().append(TestEvents.get("new-" + i, clock));
            }
            assertThat(audit.queries().awaitCaughtUp(Duration.ofSeconds(30))).isTrue();
            assertThat(audit.queries().search(EventQuery.all().withLimit(1000)).events()).hasSize(50);
            assertThat(layout.indexFile()).isEqualTo(data.resolve("audit/index/events.db").toAbsolutePath()).exists();

            audit.sealNow();
            assertThat(audit.applyRetentionNow().deletedFiles()).containsExactly("20261122F.cq4");

            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            List<String> ids;
            do {
                Thread.sleep(20);
                ids = audit.queries().search(EventQuery.all().withLimit(1000)).events().stream().map(AuditEvent::id).toList();
            } while (ids.stream().anyMatch(id -> id.startsWith("old-")) && System.nanoTime() < deadline);
            assertThat(ids).noneMatch(id -> id.startsWith("old-"));
            assertThat(ids).filteredOn(id -> id.startsWith("new-")).hasSize(20);
            assertThat(audit.queries().find("old-3")).isEmpty();
            assertThat(audit.queries().find("new-3")).isPresent();
            // the object's and the correlation ids' rows went with their events: counts and lookups agree
            String key = "0d2b6c8e-5f0a-4a43-9c1e-1f1d1a2b3c4d";
            assertThat(audit.queries().usage("payments", key, 3).byAction().get("kmip.get").count()).isEqualTo(20);
            assertThat(audit.queries().search(EventQuery.all().withTarget(key).withLimit(1000)).events()).hasSize(20);
            assertThat(audit.queries().search(EventQuery.all().withCorrelationId("c-old-3")).events()).isEmpty();
            assertThat(audit.queries().search(EventQuery.all().withCorrelationId("c-new-3")).events()).hasSize(1);
        }
    }

    @Test
    void aSigningKeyThatDoesNotBelongToTheCertificateIsRefused() throws Exception {
        Path otherKeys = data.resolve("other");
        DevSigningKeys.write(otherKeys.resolve("cert.pem"), otherKeys.resolve("key.pem"));
        Files.copy(otherKeys.resolve("key.pem"), layout.signingKey(), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        assertThatThrownBy(() -> AuditSystem.open(data, AuditConfig.defaults("node-1"), clock))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("does not belong to the certificate");
    }

    @Test
    void appendsAfterCloseFail() throws Exception {
        AuditSystem audit = AuditSystem.open(data, AuditConfig.defaults("node-1"), clock);
        audit.close();

        assertThatThrownBy(() -> audit.journal().append(TestEvents.get("late", clock)))
                .isInstanceOf(AuditJournalException.class);
    }

    private VerificationReport verify() throws IOException {
        return AuditVerifier.verify(layout.journalDirectory(), layout.sealDirectory(),
                SigningKeys.readCertificate(layout.signingCertificate()).getPublicKey());
    }
}

package io.kmipserver.audit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kmipserver.audit.AuditConfig;
import io.kmipserver.audit.AuditLayout;
import io.kmipserver.audit.AuditSystem;
import io.kmipserver.audit.journal.ChronicleAuditJournal;
import io.kmipserver.audit.testing.CycleFileTamper;
import io.kmipserver.audit.testing.DevSigningKeys;
import io.kmipserver.audit.testing.TestClock;
import io.kmipserver.audit.testing.TestEvents;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class AuditCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;

    private final TestClock clock = TestClock.at("2026-11-22T10:00:00Z");
    private AuditLayout layout;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** A data directory with events e-0 … e-9 on 22 November and f-0 … f-4 on 23 November, sealed. */
    @BeforeEach
    void sealedDataDirectory() throws Exception {
        layout = DevSigningKeys.installInto(AuditLayout.of(data));
        try (AuditSystem audit = AuditSystem.open(data, AuditConfig.defaults("node-1"), clock)) {
            for (int i = 0; i < 10; i++) {
                audit.journal().append(TestEvents.get("e-" + i, clock));
            }
            clock.advance(Duration.ofDays(1));
            for (int i = 0; i < 5; i++) {
                audit.journal().append(TestEvents.get("f-" + i, clock));
            }
        }
    }

    @Test
    void verifyOfAnUntouchedJournalPrintsVerifiedAndExitsZero() {
        int exit = run("verify", "--data-dir", data.toString());

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).startsWith("VERIFIED: 2 checkpoint(s) and 15 event(s) verified");
    }

    @Test
    void verifyOfATamperedJournalPrintsWhereAndExitsNonZero() throws Exception {
        new CycleFileTamper(layout.journalDirectory().resolve("20261122F.cq4")).flipByteOfEventId("e-4");

        int exit = run("verify", "--data-dir", data.toString());

        assertThat(exit).isEqualTo(AuditCommand.VERIFICATION_FAILED);
        assertThat(out.toString())
                .startsWith("FAILED: 2 problems")
                .contains("FAILURE corrupt-event at 20261122F.cq4 #4 (index ")
                .contains("FAILURE chain-mismatch at checkpoint #1 (20261122F.cq4 #0..9)");
    }

    @Test
    void verifyWithoutTheSigningCertificateSaysSoAndExitsNonZero() throws Exception {
        Files.delete(layout.signingCertificate());

        int exit = run("verify", "--data-dir", data.toString());

        assertThat(exit).isEqualTo(AuditCommand.UNREADABLE);
        assertThat(err.toString()).contains("Cannot read the audit signing certificate");
    }

    @Test
    void exportWritesTheRangesEventsAsJsonLinesToStandardOutput() throws Exception {
        int exit = run("export", "--data-dir", data.toString(), "--since", "2026-11-23", "--until", "2026-11-24T00:00:00Z",
                "--format", "jsonl");

        assertThat(exit).as(err.toString()).isZero();
        assertThat(ids(out.toString())).containsExactly("f-0", "f-1", "f-2", "f-3", "f-4");
        assertThat(err.toString()).contains("Exported 5 event(s)");
    }

    @Test
    void exportWritesToAFileWhenAsked() throws Exception {
        Path file = data.resolve("export.jsonl");

        int exit = run("export", "--data-dir", data.toString(), "--since", "2026-11-22T00:00:00Z", "--until", "2026-11-23",
                "--out", file.toString());

        assertThat(exit).as(err.toString()).isZero();
        assertThat(ids(Files.readString(file))).hasSize(10).startsWith("e-0").endsWith("e-9");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void exportWithoutARangeIsAUsageError() {
        int exit = run("export", "--data-dir", data.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("--since");
    }

    @Test
    void tailFromTheStartPrintsTheJournal() throws Exception {
        int exit = run("tail", "--data-dir", data.toString(), "--from-start", "--count", "3");

        assertThat(exit).isZero();
        assertThat(ids(out.toString())).containsExactly("e-0", "e-1", "e-2");
    }

    @Test
    void tailFollowsEventsAppendedAfterItCaughtUpEvenIntoANewDay() throws Exception {
        CompletableFuture<Integer> tail = CompletableFuture.supplyAsync(
                () -> run("tail", "--data-dir", data.toString(), "--from-start", "--count", "18"));
        // wait until tail has printed the 15 events already there, so the next ones arrive while it follows
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (out.toString().chars().filter(c -> c == '\n').count() < 15 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(ids(out.toString())).hasSize(15);
        try (ChronicleAuditJournal journal = ChronicleAuditJournal.open(layout.journalDirectory(), TestEvents.OPTIONS, clock)) {
            journal.append(TestEvents.get("g-0", clock));
            journal.append(TestEvents.get("g-1", clock));
            clock.advance(Duration.ofDays(1));
            journal.append(TestEvents.get("h-0", clock));

            assertThat(tail.get(20, TimeUnit.SECONDS)).isZero();
        }
        assertThat(ids(out.toString())).endsWith("g-0", "g-1", "h-0");
    }

    private int run(String... args) {
        CommandLine command = AuditCommand.commandLine();
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        return command.execute(args);
    }

    private static List<String> ids(String jsonLines) throws Exception {
        List<String> ids = new ArrayList<>();
        for (String line : jsonLines.split("\n")) {
            if (!line.isBlank()) {
                ids.add(JSON.readTree(line).get("id").asText());
            }
        }
        return ids;
    }
}

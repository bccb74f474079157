package io.kmipserver.audit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.kmipserver.audit.AuditLayout;
import io.kmipserver.audit.event.Outcome;
import io.kmipserver.audit.index.AuditIndex;
import io.kmipserver.audit.journal.ChronicleAuditJournal;
import io.kmipserver.audit.query.EventPage;
import io.kmipserver.audit.query.EventQuery;
import io.kmipserver.audit.testing.TestEvents;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class IndexCommandsTest {
    @TempDir
    Path data;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = AuditCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void generateFillsTheJournalOverItsDaysAndReindexMakesItSearchable() throws Exception {
        int generated = run("generate", "--data-dir", data.toString(), "--events", "3000", "--days", "3", "--keys", "40",
                "--adapters", "4");
        assertThat(generated).as(err.toString()).isZero();
        AuditLayout layout = AuditLayout.of(data);
        try (var files = Files.list(layout.journalDirectory())) {
            assertThat(files.filter(f -> f.toString().endsWith(".cq4")).count()).as("one cycle file per day").isBetween(3L, 4L);
        }

        int reindexed = run("reindex", "--data-dir", data.toString());
        assertThat(reindexed).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Indexed 3,000 event(s)");

        try (ChronicleAuditJournal journal = ChronicleAuditJournal.open(layout.journalDirectory(), TestEvents.OPTIONS,
                Clock.systemUTC());
             AuditIndex index = AuditIndex.start(layout.indexFile(), journal.reader(), journal::lastSequence, Clock.systemUTC())) {
            assertThat(index.status().lagEvents()).as("the rebuilt index is caught up").isZero();
            EventPage ofKey = index.search(EventQuery.all().withTarget(SyntheticEvents.keyId(7)).withLimit(1000));
            assertThat(ofKey.events()).isNotEmpty().allMatch(e -> e.target().uniqueIdentifiers().contains(SyntheticEvents.keyId(7)));
            EventPage destroys = index.search(EventQuery.all().withInitiator(SyntheticEvents.adapterName(1))
                    .withActions(List.of("kmip.destroy")).withLimit(1000));
            assertThat(destroys.events()).isNotEmpty().allMatch(e -> e.action().equals("kmip.destroy"));
            assertThat(index.search(EventQuery.all().withOutcome(Outcome.FAILURE)).events()).isNotEmpty();

            // while an index (a server) holds the data directory, neither command touches it
            assertThat(run("reindex", "--data-dir", data.toString())).isEqualTo(AuditCommand.IN_USE);
            assertThat(run("generate", "--data-dir", data.toString(), "--events", "5")).isEqualTo(AuditCommand.IN_USE);
            assertThat(index.awaitCaughtUp(Duration.ofSeconds(10))).isTrue();
        }
    }

    @Test
    void generateRefusesAJournalThatIsNotEmpty() {
        assertThat(run("generate", "--data-dir", data.toString(), "--events", "10")).isZero();
        assertThat(run("generate", "--data-dir", data.toString(), "--events", "10")).isEqualTo(2);
        assertThat(err.toString()).contains("not empty");
    }
}

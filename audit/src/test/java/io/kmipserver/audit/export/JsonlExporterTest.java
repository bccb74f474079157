package io.kmipserver.audit.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kmipserver.audit.journal.ChronicleAuditJournal;
import io.kmipserver.audit.journal.JournalReader;
import io.kmipserver.audit.testing.CycleFileTamper;
import io.kmipserver.audit.testing.TestClock;
import io.kmipserver.audit.testing.TestEvents;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlExporterTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final TestClock clock = TestClock.at("2026-11-20T00:00:00Z");

    /** Events every six hours from 20 November 00:00 to 23 November 18:00: d0-0, d0-6, …, d3-18. */
    @BeforeEach
    void fourDaysOfEvents() {
        try (ChronicleAuditJournal journal = ChronicleAuditJournal.open(dir, TestEvents.OPTIONS, clock)) {
            for (int day = 0; day < 4; day++) {
                for (int hour = 0; hour < 24; hour += 6) {
                    journal.append(TestEvents.get("d" + day + "-" + hour, clock));
                    clock.advance(Duration.ofHours(6));
                }
            }
        }
    }

    @Test
    void onlyEventsFromSinceUpToButExcludingUntilAreWrittenInOrder() throws Exception {
        StringWriter out = new StringWriter();
        ExportResult result;
        try (JournalReader reader = JournalReader.openReadOnly(dir)) {
            result = new JsonlExporter(reader).export(Instant.parse("2026-11-21T06:00:00Z"),
                    Instant.parse("2026-11-22T06:00:00Z"), out);
        }

        assertThat(ids(out.toString())).containsExactly("d1-6", "d1-12", "d1-18", "d2-0");
        assertThat(result).isEqualTo(new ExportResult(4, 0));
        assertThat(out.toString()).endsWith("\n");
    }

    @Test
    void aRangeBeforeTheJournalOrAfterItWritesNothing() throws Exception {
        try (JournalReader reader = JournalReader.openReadOnly(dir)) {
            StringWriter before = new StringWriter();
            StringWriter after = new StringWriter();
            JsonlExporter exporter = new JsonlExporter(reader);

            assertThat(exporter.export(Instant.parse("2020-01-01T00:00:00Z"), Instant.parse("2020-01-02T00:00:00Z"), before).exported()).isZero();
            assertThat(exporter.export(Instant.parse("2030-01-01T00:00:00Z"), Instant.parse("2030-01-02T00:00:00Z"), after).exported()).isZero();
            assertThat(before.toString()).isEmpty();
            assertThat(after.toString()).isEmpty();
        }
    }

    @Test
    void anAlteredEventIsSkippedAndCountedNotExported() throws Exception {
        new CycleFileTamper(dir.resolve("20261121F.cq4")).flipByteOfEventId("d1-12");
        StringWriter out = new StringWriter();

        ExportResult result;
        try (JournalReader reader = JournalReader.openReadOnly(dir)) {
            result = new JsonlExporter(reader).export(Instant.parse("2026-11-21T00:00:00Z"),
                    Instant.parse("2026-11-22T00:00:00Z"), out);
        }

        assertThat(ids(out.toString())).containsExactly("d1-0", "d1-6", "d1-18");
        assertThat(result.corrupt()).isEqualTo(1);
    }

    @Test
    void anEmptyOrReversedRangeIsRefused() {
        try (JournalReader reader = JournalReader.openReadOnly(dir)) {
            Instant t = Instant.parse("2026-11-21T00:00:00Z");
            assertThatThrownBy(() -> new JsonlExporter(reader).export(t, t, new StringWriter()))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    static List<String> ids(String jsonLines) throws Exception {
        List<String> ids = new ArrayList<>();
        for (String line : jsonLines.split("\n")) {
            if (!line.isEmpty()) {
                ids.add(JSON.readTree(line).get("id").asText());
            }
        }
        return ids;
    }
}

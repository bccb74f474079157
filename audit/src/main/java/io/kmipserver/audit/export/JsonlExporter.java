package io.kmipserver.audit.export;

import com.fasterxml.jackson.core.JsonGenerator;
import io.kmipserver.audit.event.EventTimes;
import io.kmipserver.audit.journal.CorruptEventException;
import io.kmipserver.audit.journal.CycleFiles;
import io.kmipserver.audit.journal.JournalEntry;
import io.kmipserver.audit.journal.JournalReader;
import io.kmipserver.audit.journal.JournalTailer;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.Objects;

/**
 * Writes the events whose {@code eventTime} lies in {@code [since, until)} as CADF JSON lines
 * ({@link CadfJson}), in journal order.
 *
 * <p>It reads only the cycle files that can hold such events: an event is appended once its
 * operation completed, so one timed at or after {@code since} is in that day's file or a later one,
 * and one timed before {@code until} is at the latest in the file of the day after.
 *
 * <p>Threading: one thread per export.
 */
public final class JsonlExporter {
    private final JournalReader reader;

    public JsonlExporter(JournalReader reader) {
        this.reader = Objects.requireNonNull(reader, "reader");
    }

    public ExportResult export(Instant since, Instant until, Writer out) throws IOException {
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(until, "until");
        if (!since.isBefore(until)) {
            throw new IllegalArgumentException("since (" + since + ") must be before until (" + until + ")");
        }
        long from = EventTimes.toMicros(since);
        long to = EventTimes.toMicros(until);
        int lastCycle = CycleFiles.cycleAt(until) + 1;
        long exported = 0;
        long corrupt = 0;
        try (JournalTailer tailer = reader.tailer();
             JsonGenerator json = CadfJson.lineGenerator(out)) {
            if (!tailer.moveToCycleOrLater(CycleFiles.cycleAt(since))) {
                return new ExportResult(0, 0);
            }
            for (JournalEntry entry = tailer.next(); entry != null && entry.cycle() <= lastCycle; entry = tailer.next()) {
                long time = entry.eventTime();
                if (time < from || time >= to) {
                    continue;
                }
                if (!entry.checksumMatches()) {
                    corrupt++;
                    continue;
                }
                try {
                    CadfJson.writeLine(entry.event(), json);
                    exported++;
                } catch (CorruptEventException e) {
                    corrupt++;
                }
            }
            json.flush();
        }
        return new ExportResult(exported, corrupt);
    }
}

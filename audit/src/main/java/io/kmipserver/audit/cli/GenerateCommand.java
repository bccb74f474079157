package io.kmipserver.audit.cli;

import io.kmipserver.audit.AuditLayout;
import io.kmipserver.audit.event.AuditEventIds;
import io.kmipserver.audit.event.EventTimes;
import io.kmipserver.audit.index.AuditIndex;
import io.kmipserver.audit.index.IndexLockedException;
import io.kmipserver.audit.journal.AuditJournalException;
import io.kmipserver.audit.journal.ChronicleAuditJournal;
import io.kmipserver.audit.journal.JournalOptions;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code audit generate}: fills an empty journal with realistic synthetic events
 * ({@link SyntheticEvents}) through the real journal, spread evenly over the last days so that they
 * land in one cycle file per day as real traffic would. For benchmarks; never on a production data
 * directory. The server must be stopped.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Fill an EMPTY journal with synthetic events for benchmarks (the server must be stopped).")
final class GenerateCommand implements Callable<Integer> {
    private static final long REPORT_EVERY = 1_000_000;

    @Mixin
    DataDirOption dataDir;

    @Option(names = "--events", required = true, paramLabel = "N", description = "How many events.")
    long events;

    @Mixin
    SyntheticShapeOptions shape;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--node-id", defaultValue = "node-1", description = "The events' observer (default ${DEFAULT-VALUE}).")
    String nodeId;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (events < 1 || !shape.valid()) {
            err.println("--events, --days, --keys and --adapters must be positive, with adapters <= keys");
            return 2;
        }
        AuditLayout layout = dataDir.layout();
        Instant end = Instant.now();
        Instant start = end.minus(Duration.ofDays(shape.days));
        MovableClock clock = new MovableClock(start);
        try (AutoCloseable serverNotRunning = AuditIndex.lockExclusively(layout.indexFile());
             ChronicleAuditJournal journal = ChronicleAuditJournal.open(layout.journalDirectory(),
                     JournalOptions.DEFAULT, clock)) {
            if (journal.lastSequence() != 0) {
                err.println("The journal in " + layout.journalDirectory() + " is not empty; generate fills a new data directory only");
                return 2;
            }
            SyntheticEvents synthetic = new SyntheticEvents(seed, shape.keys, shape.adapters, nodeId);
            AuditEventIds ids = new AuditEventIds(nodeId, Clock.systemUTC());
            long startMicros = EventTimes.toMicros(start);
            long spanMicros = Duration.ofDays(shape.days).toNanos() / 1_000;
            long began = System.nanoTime();
            for (long i = 0; i < events; i++) {
                long time = startMicros + (long) ((double) spanMicros * i / events);
                clock.setMicros(time);
                journal.append(synthetic.next(ids.next(), time));
                if ((i + 1) % REPORT_EVERY == 0) {
                    err.printf("  %,d events (%,.0f/s)%n", i + 1, (i + 1) / ((System.nanoTime() - began) / 1e9));
                    err.flush();
                }
            }
            double seconds = (System.nanoTime() - began) / 1e9;
            spec.commandLine().getOut().printf("Appended %,d synthetic events over %d days (%d keys, %d adapters) in %.1f s"
                    + " (%,.0f/s) to %s%n", events, shape.days, shape.keys, shape.adapters, seconds, events / seconds, layout.journalDirectory());
            return 0;
        } catch (IndexLockedException e) {
            err.println("Cannot generate: " + e.getMessage() + ". Stop the server first.");
            return AuditCommand.IN_USE;
        } catch (AuditJournalException e) {
            err.println("Cannot generate: " + e.getMessage());
            return AuditCommand.UNREADABLE;
        }
    }

    /** The journal's clock: set to each event's time, so each event lands in its day's cycle file. */
    static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void setMicros(long micros) {
            now = EventTimes.toInstant(micros);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public long millis() {
            return now.toEpochMilli();
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("UTC only");
        }
    }
}

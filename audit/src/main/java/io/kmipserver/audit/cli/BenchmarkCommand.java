package io.kmipserver.audit.cli;

import io.kmipserver.audit.AuditLayout;
import io.kmipserver.audit.event.AuditEvent;
import io.kmipserver.audit.event.AuditEventIds;
import io.kmipserver.audit.event.EventTimes;
import io.kmipserver.audit.event.Outcome;
import io.kmipserver.audit.index.AuditIndex;
import io.kmipserver.audit.index.IndexLockedException;
import io.kmipserver.audit.journal.ChronicleAuditJournal;
import io.kmipserver.audit.journal.JournalOptions;
import io.kmipserver.audit.query.EventQuery;
import io.kmipserver.audit.query.IndexStatus;
import io.kmipserver.audit.query.Subscription;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code audit benchmark}: on a data directory filled by {@code audit generate} (pass the same
 * {@code --days/--keys/--adapters}), measures the latency of the three queries the design promises
 * to answer in milliseconds, then the index's lag while events are appended at a fixed rate. It
 * opens the journal and index as the server does (the server must be stopped) and appends the
 * paced events to the journal for real.
 */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
        description = "Measure index query latency and lag on a generated data directory (the server must be stopped).")
final class BenchmarkCommand implements Callable<Integer> {
    @Mixin
    DataDirOption dataDir;

    @Mixin
    SyntheticShapeOptions shape;

    @Option(names = "--queries", defaultValue = "300", description = "Measured runs per query (default ${DEFAULT-VALUE}).")
    int queries;

    @Option(names = "--rate", defaultValue = "20000", description = "Events per second appended in the lag test (default ${DEFAULT-VALUE}).")
    int rate;

    @Option(names = "--seconds", defaultValue = "30", description = "Length of the lag test (default ${DEFAULT-VALUE}).")
    int seconds;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        AuditLayout layout = dataDir.layout();
        Clock clock = Clock.systemUTC();
        try (ChronicleAuditJournal journal = ChronicleAuditJournal.open(layout.journalDirectory(), JournalOptions.DEFAULT, clock);
             AuditIndex index = AuditIndex.start(layout.indexFile(), journal.reader(), journal::lastSequence, clock)) {
            long catchUpStart = System.nanoTime();
            IndexStatus before = index.status();
            out.printf("journal: %,d events; index behind by %,d events at start%n", journal.lastSequence(), before.lagEvents());
            out.flush();
            if (!index.awaitCaughtUp(Duration.ofHours(2))) {
                spec.commandLine().getErr().println("the index did not catch up within 2 hours");
                return 1;
            }
            if (before.lagEvents() > 0) {
                double s = (System.nanoTime() - catchUpStart) / 1e9;
                out.printf("caught up in %.1f s (%,.0f events/s)%n", s, before.lagEvents() / s);
            }
            out.printf("disk: journal %,d MB, index %,d MB%n", sizeOf(layout.journalDirectory()) >> 20,
                    sizeOf(layout.indexFile().getParent()) >> 20);

            SplittableRandom random = new SplittableRandom(7);
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            IntFunction<EventQuery> ofKey = i -> EventQuery.all().withTarget(SyntheticEvents.keyId(random.nextInt(shape.keys)));
            IntFunction<EventQuery> failuresOfADay = i -> {
                Instant day = today.minusDays(1 + random.nextInt(Math.max(1, shape.days - 1))).atStartOfDay(ZoneOffset.UTC).toInstant();
                return EventQuery.all().withOutcome(Outcome.FAILURE).withTime(day, day.plus(Duration.ofDays(1)));
            };
            IntFunction<EventQuery> destroysOfAnInitiator = i -> EventQuery.all()
                    .withInitiator(SyntheticEvents.fingerprint(random.nextInt(shape.adapters), random.nextInt(3)))
                    .withActions(List.of("kmip.destroy"));
            out.printf("%-34s %8s %8s %8s %8s  (limit 100, %d runs each after 30 warm-up)%n", "query", "p50 ms", "p99 ms",
                    "max ms", "rows", queries);
            measure(out, index, "events of one key", ofKey);
            measure(out, index, "failures in one day", failuresOfADay);
            measure(out, index, "one initiator's destroys", destroysOfAnInitiator);
            out.flush();

            lag(out, journal, index, clock);
            return 0;
        } catch (IndexLockedException e) {
            spec.commandLine().getErr().println("Cannot benchmark: " + e.getMessage() + ". Stop the server first.");
            return AuditCommand.IN_USE;
        }
    }

    private void measure(PrintWriter out, AuditIndex index, String name, IntFunction<EventQuery> queryOf) {
        for (int i = 0; i < 30; i++) {
            index.search(queryOf.apply(i));
        }
        long[] nanos = new long[queries];
        long rows = 0;
        for (int i = 0; i < queries; i++) {
            EventQuery query = queryOf.apply(i);
            long start = System.nanoTime();
            rows += index.search(query).events().size();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        out.printf("%-34s %8.2f %8.2f %8.2f %8.1f%n", name, nanos[queries / 2] / 1e6, nanos[(int) (queries * 0.99)] / 1e6,
                nanos[queries - 1] / 1e6, (double) rows / queries);
    }

    /** Appends at {@code rate}/s for {@code seconds}; the lag of an event is from its append to its delivery. */
    private void lag(PrintWriter out, ChronicleAuditJournal journal, AuditIndex index, Clock clock) throws InterruptedException {
        SyntheticEvents synthetic = new SyntheticEvents(99, shape.keys, shape.adapters, "node-1");
        AuditEventIds ids = new AuditEventIds("node-1", clock);
        long total = (long) rate * seconds;
        long[] lagMicros = new long[(int) Math.min(total, 50_000_000)];
        AtomicLong delivered = new AtomicLong();
        IndexStatus[] worst = {index.status()};
        try (Subscription subscription = index.subscribe(EventQuery.all(), event -> {
            long n = delivered.getAndIncrement();
            if (n < lagMicros.length) {
                lagMicros[(int) n] = EventTimes.nowMicros(clock) - event.eventTime();
            }
        })) {
            Thread sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    IndexStatus status = index.status();
                    if (status.lagEvents() > worst[0].lagEvents()) {
                        worst[0] = status;
                    }
                    LockSupport.parkNanos(50_000_000);
                }
            });
            sampler.setDaemon(true);
            sampler.start();
            long start = System.nanoTime();
            long periodNanos = 1_000_000_000L / rate;
            for (long i = 0; i < total; i++) {
                long due = start + i * periodNanos;
                long wait = due - System.nanoTime();
                if (wait > 50_000) {
                    LockSupport.parkNanos(wait);
                }
                AuditEvent event = synthetic.next(ids.next(), EventTimes.nowMicros(clock));
                journal.append(event);
            }
            double appendSeconds = (System.nanoTime() - start) / 1e9;
            index.awaitCaughtUp(Duration.ofMinutes(5));
            sampler.interrupt();
            int n = (int) Math.min(delivered.get(), lagMicros.length);
            long[] sorted = Arrays.copyOf(lagMicros, n);
            Arrays.sort(sorted);
            out.printf("lag at %,d events/s offered (%,.0f/s achieved) for %d s: append-to-indexed p50 %.1f ms, p99 %.1f ms,"
                            + " max %.1f ms; worst status seen: %,d events / %d ms behind%n",
                    rate, total / appendSeconds, seconds, sorted[n / 2] / 1e3, sorted[(int) (n * 0.99)] / 1e3,
                    sorted[n - 1] / 1e3, worst[0].lagEvents(), worst[0].lag().toMillis());
            out.flush();
        }
    }

    private static long sizeOf(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }
}

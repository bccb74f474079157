package io.kmipserver.bench.audit;

import io.kmipserver.audit.event.AuditEvent;
import io.kmipserver.audit.event.EventTimes;
import io.kmipserver.audit.event.Initiator;
import io.kmipserver.audit.event.Target;
import io.kmipserver.audit.journal.ChronicleAuditJournal;
import io.kmipserver.audit.journal.JournalOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of {@code ChronicleAuditJournal.append} for a typical event of about 200 bytes encoded
 * (a Get by a tenant's client), with one and with two writer threads, as latency percentiles
 * (SampleTime) and as throughput. Goal: p99 under 5 µs.
 *
 * <p>Events are built beforehand, 1024 of them with distinct ids, so the benchmark measures the
 * journal (encode, checksum, Chronicle write) and not the building of events. The journal lives in a
 * fresh temporary directory per trial, with the production options (no fsync).
 *
 * <p>Run: {@code java -jar bench/target/kmip-bench.jar JournalAppend -f 1 -wi 2 -i 3 -w 2s -r 3s}.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {
        // the parent pom's jvm.opens: without sun.nio.ch Chronicle silently turns read-only
        "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
        "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
        "--add-opens=java.base/java.lang=ALL-UNNAMED",
        "--add-opens=java.base/java.nio=ALL-UNNAMED",
        "--add-exports=java.base/jdk.internal.ref=ALL-UNNAMED",
        "--add-exports=java.base/sun.nio.ch=ALL-UNNAMED",
        "--add-exports=jdk.unsupported/sun.misc=ALL-UNNAMED",
        "-Dchronicle.announcer.disable=true",
        "-Dchronicle.analytics.disable=true"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
public class JournalAppendBenchmark {
    private static final int EVENTS = 1024;

    private Path directory;
    private ChronicleAuditJournal journal;
    private AuditEvent[] events;

    /** Each benchmark thread walks the prepared events on its own. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;
    }

    @Setup(Level.Trial)
    public void openJournal() throws IOException {
        directory = Files.createTempDirectory("kmip-journal-bench");
        Clock clock = Clock.systemUTC();
        journal = ChronicleAuditJournal.open(directory, JournalOptions.DEFAULT, clock);
        events = new AuditEvent[EVENTS];
        long now = EventTimes.nowMicros(clock);
        for (int i = 0; i < EVENTS; i++) {
            events[i] = typicalEvent("node-1-lz4k2x-" + (1_000_000 + i), now + i);
        }
    }

    /** A successful Get of a symmetric key: about 200 bytes in the journal. */
    static AuditEvent typicalEvent(String id, long eventTime) {
        return AuditEvent.builder()
                .id(id)
                .eventTime(eventTime)
                .action("kmip.get")
                .success()
                .initiator(new Initiator("payments", null, "5f1a9c0eaa31d2c4", "10.1.2.3", 51_234, "TLSv1.3",
                        "TLS_AES_256_GCM_SHA384"))
                .target(Target.object("0d2b6c8e-5f0a-4a43-9c1e-1f1d1a2b3c4d", "Symmetric Key", "payments"))
                .correlationId("c-" + id.hashCode())
                .observer("node-1")
                .build();
    }

    @TearDown(Level.Trial)
    public void closeJournal() throws IOException {
        journal.close();
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    private void append(Cursor cursor) {
        journal.append(events[cursor.next++ & (EVENTS - 1)]);
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Threads(1)
    public void latencyOneWriter(Cursor cursor) {
        append(cursor);
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Threads(2)
    public void latencyTwoWriters(Cursor cursor) {
        append(cursor);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(1)
    public void throughputOneWriter(Cursor cursor) {
        append(cursor);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(2)
    public void throughputTwoWriters(Cursor cursor) {
        append(cursor);
    }
}

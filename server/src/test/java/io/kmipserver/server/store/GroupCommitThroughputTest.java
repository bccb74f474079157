package io.kmipserver.server.store;

import static io.kmipserver.server.store.StoreFixture.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.kmipserver.server.store.StoreFixture.Key;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Measures durable creates (a symmetric key's ten attribute rows plus material, SQLite
 * WAL forced by the syncer) with 1 and with 16 submitting threads, and prints commits/s and units/s. Not a
 * timed assertion — the machine is shared — but it does check that group commit groups.
 */
class GroupCommitThroughputTest {

    private static final long RUN_MILLIS = 2_000;

    @TempDir
    Path dir;

    @Test
    void sixteenClientsShareFsyncsAndEveryAcknowledgedCreateIsStored() throws Exception {
        try (JdbcObjectStore store = StoreFixture.open(dir)) {
            String adapter = StoreFixture.adapter(store, "bench");
            Result sixteen = run(store, adapter, 16, RUN_MILLIS);
            Result one = run(store, adapter, 1, RUN_MILLIS / 2);
            System.out.printf("group commit, SQLite WAL: 1 client %s; 16 clients %s%n", one, sixteen);

            assertThat(sixteen.unitsPerCommit()).as("units share commits under concurrency").isGreaterThan(2.0);
            assertThat(store.count(adapter, List.of())).isEqualTo(one.units + sixteen.units);
        }
    }

    private record Result(long units, long commits, long millis, long unitNanos, long commitNanos) {
        double unitsPerCommit() {
            return commits == 0 ? 0 : (double) units / commits;
        }

        @Override
        public String toString() {
            return String.format("%.0f units/s, %.0f commits/s, %.1f units/commit (writer: %.0f µs/unit, %.0f µs/commit)",
                    units * 1000.0 / millis, commits * 1000.0 / millis, unitsPerCommit(),
                    units == 0 ? 0 : unitNanos / 1000.0 / units, commits == 0 ? 0 : commitNanos / 1000.0 / commits);
        }
    }

    private static Result run(JdbcObjectStore store, String adapter, int clients, long millis) throws Exception {
        WriterStats before = store.writerStats();
        AtomicLong acknowledged = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        long deadline = start + TimeUnit.MILLISECONDS.toNanos(millis);
        List<CompletableFuture<?>> workers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            workers.add(CompletableFuture.runAsync(() -> {
                while (System.nanoTime() < deadline) {
                    Key key = Key.aes(adapter, 256, T0).named("k").group("bench").vendor("x", "owner", "load");
                    store.submit(tx -> tx.insertObject(key.build())).join();
                    acknowledged.incrementAndGet();
                }
            }, pool));
        }
        CompletableFuture.allOf(workers.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        pool.shutdown();
        WriterStats after = store.writerStats();
        assertThat(after.units() - before.units()).isEqualTo(acknowledged.get());
        return new Result(acknowledged.get(), after.commits() - before.commits(), elapsed,
                after.unitNanos() - before.unitNanos(), after.commitNanos() - before.commitNanos());
    }
}

package io.kmipserver.server.store;

import static io.kmipserver.server.store.StoreFixture.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kmipserver.server.store.StoreFixture.Key;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pipelined group commit on SQLite: a unit is acknowledged only after a force of the WAL that started
 * after its COMMIT; one force acknowledges every group committed before it; a failed force fails the
 * store. The force is the real one ({@link SqliteWalFile}) behind a decorator the test can hold or
 * make fail ({@link ControlledWalForce}).
 */
class WalSyncerTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    private ControlledWalForce force;

    private JdbcObjectStore open() {
        return ControlledWalForce.openStore(dir.resolve("store.db"), f -> force = f);
    }

    @Test
    void theWriteConnectionLeavesTheFsyncToTheSyncerAndOtherConnectionsKeepSynchronousFull() throws Exception {
        try (JdbcObjectStore store = open();
                Connection other = DriverManager.getConnection(SqlDialect.sqliteUrl(dir.resolve("store.db")));
                ResultSet rs = other.createStatement().executeQuery("PRAGMA synchronous")) {
            StoreFixture.adapter(store, "a");
            rs.next();
            assertThat(rs.getInt(1)).as("FULL").isEqualTo(2);
            assertThat(store.writerStats().syncs()).as("the adapter's commit was forced by the syncer").isPositive();
        }
    }

    @Test
    void aUnitIsAcknowledgedOnlyAfterTheForceOfItsWal() throws Exception {
        try (JdbcObjectStore store = open()) {
            String adapter = StoreFixture.adapter(store, "a");
            force.hold();
            Key key = Key.aes(adapter, 256, T0);

            CompletableFuture<ManagedObject> created = store.submit(tx -> tx.insertObject(key.build()));

            assertThat(force.entered.tryAcquire(WAIT.toMillis(), TimeUnit.MILLISECONDS)).as("force started").isTrue();
            assertThat(store.findObject(adapter, key.uid)).as("committed, visible to readers before the force")
                    .isPresent();
            assertThat(created).as("not acknowledged while the force is held").isNotDone();
            force.permits.release();
            assertThat(created.get(WAIT.toMillis(), TimeUnit.MILLISECONDS).uniqueIdentifier()).isEqualTo(key.uid);
        }
    }

    @Test
    void unitsArrivingDuringAForceRunAtOnceAndCommitTogetherWhenItEnds() throws Exception {
        try (JdbcObjectStore store = open()) {
            String adapter = StoreFixture.adapter(store, "a");
            force.hold();
            CompletableFuture<ManagedObject> first = store.submit(tx -> tx.insertObject(Key.aes(adapter, 256, T0).build()));
            assertThat(force.entered.tryAcquire(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
            WriterStats before = store.writerStats();

            // While the first force is held the writer runs three more units, one at a time, but does not
            // commit them: a commit now would not be forced any sooner.
            Semaphore ran = new Semaphore(0);
            List<CompletableFuture<ManagedObject>> later = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                later.add(store.submit(tx -> {
                    ManagedObject o = tx.insertObject(Key.aes(adapter, 256, T0).build());
                    ran.release();
                    return o;
                }));
                assertThat(ran.tryAcquire(WAIT.toMillis(), TimeUnit.MILLISECONDS)).as("unit %d ran", i).isTrue();
            }
            assertThat(store.writerStats().commits()).as("nothing committed during the force").isEqualTo(before.commits());
            assertThat(store.count(adapter, List.of())).as("readers see only the first").isEqualTo(1);
            assertThat(first).isNotDone();
            assertThat(later).noneMatch(CompletableFuture::isDone);

            force.permits.release(); // the first force ends; the writer commits the three
            first.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            assertThat(force.entered.tryAcquire(WAIT.toMillis(), TimeUnit.MILLISECONDS)).as("a second force").isTrue();
            assertThat(later).as("committed after the first force started: it does not cover them")
                    .noneMatch(CompletableFuture::isDone);
            force.permits.release(Integer.MAX_VALUE / 2);
            CompletableFuture.allOf(later.toArray(CompletableFuture[]::new)).get(WAIT.toMillis(), TimeUnit.MILLISECONDS);

            WriterStats after = store.writerStats();
            assertThat(after.commits() - before.commits()).as("one commit for the three").isEqualTo(1);
            assertThat(after.syncs() - before.syncs()).as("the first force and one for the three").isEqualTo(2);
            assertThat(store.count(adapter, List.of())).isEqualTo(4);
        }
    }

    @Test
    void sixteenClientsShareForcesAndEveryAcknowledgedUnitSurvivesReopening() throws Exception {
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        String adapter;
        WriterStats stats;
        try (JdbcObjectStore store = open()) {
            adapter = StoreFixture.adapter(store, "a");
            ExecutorService clients = Executors.newFixedThreadPool(16);
            List<CompletableFuture<?>> futures = new ArrayList<>();
            for (int t = 0; t < 16; t++) {
                futures.add(CompletableFuture.runAsync(() -> {
                    for (int i = 0; i < 25; i++) {
                        Key key = Key.aes(adapter, 256, T0);
                        store.submit(tx -> tx.insertObject(key.build())).join();
                        acknowledged.add(key.uid);
                    }
                }, clients));
            }
            CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
            clients.shutdown();
            stats = store.writerStats();
        }
        assertThat(stats.syncs()).isLessThanOrEqualTo(stats.commits());
        assertThat(stats.units()).as("many units per force").isGreaterThan(2 * stats.syncs());
        try (JdbcObjectStore reopened = open()) {
            assertThat(reopened.count(adapter, List.of())).isEqualTo(400);
            for (String uid : acknowledged) {
                assertThat(reopened.findObject(adapter, uid)).isPresent();
            }
        }
    }

    @Test
    void aFailedForceFailsItsUnitsAndTheStoreRefusesEveryLaterWriteAndReportsUnhealthy() throws Exception {
        try (JdbcObjectStore store = open()) {
            String adapter = StoreFixture.adapter(store, "a");
            store.ping();
            force.failing = true;

            CompletableFuture<ManagedObject> lost = store.submit(tx -> tx.insertObject(Key.aes(adapter, 256, T0).build()));

            assertThatThrownBy(() -> lost.get(WAIT.toMillis(), TimeUnit.MILLISECONDS))
                    .hasCauseInstanceOf(CommitFailedException.class).hasMessageContaining("could not be forced");
            assertThatThrownBy(store::ping).isInstanceOf(StoreException.class).hasMessageContaining("could not be forced");
            force.failing = false; // a later force would succeed, but proves nothing about the lost pages
            List<String> ran = new ArrayList<>();
            CompletableFuture<Object> refused = store.submit(tx -> ran.add("ran"));
            assertThatThrownBy(() -> refused.get(WAIT.toMillis(), TimeUnit.MILLISECONDS))
                    .hasCauseInstanceOf(CommitFailedException.class);
            assertThat(ran).as("the writer no longer runs units").isEmpty();
        }
        try (JdbcObjectStore reopened = open()) {
            reopened.ping();
            assertThat(reopened.findAdapterByName("a")).as("a restart recovers from the device").isPresent();
        }
    }
}

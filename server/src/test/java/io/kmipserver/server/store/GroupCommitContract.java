package io.kmipserver.server.store;

import static io.kmipserver.server.store.StoreFixture.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kmipserver.codec.spec.State;
import io.kmipserver.server.store.StoreFixture.Key;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The group-commit writer over either database: units share transactions, each unit rolls back to its
 * own savepoint, pre-commit hooks fail closed, a full queue fails fast, close drains. The same
 * assertions run on SQLite ({@link GroupCommitTest}) and on PostgreSQL ({@link GroupCommitOnPostgresIT}).
 */
abstract class GroupCommitContract {

    @TempDir
    Path dir;

    TestDatabase db;

    /** A new, empty database of the dialect under test; {@code dir} is this test's temporary directory. */
    abstract TestDatabase freshDatabase(Path dir);

    @BeforeEach
    void database() {
        db = freshDatabase(dir);
    }

    @Test
    void concurrentUnitsShareCommitsAndOneFailingUnitDoesNotFailTheOthers() throws Exception {
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        String failingUid;
        String adapter;
        try (JdbcObjectStore store = db.open()) {
            adapter = StoreFixture.adapter(store, "a");
            // A unit that inserts and then throws: its savepoint must undo the insert.
            Key failing = Key.aes(adapter, 256, T0);
            failingUid = failing.uid;
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService clients = Executors.newFixedThreadPool(16);
            List<CompletableFuture<?>> futures = new ArrayList<>();
            for (int t = 0; t < 16; t++) {
                int thread = t;
                futures.add(CompletableFuture.runAsync(() -> {
                    await(start);
                    for (int i = 0; i < 25; i++) {
                        Key key = Key.aes(adapter, 256, T0).named("t" + thread + "-" + i);
                        store.submit(tx -> tx.insertObject(key.build())).join();
                        acknowledged.add(key.uid);
                        if (thread == 3 && i == 10) {
                            CompletableFuture<Object> bad = store.submit(tx -> {
                                tx.insertObject(failing.build());
                                throw new IllegalStateException("unit fails after its insert");
                            });
                            assertThatThrownBy(bad::join).hasCauseInstanceOf(IllegalStateException.class);
                        }
                    }
                }, clients));
            }
            start.countDown();
            CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
            clients.shutdown();

            WriterStats stats = store.writerStats();
            assertThat(stats.units()).isEqualTo(1 + 400); // the adapter, the keys
            assertThat(stats.failedUnits()).isEqualTo(1);
            assertThat(stats.commits()).as("16 concurrent clients must share commits").isLessThan(stats.units());
            assertThat(store.findObject(adapter, failingUid)).as("rolled back to its savepoint").isEmpty();
        }
        try (JdbcObjectStore reopened = db.open()) {
            assertThat(acknowledged).hasSize(400);
            for (String uid : acknowledged) {
                assertThat(reopened.findObject(adapter, uid)).as("acknowledged %s survives reopening", uid).isPresent();
            }
            assertThat(reopened.count(adapter, List.of())).isEqualTo(400);
        }
    }

    @Test
    void aFailingPreCommitHookRollsBackItsUnitAndFailsItWithTheHooksException() {
        try (JdbcObjectStore store = db.open()) {
            String adapter = StoreFixture.adapter(store, "a");
            Key key = Key.aes(adapter, 256, T0);
            List<ManagedObject> hookSaw = new ArrayList<>();

            CompletableFuture<ManagedObject> future = store.submit(tx -> tx.insertObject(key.build()), created -> {
                hookSaw.add(created);
                throw new IllegalStateException("audit journal is not writable");
            });

            assertThatThrownBy(future::join).isInstanceOf(CompletionException.class)
                    .hasCauseInstanceOf(IllegalStateException.class).hasRootCauseMessage("audit journal is not writable");
            assertThat(hookSaw).as("the hook saw the unit's result").hasSize(1);
            assertThat(store.findObject(adapter, key.uid)).as("fail closed: nothing committed").isEmpty();
        }
    }

    @Test
    void aUnitFailingOnAConstraintRollsBackAloneAndItsGroupStillCommits() {
        try (JdbcObjectStore store = db.open()) {
            String adapter = StoreFixture.adapter(store, "a");
            Key before = Key.aes(adapter, 256, T0);
            Key duplicate = Key.aes(adapter, 256, T0);
            Key after = Key.aes(adapter, 256, T0);
            List<CompletableFuture<ManagedObject>> futures = new ArrayList<>();

            futures.add(store.submit(tx -> tx.insertObject(before.build())));
            futures.add(store.submit(tx -> {
                tx.insertObject(duplicate.build());
                // A unique violation: PostgreSQL refuses every later statement of the transaction until the
                // unit's savepoint is rolled back, SQLite does not; either way only this unit fails.
                return tx.insertObject(duplicate.build());
            }));
            futures.add(store.submit(tx -> tx.insertObject(after.build())));

            assertThat(futures.get(0).join().uniqueIdentifier()).isEqualTo(before.uid);
            assertThatThrownBy(futures.get(1)::join).hasCauseInstanceOf(ConflictException.class);
            assertThat(futures.get(2).join().uniqueIdentifier()).isEqualTo(after.uid);
            assertThat(store.findObject(adapter, before.uid)).isPresent();
            assertThat(store.findObject(adapter, duplicate.uid)).as("rolled back to its savepoint").isEmpty();
            assertThat(store.findObject(adapter, after.uid)).isPresent();
        }
    }

    @Test
    void aSucceedingPreCommitHookRunsBeforeTheFutureCompletes() {
        try (JdbcObjectStore store = db.open()) {
            String adapter = StoreFixture.adapter(store, "a");
            Key key = Key.aes(adapter, 256, T0);
            List<String> events = new ArrayList<>();

            ManagedObject created = store.submit(tx -> tx.insertObject(key.build()),
                    o -> events.add("audited " + o.uniqueIdentifier())).join();

            assertThat(events).containsExactly("audited " + created.uniqueIdentifier());
            assertThat(store.findObject(adapter, key.uid)).isPresent();
        }
    }

    @Test
    void aUnitSeesTheWritesOfEarlierUnitsOfItsGroupAndAReadCheckWriteInsideOneUnitCannotRace() throws Exception {
        try (JdbcObjectStore store = db.open()) {
            String adapter = StoreFixture.adapter(store, "a");
            String uid = Key.aes(adapter, 256, T0).insert(store);
            // Eight "Activate" units racing: each reads the state inside its unit and only acts on Pre-Active.
            List<CompletableFuture<Boolean>> activations = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                activations.add(store.submit(tx -> {
                    ManagedObject o = tx.findObject(adapter, uid).orElseThrow();
                    if (o.state() != State.PRE_ACTIVE.value()) {
                        return false;
                    }
                    tx.updateObject(adapter, uid, o.version(), List.of(AttributeChange.replace(StoreFixture.state(State.ACTIVE))));
                    return true;
                }));
            }
            long activated = activations.stream().filter(CompletableFuture::join).count();

            assertThat(activated).isEqualTo(1);
            assertThat(store.findObject(adapter, uid).orElseThrow().version()).isEqualTo(2);
        }
    }

    @Test
    void aFullQueueFailsFastWithStoreBusyInsteadOfGrowing() throws Exception {
        StoreSettings small = StoreSettings.defaults().withWriteQueue(2, Duration.ofMillis(100));
        try (JdbcObjectStore store = db.open(small)) {
            CountDownLatch release = new CountDownLatch(1);
            CountDownLatch running = new CountDownLatch(1);
            CompletableFuture<Object> blocker = store.submit(tx -> {
                running.countDown();
                release.await();
                return null;
            });
            running.await();
            CompletableFuture<Object> queued1 = store.submit(tx -> "one");
            CompletableFuture<Object> queued2 = store.submit(tx -> "two");

            CompletableFuture<Object> rejected = store.submit(tx -> "three");

            assertThatThrownBy(rejected::join).hasCauseInstanceOf(StoreBusyException.class);
            release.countDown();
            blocker.join();
            assertThat(queued1.join()).isEqualTo("one");
            assertThat(queued2.join()).isEqualTo("two");
        }
    }

    @Test
    void closingCommitsQueuedUnitsAndLaterSubmitsFail() throws Exception {
        String uid;
        String adapter;
        CompletableFuture<ManagedObject> pending;
        JdbcObjectStore store = db.open();
        adapter = StoreFixture.adapter(store, "a");
        Key key = Key.aes(adapter, 256, T0);
        uid = key.uid;
        pending = store.submit(tx -> tx.insertObject(key.build()));
        store.close();

        assertThat(pending.join().uniqueIdentifier()).isEqualTo(uid);
        assertThatThrownBy(() -> store.submit(tx -> null).join()).hasCauseInstanceOf(StoreException.class);
        assertThatThrownBy(store::ping).isInstanceOf(StoreException.class);
        try (JdbcObjectStore reopened = db.open()) {
            assertThat(reopened.findObject(adapter, uid)).isPresent();
            reopened.ping();
        }
    }

    @Test
    void checkedExceptionsOfAUnitReachTheFutureAndWriteWrapsThem() {
        try (JdbcObjectStore store = db.open()) {
            CompletableFuture<Object> f = store.submit(tx -> {
                throw new java.io.IOException("checked");
            });
            assertThatThrownBy(f::join).hasCauseInstanceOf(java.io.IOException.class);
            assertThatThrownBy(() -> store.write(tx -> {
                throw new java.io.IOException("checked");
            })).isInstanceOf(StoreException.class).hasCauseInstanceOf(java.io.IOException.class);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

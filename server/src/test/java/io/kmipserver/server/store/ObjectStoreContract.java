package io.kmipserver.server.store;

import static io.kmipserver.server.store.StoreFixture.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kmipserver.codec.spec.CryptographicAlgorithm;
import io.kmipserver.codec.spec.ObjectType;
import io.kmipserver.codec.spec.State;
import io.kmipserver.codec.spec.Tag;
import io.kmipserver.codec.ttlv.TtlvItem;
import io.kmipserver.server.keys.ProtectedMaterial;
import io.kmipserver.server.store.StoreFixture.Key;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every object store does, whatever its database: the same assertions run on SQLite
 * ({@link ObjectStoreTest}) and on PostgreSQL ({@link ObjectStoreOnPostgresIT}). Each test gets a new,
 * empty database from {@link #freshDatabase}.
 */
abstract class ObjectStoreContract {

    @TempDir
    Path dir;

    TestDatabase db;
    JdbcObjectStore store;
    String a;
    String b;

    /** A new, empty database of the dialect under test; {@code dir} is this test's temporary directory. */
    abstract TestDatabase freshDatabase(Path dir);

    @BeforeEach
    void open() {
        db = freshDatabase(dir);
        store = db.open();
        a = StoreFixture.adapter(store, "adapter-a");
        b = StoreFixture.adapter(store, "adapter-b");
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void migrationsCreateEveryTableOnAnEmptyDatabaseAndRunOnlyOnce() throws Exception {
        store.close();
        store = db.open();
        try (Connection c = db.connect();
                ResultSet tables = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            List<String> names = new ArrayList<>();
            while (tables.next()) {
                names.add(tables.getString("TABLE_NAME"));
            }
            assertThat(names).contains("adapters", "adapter_trust", "client_certificates", "objects",
                    "object_attributes", "object_material", "flyway_schema_history");
            try (ResultSet history = c.createStatement().executeQuery(
                    "SELECT COUNT(*), MAX(version) FROM flyway_schema_history WHERE success AND version IS NOT NULL")) {
                history.next();
                assertThat(history.getInt(1)).as("each applied once despite two opens").isEqualTo(4);
                assertThat(history.getString(2)).isEqualTo("4");
            }
        }
    }

    /**
     * A database that a version-1 server wrote: every attribute row had its projections. Version 2
     * clears them for the attributes Locate now finds in objects columns, the identifier and the
     * flags, and keeps them for the rest; Locate finds the old object by each kind of filter.
     */
    @Test
    void versionTwoUpgradesAVersionOneDatabaseAndLocateStillFindsItsObjects(@TempDir Path otherDir) throws Exception {
        TestDatabase old = freshDatabase(otherDir);
        old.migrateTo("1");
        String uid = "0190f0e0-0000-7000-8000-000000000001";
        long t = T0.getEpochSecond();
        try (Connection c = old.connect()) {
            c.createStatement().executeUpdate("INSERT INTO adapters (id, name, created_at, created_by, updated_at, updated_by)"
                    + " VALUES ('ad1', 'legacy', 0, 'test', 0, 'test')");
            c.createStatement().executeUpdate("INSERT INTO objects VALUES ('" + uid + "', 'ad1', 2, 2, 3, 256, " + t + ", "
                    + t + ", " + t + ", NULL, NULL, NULL, 1, 1)");
            List<TtlvItem> values = List.of(new TtlvItem.TextString(Tag.UNIQUE_IDENTIFIER, uid),
                    new TtlvItem.Enumeration(Tag.OBJECT_TYPE, ObjectType.SYMMETRIC_KEY.value()),
                    StoreFixture.state(State.ACTIVE), StoreFixture.date(Tag.ACTIVATION_DATE, T0),
                    new TtlvItem.BooleanItem(Tag.FRESH, true), new TtlvItem.IntegerItem(Tag.CRYPTOGRAPHIC_USAGE_MASK, 12),
                    StoreFixture.name("legacy-key"));
            try (var ps = c.prepareStatement("INSERT INTO object_attributes VALUES (?, 'ad1', ?, '', '', 0, ?, ?, ?)")) {
                for (TtlvItem v : values) {
                    ps.setString(1, uid);
                    ps.setInt(2, v.tag());
                    ps.setBytes(3, AttributeColumns.encode(v));
                    ps.setObject(4, AttributeColumns.number(v));
                    ps.setString(5, AttributeColumns.text(v));
                    ps.executeUpdate();
                }
            }
        }
        try (JdbcObjectStore upgraded = old.open(); Connection c = old.connect();
                ResultSet rs = c.createStatement().executeQuery("SELECT attr_tag FROM object_attributes"
                        + " WHERE value_num IS NOT NULL OR value_text IS NOT NULL ORDER BY attr_tag")) {
            List<Integer> projected = new ArrayList<>();
            while (rs.next()) {
                projected.add(rs.getInt(1));
            }
            assertThat(projected).containsExactly(Tag.CRYPTOGRAPHIC_USAGE_MASK, Tag.NAME);
            List<List<LocateFilter>> each = List.of(
                    List.of(new LocateFilter.TextEquals(AttributeKey.standard(Tag.UNIQUE_IDENTIFIER), uid)),
                    List.of(new LocateFilter.NumberEquals(AttributeKey.standard(Tag.STATE), State.ACTIVE.value())),
                    List.of(new LocateFilter.NumberEquals(AttributeKey.standard(Tag.OBJECT_TYPE), ObjectType.SYMMETRIC_KEY.value())),
                    List.of(new LocateFilter.Present(AttributeKey.standard(Tag.ACTIVATION_DATE))),
                    List.of(new LocateFilter.NumberEquals(AttributeKey.standard(Tag.FRESH), 1)),
                    List.of(new LocateFilter.MaskContainsAll(AttributeKey.standard(Tag.CRYPTOGRAPHIC_USAGE_MASK), 4)),
                    List.of(new LocateFilter.TextEquals(AttributeKey.standard(Tag.NAME), "legacy-key")));
            for (List<LocateFilter> filters : each) {
                assertThat(upgraded.locate("ad1", new LocateQuery(filters, null, 0))).as(filters.toString()).containsExactly(uid);
            }
            assertThat(upgraded.locate("ad1", LocateQuery.of(new LocateFilter.NumberEquals(AttributeKey.standard(Tag.FRESH), 0))))
                    .isEmpty();
        }
    }

    @Test
    void insertedObjectReadsBackWithEveryAttributeAndSummaryColumn() {
        Key key = Key.aes(a, 256, T0).named("disk-1").group("vm-keys").vendor("x", "purpose", "backup");
        ManagedObject inserted = store.write(tx -> tx.insertObject(key.build()));

        ManagedObject read = store.findObject(a, key.uid).orElseThrow();

        assertThat(read).isEqualTo(inserted);
        assertThat(read.objectType()).isEqualTo(ObjectType.SYMMETRIC_KEY.value());
        assertThat(read.state()).isEqualTo(State.PRE_ACTIVE.value());
        assertThat(read.cryptographicAlgorithm()).isEqualTo(CryptographicAlgorithm.AES.value());
        assertThat(read.cryptographicLength()).isEqualTo(256);
        assertThat(read.initialDate()).isEqualTo(T0);
        assertThat(read.lastChangeDate()).isEqualTo(T0);
        assertThat(read.activationDate()).isNull();
        assertThat(read.version()).isEqualTo(1);
        assertThat(read.hasMaterial()).isTrue();
        assertThat(read.attribute(Tag.NAME)).contains(StoreFixture.name("disk-1"));
        assertThat(read.attribute(AttributeKey.vendor("x", "purpose"))).contains(StoreFixture.vendorText("backup"));
        assertThat(read.attributes()).hasSize(key.attributes.size());
    }

    @Test
    void multiInstanceAttributesGetIndexesInOrder() {
        Key key = Key.aes(a, 128, T0).named("first").named("second");
        key.insert(store);

        List<StoredAttribute> names = store.findObject(a, key.uid).orElseThrow().attributes(AttributeKey.standard(Tag.NAME));

        assertThat(names).extracting(StoredAttribute::index).containsExactly(0, 1);
        assertThat(names).extracting(StoredAttribute::value).containsExactly(StoreFixture.name("first"),
                StoreFixture.name("second"));
    }

    @Test
    void materialIsStoredAsTheProtectedBlobAndDeletingItKeepsTheMetadata() {
        ProtectedMaterial blob = new ProtectedMaterial("software", 2, new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12},
                new byte[] {9, 9, 9});
        Key key = Key.aes(a, 256, T0).withoutMaterial();
        store.write(tx -> tx.insertObject(new NewObject(key.uid, a, key.attributes, new StoredMaterial(1, blob))));

        assertThat(store.findMaterial(a, key.uid)).contains(new StoredMaterial(1, blob));

        boolean deleted = store.write(tx -> tx.deleteMaterial(a, key.uid));
        boolean deletedAgain = store.write(tx -> tx.deleteMaterial(a, key.uid));
        assertThat(deleted).isTrue();
        assertThat(deletedAgain).as("already gone").isFalse();
        assertThat(store.findMaterial(a, key.uid)).isEmpty();
        ManagedObject kept = store.findObject(a, key.uid).orElseThrow();
        assertThat(kept.hasMaterial()).isFalse();
        assertThat(kept.cryptographicLength()).isEqualTo(256);
    }

    @Test
    void findWithMaterialReadsTheSummaryTheMaterialAndTheFirstValueOfTheAskedAttributes() {
        Key key = Key.aes(a, 256, T0).named("disk-1").named("disk-1-alias").group("vm-keys");
        ManagedObject inserted = store.write(tx -> tx.insertObject(key.build()));

        ObjectWithMaterial read = store.findWithMaterial(a, key.uid,
                List.of(Tag.NAME, Tag.CRYPTOGRAPHIC_USAGE_MASK, Tag.SENSITIVE)).orElseThrow();

        assertThat(read.material()).isEqualTo(new StoredMaterial(1, StoreFixture.fakeMaterial()));
        assertThat(read.object()).isEqualTo(inserted.withAttributes(List.of()));
        assertThat(read.attributes()).containsOnlyKeys(Tag.NAME, Tag.CRYPTOGRAPHIC_USAGE_MASK);
        assertThat(read.attribute(Tag.NAME)).contains(StoreFixture.name("disk-1"));
        assertThat(read.attribute(Tag.CRYPTOGRAPHIC_USAGE_MASK)).isEqualTo(inserted.attribute(Tag.CRYPTOGRAPHIC_USAGE_MASK));
        assertThat(read.attribute(Tag.SENSITIVE)).isEmpty();
    }

    @Test
    void findWithMaterialGivesTheLowestIndexedInstanceThatRemains() {
        String uid = Key.aes(a, 256, T0).named("first").named("second").insert(store);
        store.write(tx -> tx.updateObject(a, uid, -1, List.of(new AttributeChange.Delete(AttributeKey.standard(Tag.NAME), 0))));

        assertThat(store.findWithMaterial(a, uid, List.of(Tag.NAME)).orElseThrow().attribute(Tag.NAME))
                .contains(StoreFixture.name("second"));
    }

    @Test
    void findWithMaterialFindsAnObjectWithoutMaterialOrWithoutTheAskedAttributes() {
        String uid = Key.aes(a, 256, T0).insert(store);
        store.write(tx -> tx.deleteMaterial(a, uid));

        ObjectWithMaterial read = store.findWithMaterial(a, uid, List.of(Tag.SENSITIVE)).orElseThrow();

        assertThat(read.material()).isNull();
        assertThat(read.object().hasMaterial()).isFalse();
        assertThat(read.attributes()).isEmpty();
        assertThat(read.object().cryptographicLength()).isEqualTo(256);
    }

    @Test
    void readsReuseTheirPreparedStatements() {
        String uid = Key.aes(a, 256, T0).insert(store);
        store.findObject(a, uid);
        store.findWithMaterial(a, uid, List.of(Tag.FRESH));
        int afterFirstReads = store.cachedReadStatements();

        for (int i = 0; i < 50; i++) {
            assertThat(store.findObject(a, uid)).isPresent();
            assertThat(store.findWithMaterial(a, uid, List.of(Tag.FRESH))).isPresent();
            assertThat(store.findObject(b, uid)).as("another adapter's object, through the same statement").isEmpty();
        }

        assertThat(afterFirstReads).isPositive();
        assertThat(store.cachedReadStatements()).isEqualTo(afterFirstReads);
    }

    @Test
    void putMaterialReplacesTheBlobForRootKeyRotation() {
        String uid = Key.aes(a, 256, T0).insert(store);
        ProtectedMaterial rewrapped = new ProtectedMaterial("software", 2, new byte[12], new byte[48]);

        store.write(tx -> {
            tx.putMaterial(a, uid, new StoredMaterial(1, rewrapped));
            return null;
        });

        assertThat(store.findMaterial(a, uid).orElseThrow().material().rootKeyVersion()).isEqualTo(2);
    }

    @Test
    void attributeChangesApplyInOrderAndSummaryColumnsFollowTheAttributes() {
        Key key = Key.aes(a, 256, T0).named("n0");
        key.insert(store);
        Instant activated = T0.plusSeconds(60);

        UpdateResult result = store.write(tx -> tx.updateObject(a, key.uid, 1, List.of(
                AttributeChange.replace(StoreFixture.state(State.ACTIVE)),
                AttributeChange.replace(StoreFixture.date(Tag.ACTIVATION_DATE, activated)),
                AttributeChange.add(StoreFixture.name("n1")),
                new AttributeChange.Modify(AttributeKey.standard(Tag.NAME), 0, StoreFixture.name("n0-renamed")),
                new AttributeChange.Add(AttributeKey.vendor("x", "owner"), StoreFixture.vendorText("ops")))));

        assertThat(result.version()).isEqualTo(2);
        assertThat(result.affected()).extracting(StoredAttribute::index).containsExactly(0, 0, 1, 0, 0);
        ManagedObject read = store.findObject(a, key.uid).orElseThrow();
        assertThat(read.state()).isEqualTo(State.ACTIVE.value());
        assertThat(read.activationDate()).isEqualTo(activated);
        assertThat(read.version()).isEqualTo(2);
        assertThat(read.attributes(AttributeKey.standard(Tag.NAME))).extracting(StoredAttribute::value)
                .containsExactly(StoreFixture.name("n0-renamed"), StoreFixture.name("n1"));
        assertThat(read.attribute(AttributeKey.vendor("x", "owner"))).contains(StoreFixture.vendorText("ops"));
    }

    @Test
    void deletingAnInstanceKeepsTheIndexesOfTheOthers() {
        Key key = Key.aes(a, 256, T0).named("n0").named("n1").named("n2");
        key.insert(store);
        AttributeKey name = AttributeKey.standard(Tag.NAME);

        UpdateResult deleted = store.write(tx -> tx.updateObject(a, key.uid, 1, List.of(new AttributeChange.Delete(name, 1))));
        UpdateResult added = store.write(tx -> tx.updateObject(a, key.uid, 2, List.of(AttributeChange.add(StoreFixture.name("n3")))));

        assertThat(deleted.affected()).containsExactly(new StoredAttribute(name, 1, StoreFixture.name("n1")));
        assertThat(added.affected().get(0).index()).as("KMIP 1.4 §2.1.1: indexes never change").isEqualTo(3);
        assertThat(store.findObject(a, key.uid).orElseThrow().attributes(name)).extracting(StoredAttribute::index)
                .containsExactly(0, 2, 3);
    }

    @Test
    void modifyingOrDeletingAMissingInstanceIsAttributeNotFoundAndChangesNothing() {
        String uid = Key.aes(a, 256, T0).named("only").insert(store);
        AttributeKey name = AttributeKey.standard(Tag.NAME);

        for (AttributeChange bad : List.of(new AttributeChange.Modify(name, 5, StoreFixture.name("x")),
                new AttributeChange.Delete(AttributeKey.vendor("x", "absent"), 0))) {
            assertThatThrownBy(() -> store.write(tx -> tx.updateObject(a, uid, 1,
                    List.of(AttributeChange.replace(StoreFixture.state(State.ACTIVE)), bad))))
                    .isInstanceOfSatisfying(NotFoundException.class,
                            e -> assertThat(e.kind()).isEqualTo(NotFoundException.Kind.ATTRIBUTE));
        }
        ManagedObject unchanged = store.findObject(a, uid).orElseThrow();
        assertThat(unchanged.version()).isEqualTo(1);
        assertThat(unchanged.state()).as("the whole unit rolled back").isEqualTo(State.PRE_ACTIVE.value());
    }

    @Test
    void requiredAttributesCannotBeMissingOrDeleted() {
        Key key = new Key(a, T0);
        key.attributes.removeIf(v -> v.key().tag() == Tag.STATE);
        assertThatThrownBy(() -> store.write(tx -> tx.insertObject(key.build())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("State");

        String uid = Key.aes(a, 256, T0).insert(store);
        assertThatThrownBy(() -> store.write(tx -> tx.updateObject(a, uid, 1,
                List.of(new AttributeChange.DeleteAll(AttributeKey.standard(Tag.OBJECT_TYPE))))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(store.findObject(a, uid).orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void aSecondObjectWithTheSameUniqueIdentifierIsAConflict() {
        Key key = Key.aes(a, 256, T0);
        key.insert(store);

        assertThatThrownBy(() -> store.write(tx -> tx.insertObject(key.build()))).isInstanceOf(ConflictException.class);
    }

    @Test
    void objectOfAnUnknownAdapterIsRefused() {
        assertThatThrownBy(() -> Key.aes("no-such-adapter", 256, T0).insert(store))
                .isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.kind()).isEqualTo(NotFoundException.Kind.ADAPTER));
    }

    @Test
    void twoUpdatesFromTheSameVersionLetOnlyTheFirstWin() {
        String uid = Key.aes(a, 256, T0).insert(store);
        long version = store.findObject(a, uid).orElseThrow().version();

        store.write(tx -> tx.updateObject(a, uid, version, List.of(AttributeChange.replace(StoreFixture.state(State.ACTIVE)))));

        assertThatThrownBy(() -> store.write(tx -> tx.updateObject(a, uid, version,
                List.of(AttributeChange.replace(StoreFixture.state(State.DESTROYED))))))
                .isInstanceOf(StaleVersionException.class);
        assertThat(store.findObject(a, uid).orElseThrow().state()).isEqualTo(State.ACTIVE.value());
    }

    @Test
    void concurrentUpdatesFromOneVersionCommitExactlyOne() {
        String uid = Key.aes(a, 256, T0).insert(store);
        List<java.util.concurrent.CompletableFuture<UpdateResult>> futures = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            int n = i;
            futures.add(store.submit(tx -> tx.updateObject(a, uid, 1,
                    List.of(new AttributeChange.Add(AttributeKey.vendor("x", "writer"), StoreFixture.vendorText("w" + n))))));
        }
        long won = StoreFixture.succeeded(futures, StaleVersionException.class);

        assertThat(won).isEqualTo(1);
        assertThat(store.findObject(a, uid).orElseThrow().attributes(AttributeKey.vendor("x", "writer"))).hasSize(1);
    }

    @Test
    void anotherAdaptersObjectIsNotFoundForEveryReadAndWrite() {
        String uid = Key.aes(a, 256, T0).named("secret-of-a").insert(store);

        assertThat(store.findObject(b, uid)).isEmpty();
        assertThat(store.findMaterial(b, uid)).isEmpty();
        assertThat(store.findWithMaterial(b, uid, List.of(Tag.NAME))).isEmpty();
        assertThat(store.locate(b, LocateQuery.of())).isEmpty();
        assertThat(store.locate(b, LocateQuery.of(new LocateFilter.TextEquals(AttributeKey.standard(Tag.NAME), "secret-of-a"))))
                .isEmpty();
        java.util.Optional<ManagedObject> insideUnit = store.write(tx -> tx.findObject(b, uid));
        assertThat(insideUnit).isEmpty();
        assertThatThrownBy(() -> store.write(tx -> tx.updateObject(b, uid, 1,
                List.of(AttributeChange.replace(StoreFixture.state(State.ACTIVE))))))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.kind()).isEqualTo(NotFoundException.Kind.OBJECT));
        assertThatThrownBy(() -> store.write(tx -> tx.deleteMaterial(b, uid))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> store.write(tx -> {
            tx.putMaterial(b, uid, new StoredMaterial(1, StoreFixture.fakeMaterial()));
            return null;
        })).isInstanceOf(NotFoundException.class);

        ManagedObject untouched = store.findObject(a, uid).orElseThrow();
        assertThat(untouched.version()).isEqualTo(1);
        assertThat(untouched.hasMaterial()).isTrue();
        assertThat(store.locate(a, LocateQuery.of())).containsExactly(uid);
    }

    @Test
    void missingObjectAndOtherAdaptersObjectGiveTheSameAnswer() {
        String uid = Key.aes(a, 256, T0).insert(store);

        Throwable missing = catchUpdate(b, "no-such-object");
        Throwable foreign = catchUpdate(b, uid);

        assertThat(foreign).isInstanceOf(NotFoundException.class);
        assertThat(foreign.getMessage()).isEqualTo(missing.getMessage().replace("no-such-object", uid));
    }

    private Throwable catchUpdate(String adapter, String uid) {
        try {
            store.write(tx -> tx.updateObject(adapter, uid, 1, List.of()));
            throw new AssertionError("expected NotFoundException");
        } catch (NotFoundException e) {
            return e;
        }
    }

    @Test
    void byteStringAndStructureValuesRoundTrip() {
        TtlvItem digest = new TtlvItem.Structure(Tag.DIGEST,
                new TtlvItem.Enumeration(Tag.HASHING_ALGORITHM, 6),
                new TtlvItem.ByteString(Tag.DIGEST_VALUE, new byte[] {1, 2, 3}));
        String uid = new Key(a, T0).add(digest).insert(store);

        assertThat(store.findObject(a, uid).orElseThrow().attribute(Tag.DIGEST)).contains(digest);
    }
}

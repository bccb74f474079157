package io.kmipserver.server.store;

import static io.kmipserver.server.store.StoreFixture.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.kmipserver.codec.spec.CryptographicAlgorithm;
import io.kmipserver.codec.spec.ObjectType;
import io.kmipserver.codec.spec.State;
import io.kmipserver.codec.spec.Tag;
import io.kmipserver.codec.ttlv.TtlvItem;
import io.kmipserver.server.store.StoreFixture.Key;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Locate (KMIP 1.4 §4.9) over one store filled once; every test only reads. The same assertions run
 * on SQLite ({@link LocateTest}) and on PostgreSQL ({@link LocateOnPostgresIT}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class LocateContract {

    static final AttributeKey NAME = AttributeKey.standard(Tag.NAME);
    static final AttributeKey OBJECT_TYPE = AttributeKey.standard(Tag.OBJECT_TYPE);
    static final AttributeKey ALGORITHM = AttributeKey.standard(Tag.CRYPTOGRAPHIC_ALGORITHM);
    static final AttributeKey LENGTH = AttributeKey.standard(Tag.CRYPTOGRAPHIC_LENGTH);
    static final AttributeKey STATE = AttributeKey.standard(Tag.STATE);
    static final AttributeKey GROUP = AttributeKey.standard(Tag.OBJECT_GROUP);
    static final AttributeKey INITIAL = AttributeKey.standard(Tag.INITIAL_DATE);
    static final AttributeKey USAGE = AttributeKey.standard(Tag.CRYPTOGRAPHIC_USAGE_MASK);
    static final AttributeKey PURPOSE = AttributeKey.vendor("x", "purpose");
    static final AttributeKey UNIQUE_IDENTIFIER = AttributeKey.standard(Tag.UNIQUE_IDENTIFIER);
    static final AttributeKey FRESH = AttributeKey.standard(Tag.FRESH);
    static final AttributeKey LAST_CHANGE = AttributeKey.standard(Tag.LAST_CHANGE_DATE);
    static final AttributeKey ACTIVATION = AttributeKey.standard(Tag.ACTIVATION_DATE);

    JdbcObjectStore store;
    String a;
    String b;
    /**
     * Objects of adapter a, oldest first: aes128 (t0, Fresh), aes256 named (t0+10), hmac (t0+20, not
     * Fresh), aes256 active (t0+30, Activation Date t0+35).
     */
    String aes128;
    String aes256Named;
    String hmac;
    String aes256Active;
    String ofB;
    /** Objects of adapter c, all with the same Initial Date, in insertion order. */
    List<String> sameSecond;
    String c;

    /** A new, empty database of the dialect under test; {@code dir} is the class's temporary directory. */
    abstract TestDatabase freshDatabase(Path dir);

    @BeforeAll
    void fill(@TempDir Path dir) {
        store = freshDatabase(dir).open();
        a = StoreFixture.adapter(store, "a");
        b = StoreFixture.adapter(store, "b");
        aes128 = Key.aes(a, 128, T0).group("g1").add(new TtlvItem.BooleanItem(Tag.FRESH, true)).insert(store);
        aes256Named = Key.aes(a, 256, T0.plusSeconds(10)).named("payroll").group("g1").vendor("x", "purpose", "backup")
                .insert(store);
        hmac = new Key(a, T0.plusSeconds(20))
                .add(new TtlvItem.Enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, CryptographicAlgorithm.HMAC_SHA256.value()))
                .add(new TtlvItem.IntegerItem(Tag.CRYPTOGRAPHIC_LENGTH, 256))
                .add(new TtlvItem.IntegerItem(Tag.CRYPTOGRAPHIC_USAGE_MASK, 0x80))
                .named("mac").group("g2").add(new TtlvItem.BooleanItem(Tag.FRESH, false)).insert(store);
        aes256Active = Key.aes(a, 256, T0.plusSeconds(30)).named("payroll-2").vendor("x", "purpose", "archive")
                .insert(store);
        store.write(tx -> tx.updateObject(a, aes256Active, 1,
                List.of(AttributeChange.replace(StoreFixture.state(State.ACTIVE)),
                        AttributeChange.replace(StoreFixture.date(Tag.ACTIVATION_DATE, T0.plusSeconds(35))))));
        ofB = Key.aes(b, 256, T0.plusSeconds(40)).named("payroll").group("g1").insert(store);
        c = StoreFixture.adapter(store, "c");
        sameSecond = List.of(Key.aes(c, 128, T0).insert(store), Key.aes(c, 128, T0).insert(store),
                Key.aes(c, 128, T0).insert(store));
    }

    @AfterAll
    void close() {
        store.close();
    }

    private List<String> locate(LocateFilter... filters) {
        return store.locate(a, LocateQuery.of(filters));
    }

    @Test
    void withoutFiltersEveryObjectOfTheAdapterComesBackNewestFirst() {
        assertThat(locate()).containsExactly(aes256Active, hmac, aes256Named, aes128);
    }

    @Test
    void objectsWithTheSameInitialDateComeBackInReverseInsertionOrder() {
        assertThat(store.locate(c, LocateQuery.of()))
                .containsExactly(sameSecond.get(2), sameSecond.get(1), sameSecond.get(0));
    }

    @Test
    void byNameMatchesTheNameValueOfTheStructure() {
        assertThat(locate(new LocateFilter.TextEquals(NAME, "payroll"))).containsExactly(aes256Named);
        assertThat(locate(new LocateFilter.TextEquals(NAME, "nobody"))).isEmpty();
    }

    @Test
    void byObjectType() {
        assertThat(locate(new LocateFilter.NumberEquals(OBJECT_TYPE, ObjectType.SYMMETRIC_KEY.value())))
                .containsExactly(aes256Active, hmac, aes256Named, aes128);
        assertThat(locate(new LocateFilter.NumberEquals(OBJECT_TYPE, ObjectType.SECRET_DATA.value()))).isEmpty();
    }

    @Test
    void byAlgorithmAndLength() {
        assertThat(locate(new LocateFilter.NumberEquals(ALGORITHM, CryptographicAlgorithm.AES.value()),
                new LocateFilter.NumberEquals(LENGTH, 256))).containsExactly(aes256Active, aes256Named);
    }

    @Test
    void byStateSet() {
        assertThat(locate(new LocateFilter.NumberIn(STATE, Set.of((long) State.ACTIVE.value()))))
                .containsExactly(aes256Active);
        assertThat(locate(new LocateFilter.NumberIn(STATE, Set.of((long) State.ACTIVE.value(), (long) State.PRE_ACTIVE.value()))))
                .hasSize(4);
    }

    @Test
    void byObjectGroup() {
        assertThat(locate(new LocateFilter.TextEquals(GROUP, "g1"))).containsExactly(aes256Named, aes128);
    }

    @Test
    void byCustomAttributeValueAndPresence() {
        assertThat(locate(new LocateFilter.TextEquals(PURPOSE, "backup"))).containsExactly(aes256Named);
        assertThat(locate(new LocateFilter.Present(PURPOSE))).containsExactly(aes256Active, aes256Named);
        assertThat(locate(new LocateFilter.TextEquals(AttributeKey.vendor("y", "purpose"), "backup"))).isEmpty();
    }

    @Test
    void byDateRangeBothEndsInclusive() {
        long t10 = T0.plusSeconds(10).getEpochSecond();
        long t20 = T0.plusSeconds(20).getEpochSecond();

        assertThat(locate(new LocateFilter.NumberRange(INITIAL, t10, t20))).containsExactly(hmac, aes256Named);
        assertThat(locate(new LocateFilter.NumberEquals(INITIAL, t20))).containsExactly(hmac);
    }

    @Test
    void byUsageMaskRequiresEveryRequestedBit() {
        assertThat(locate(new LocateFilter.MaskContainsAll(USAGE, 0x04))).containsExactly(aes256Active, aes256Named, aes128);
        assertThat(locate(new LocateFilter.MaskContainsAll(USAGE, 0x84))).isEmpty();
    }

    @Test
    void byWholeValueComparesTheEncodedItem() {
        assertThat(locate(new LocateFilter.ValueEquals(NAME, StoreFixture.name("payroll-2")))).containsExactly(aes256Active);
    }

    @Test
    void maxItemsAndOffsetItemsPageThroughTheNewestFirstOrder() {
        assertThat(store.locate(a, LocateQuery.of().withMaxItems(2))).containsExactly(aes256Active, hmac);
        assertThat(store.locate(a, LocateQuery.of().withMaxItems(2).withOffsetItems(2))).containsExactly(aes256Named, aes128);
        assertThat(store.locate(a, LocateQuery.of().withOffsetItems(3))).containsExactly(aes128);
        assertThat(store.locate(a, LocateQuery.of().withOffsetItems(4))).isEmpty();
        assertThat(store.locate(a, LocateQuery.of().withMaxItems(0))).isEmpty();
    }

    @Test
    void maxItemsAndOffsetItemsPageThroughAFilteredResult() {
        assertThat(store.locate(a, LocateQuery.of(new LocateFilter.TextEquals(GROUP, "g1")).withMaxItems(1).withOffsetItems(1)))
                .containsExactly(aes128);
        assertThat(store.locate(a, LocateQuery.of(new LocateFilter.TextEquals(GROUP, "g1"),
                new LocateFilter.NumberIn(STATE, Set.of(1L, 2L))).withMaxItems(1))).containsExactly(aes256Named);
    }

    @Test
    void countGivesLocatedItems() {
        assertThat(store.count(a, List.of())).isEqualTo(4);
        assertThat(store.count(a, List.of(new LocateFilter.NumberEquals(LENGTH, 256)))).isEqualTo(3);
        assertThat(store.count(b, List.of())).isEqualTo(1);
    }

    @Test
    void locateSeesOnlyTheCallersAdapter() {
        assertThat(store.locate(b, LocateQuery.of(new LocateFilter.TextEquals(NAME, "payroll")))).containsExactly(ofB);
        assertThat(locate(new LocateFilter.TextEquals(NAME, "payroll"))).doesNotContain(ofB);
    }

    @Test
    void byUniqueIdentifierAloneAndWithOtherFilters() {
        assertThat(locate(new LocateFilter.TextEquals(UNIQUE_IDENTIFIER, hmac))).containsExactly(hmac);
        assertThat(locate(new LocateFilter.TextEquals(UNIQUE_IDENTIFIER, hmac), new LocateFilter.TextEquals(NAME, "mac")))
                .containsExactly(hmac);
        assertThat(locate(new LocateFilter.TextEquals(UNIQUE_IDENTIFIER, hmac), new LocateFilter.TextEquals(NAME, "payroll")))
                .isEmpty();
        assertThat(locate(new LocateFilter.ValueEquals(UNIQUE_IDENTIFIER, new TtlvItem.TextString(Tag.UNIQUE_IDENTIFIER, aes128))))
                .containsExactly(aes128);
        assertThat(locate(new LocateFilter.Present(UNIQUE_IDENTIFIER))).hasSize(4);
        assertThat(store.locate(b, LocateQuery.of(new LocateFilter.TextEquals(UNIQUE_IDENTIFIER, hmac))))
                .as("another adapter's identifier").isEmpty();
    }

    @Test
    void byBooleanFlagCheckedOnTheCandidates() {
        assertThat(locate(new LocateFilter.NumberEquals(FRESH, 1))).containsExactly(aes128);
        assertThat(locate(new LocateFilter.NumberEquals(FRESH, 0))).containsExactly(hmac);
        assertThat(locate(new LocateFilter.Present(FRESH))).containsExactly(hmac, aes128);
        assertThat(locate(new LocateFilter.NumberIn(FRESH, Set.of(0L, 1L)))).containsExactly(hmac, aes128);
        assertThat(locate(new LocateFilter.ValueEquals(FRESH, new TtlvItem.BooleanItem(Tag.FRESH, true))))
                .containsExactly(aes128);
        assertThat(locate(new LocateFilter.TextEquals(GROUP, "g1"), new LocateFilter.NumberEquals(FRESH, 1)))
                .containsExactly(aes128);
        assertThat(locate(new LocateFilter.TextEquals(GROUP, "g2"), new LocateFilter.NumberEquals(FRESH, 1))).isEmpty();
    }

    @Test
    void byLifecycleDatesFromTheirColumns() {
        long t35 = T0.plusSeconds(35).getEpochSecond();
        assertThat(locate(new LocateFilter.Present(ACTIVATION))).containsExactly(aes256Active);
        assertThat(locate(new LocateFilter.NumberRange(ACTIVATION, t35 - 1, t35 + 1))).containsExactly(aes256Active);
        assertThat(locate(new LocateFilter.NumberRange(ACTIVATION, t35 + 1, t35 + 9))).isEmpty();
        assertThat(locate(new LocateFilter.NumberRange(LAST_CHANGE, T0.getEpochSecond(), T0.plusSeconds(10).getEpochSecond())))
                .containsExactly(aes256Named, aes128);
        assertThat(locate(new LocateFilter.ValueEquals(INITIAL, StoreFixture.date(Tag.INITIAL_DATE, T0.plusSeconds(20)))))
                .containsExactly(hmac);
    }

    @Test
    void byAlgorithmAloneAndAColumnNeverMatchesText() {
        assertThat(locate(new LocateFilter.NumberEquals(ALGORITHM, CryptographicAlgorithm.HMAC_SHA256.value())))
                .containsExactly(hmac);
        assertThat(locate(new LocateFilter.NumberEquals(OBJECT_TYPE, ObjectType.SYMMETRIC_KEY.value()),
                new LocateFilter.NumberEquals(ALGORITHM, CryptographicAlgorithm.AES.value()),
                new LocateFilter.NumberEquals(LENGTH, 128))).containsExactly(aes128);
        assertThat(locate(new LocateFilter.TextEquals(STATE, "1"))).isEmpty();
    }
}

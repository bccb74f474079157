package io.kmipserver.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kmipserver.codec.spec.Tag;
import io.kmipserver.codec.ttlv.TtlvItem;
import io.kmipserver.codec.ttlv.TtlvReader;
import io.netty.buffer.Unpooled;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AttributeColumnsTest {

    private static final List<TtlvItem> PRIMITIVES = List.of(
            new TtlvItem.BooleanItem(Tag.FRESH, true),
            new TtlvItem.BooleanItem(Tag.SENSITIVE, false),
            new TtlvItem.IntegerItem(Tag.CRYPTOGRAPHIC_LENGTH, 256),
            new TtlvItem.IntegerItem(Tag.CRYPTOGRAPHIC_USAGE_MASK, -1),
            new TtlvItem.Enumeration(Tag.STATE, 1),
            new TtlvItem.Enumeration(Tag.OBJECT_TYPE, 0x8000_0001),
            new TtlvItem.LongInteger(Tag.USAGE_LIMITS_COUNT, Long.MIN_VALUE),
            new TtlvItem.DateTime(Tag.INITIAL_DATE, 1_795_321_356L),
            new TtlvItem.DateTime(Tag.ACTIVATION_DATE, -1L),
            new TtlvItem.Interval(Tag.LEASE_TIME, 0xFFFF_FFFFL),
            new TtlvItem.DateTimeExtended(Tag.LAST_CHANGE_DATE, 1_795_321_356_123_456L));

    @Test
    void everyPrimitiveReadsBackAsTheCodecsReaderReadsIt() {
        for (TtlvItem item : PRIMITIVES) {
            byte[] bytes = AttributeColumns.encode(item);

            assertThat(bytes).as("%s is one 16-byte item", item).hasSize(16);
            assertThat(AttributeColumns.decode(bytes)).as("%s", item)
                    .isEqualTo(item)
                    .isEqualTo(TtlvReader.decode(Unpooled.wrappedBuffer(bytes)));
        }
    }

    @Test
    void structuresAndStringsStillGoThroughTheReader() {
        TtlvItem name = StoreFixture.name("disk-1");
        TtlvItem text = new TtlvItem.TextString(Tag.OBJECT_GROUP, "g");

        assertThat(AttributeColumns.decode(AttributeColumns.encode(name))).isEqualTo(name);
        assertThat(AttributeColumns.decode(AttributeColumns.encode(text))).isEqualTo(text);
    }

    @Test
    void aNonCanonicalPrimitiveIsRefusedAsTheReaderRefusesIt() {
        byte[] two = AttributeColumns.encode(new TtlvItem.BooleanItem(Tag.FRESH, true));
        two[15] = 2;
        byte[] padded = AttributeColumns.encode(new TtlvItem.IntegerItem(Tag.CRYPTOGRAPHIC_LENGTH, 128));
        padded[15] = 1;

        for (byte[] bad : List.of(two, padded)) {
            assertThatThrownBy(() -> TtlvReader.decode(Unpooled.wrappedBuffer(bad))).isInstanceOf(RuntimeException.class);
            assertThatThrownBy(() -> AttributeColumns.decode(bad)).isInstanceOf(RuntimeException.class);
        }
    }

    /** The rows V2 stripped of their projections are the rows the code writes without them. */
    @Test
    void versionTwoMigrationClearsTheProjectionsOfExactlyTheUnprojectedAttributes() throws Exception {
        String sql;
        try (InputStream in = getClass().getResourceAsStream("/db/migration/V2__locate_from_object_columns.sql")) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher m = Pattern.compile("attr_tag IN \\(([^)]*)\\)").matcher(sql);
        assertThat(m.find()).isTrue();
        assertThat(Arrays.stream(m.group(1).split(",")).map(String::trim).map(Integer::valueOf).collect(Collectors.toSet()))
                .isEqualTo(AttributeColumns.UNPROJECTED_TAGS);
    }

    @Test
    void rowsOfUnprojectedAttributesCarryNoProjectionAndOthersDo() {
        AttributeRow state = AttributeRow.of(new StoredAttribute(AttributeKey.standard(Tag.STATE), 0,
                new TtlvItem.Enumeration(Tag.STATE, 2)));
        AttributeRow fresh = AttributeRow.of(new StoredAttribute(AttributeKey.standard(Tag.FRESH), 0,
                new TtlvItem.BooleanItem(Tag.FRESH, true)));
        AttributeRow mask = AttributeRow.of(new StoredAttribute(AttributeKey.standard(Tag.CRYPTOGRAPHIC_USAGE_MASK), 0,
                new TtlvItem.IntegerItem(Tag.CRYPTOGRAPHIC_USAGE_MASK, 12)));
        AttributeRow vendorFlag = AttributeRow.of(new StoredAttribute(AttributeKey.vendor("x", "flag"), 0,
                new TtlvItem.BooleanItem(Tag.ATTRIBUTE_VALUE, true)));

        assertThat(state.number()).isNull();
        assertThat(fresh.number()).isNull();
        assertThat(state.ttlv()).isEqualTo(AttributeColumns.encode(new TtlvItem.Enumeration(Tag.STATE, 2)));
        assertThat(mask.number()).isEqualTo(12L);
        assertThat(vendorFlag.number()).as("a custom attribute keeps its projection").isEqualTo(1L);
    }
}

package io.kmipserver.server.store;

import io.kmipserver.codec.spec.Tag;
import io.kmipserver.codec.ttlv.TtlvItem;
import io.kmipserver.codec.ttlv.TtlvReader;
import io.kmipserver.codec.ttlv.TtlvWriter;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.Set;

/**
 * How an attribute value becomes columns: its TTLV bytes, and the number and text projections that
 * the Locate indexes are built on. One place, used for writing rows and for building filters, so the
 * two always agree.
 */
final class AttributeColumns {

    /** Byte Strings up to this length are projected as hex text (indexable equality). */
    static final int MAX_INDEXED_BYTES = 256;

    /**
     * The boolean flags of a key: Locate checks them on the candidates that other filters (or the
     * walk of the adapter's objects) give, by primary key, and keeps no index entry for them. With
     * two values an entry would select half of the objects at best, and each one costs the store's
     * single writer a B-tree insert per Create.
     */
    static final Set<Integer> FLAG_TAGS = Set.of(Tag.FRESH, Tag.SENSITIVE, Tag.ALWAYS_SENSITIVE, Tag.EXTRACTABLE,
            Tag.NEVER_EXTRACTABLE);

    /**
     * Standard attributes whose rows carry no number or text projection, hence no entry in the value
     * indexes: those {@code objects} holds as columns (Locate reads the column through the objects
     * indexes), Unique Identifier (the objects primary key) and the {@link #FLAG_TAGS}. Changing this
     * set changes what rows hold: a migration must re-project the stored rows (V2 did).
     */
    static final Set<Integer> UNPROJECTED_TAGS;

    static {
        Set<Integer> tags = new HashSet<>(Queries.SUMMARY_COLUMNS.keySet());
        tags.add(Tag.UNIQUE_IDENTIFIER);
        tags.addAll(FLAG_TAGS);
        UNPROJECTED_TAGS = Set.copyOf(tags);
    }

    private AttributeColumns() {}

    /** Whether rows of this attribute carry the number and text projections the value indexes hold. */
    static boolean projected(AttributeKey key) {
        return key.isVendor() || !UNPROJECTED_TAGS.contains(key.tag());
    }

    static byte[] encode(TtlvItem item) {
        ByteBuf buf = Unpooled.buffer(64);
        try {
            TtlvWriter.encode(item, buf);
            return ByteBufUtil.getBytes(buf);
        } finally {
            buf.release();
        }
    }

    /**
     * The item a row's bytes encode. Most attribute values are one 16-byte primitive (a flag, an
     * enumeration, a date: KMIP 1.4 §9.1.1 — 8-byte header, value padded to 8 bytes); those are read
     * here directly, without a buffer and a reader (a Get decodes three per request). Anything else,
     * and any primitive whose length or padding is not the canonical one, goes to {@link TtlvReader},
     * which also reports what is wrong.
     */
    static TtlvItem decode(byte[] bytes) {
        TtlvItem primitive = bytes.length == 16 ? primitive(bytes) : null;
        return primitive != null ? primitive : TtlvReader.decode(Unpooled.wrappedBuffer(bytes));
    }

    private static TtlvItem primitive(byte[] b) {
        int tag = (b[0] & 0xFF) << 16 | (b[1] & 0xFF) << 8 | (b[2] & 0xFF);
        int length = readInt(b, 4);
        int high = readInt(b, 8);
        int low = readInt(b, 12);
        long whole = (long) high << 32 | (low & 0xFFFF_FFFFL);
        switch (b[3]) {
            case 0x02: // Integer
                return length == 4 && low == 0 ? new TtlvItem.IntegerItem(tag, high) : null;
            case 0x05: // Enumeration
                return length == 4 && low == 0 ? new TtlvItem.Enumeration(tag, high) : null;
            case 0x0A: // Interval, unsigned
                return length == 4 && low == 0 ? new TtlvItem.Interval(tag, high & 0xFFFF_FFFFL) : null;
            case 0x06: // Boolean, 0 or 1
                return length == 8 && (whole == 0 || whole == 1) ? new TtlvItem.BooleanItem(tag, whole == 1) : null;
            case 0x03:
                return length == 8 ? new TtlvItem.LongInteger(tag, whole) : null;
            case 0x09:
                return length == 8 ? new TtlvItem.DateTime(tag, whole) : null;
            case 0x0B:
                return length == 8 ? new TtlvItem.DateTimeExtended(tag, whole) : null;
            default:
                return null;
        }
    }

    private static int readInt(byte[] b, int offset) {
        return (b[offset] & 0xFF) << 24 | (b[offset + 1] & 0xFF) << 16 | (b[offset + 2] & 0xFF) << 8 | (b[offset + 3] & 0xFF);
    }

    /**
     * Integer, Long Integer, Enumeration, Interval, Boolean (0/1), Date-Time (seconds), Date-Time
     * Extended (microseconds); for a structure, the first direct child that has one; else null.
     */
    static Long number(TtlvItem item) {
        if (item instanceof TtlvItem.Structure s) {
            for (TtlvItem child : s.items()) {
                if (!(child instanceof TtlvItem.Structure)) {
                    Long n = number(child);
                    if (n != null) {
                        return n;
                    }
                }
            }
            return null;
        }
        if (item instanceof TtlvItem.IntegerItem i) {
            return (long) i.value();
        }
        if (item instanceof TtlvItem.LongInteger l) {
            return l.value();
        }
        if (item instanceof TtlvItem.Enumeration e) {
            return e.value() & 0xFFFF_FFFFL;
        }
        if (item instanceof TtlvItem.Interval i) {
            return i.seconds();
        }
        if (item instanceof TtlvItem.BooleanItem b) {
            return b.value() ? 1L : 0L;
        }
        if (item instanceof TtlvItem.DateTime d) {
            return d.epochSeconds();
        }
        if (item instanceof TtlvItem.DateTimeExtended d) {
            return d.epochMicros();
        }
        return null;
    }

    /**
     * Text String up to {@link LocateFilter#MAX_INDEXED_TEXT} chars; Byte String up to
     * {@link #MAX_INDEXED_BYTES} as lower-case hex; for a structure, the first direct child that has
     * one; else null.
     */
    static String text(TtlvItem item) {
        if (item instanceof TtlvItem.Structure s) {
            for (TtlvItem child : s.items()) {
                if (!(child instanceof TtlvItem.Structure)) {
                    String t = text(child);
                    if (t != null) {
                        return t;
                    }
                }
            }
            return null;
        }
        if (item instanceof TtlvItem.TextString t) {
            return t.value().length() <= LocateFilter.MAX_INDEXED_TEXT ? t.value() : null;
        }
        if (item instanceof TtlvItem.ByteString b) {
            return b.value().length <= MAX_INDEXED_BYTES ? HexFormat.of().formatHex(b.value()) : null;
        }
        return null;
    }
}

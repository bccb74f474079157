package io.kmipserver.server.store;

import io.kmipserver.codec.ttlv.TtlvItem;
import io.kmipserver.codec.ttlv.TtlvReader;
import io.kmipserver.codec.ttlv.TtlvWriter;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.util.HexFormat;

/**
 * How an attribute value becomes columns: its TTLV bytes, and the number and text projections that
 * the Locate indexes are built on. One place, used for writing rows and for building filters, so the
 * two always agree.
 */
final class AttributeColumns {

    /** Byte Strings up to this length are projected as hex text (indexable equality). */
    static final int MAX_INDEXED_BYTES = 256;

    private AttributeColumns() {}

    static byte[] encode(TtlvItem item) {
        ByteBuf buf = Unpooled.buffer(64);
        try {
            TtlvWriter.encode(item, buf);
            return ByteBufUtil.getBytes(buf);
        } finally {
            buf.release();
        }
    }

    static TtlvItem decode(byte[] bytes) {
        return TtlvReader.decode(Unpooled.wrappedBuffer(bytes));
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

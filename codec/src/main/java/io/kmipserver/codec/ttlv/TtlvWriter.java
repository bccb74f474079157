package io.kmipserver.codec.ttlv;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * Writes TTLV (KMIP 1.4 §9.1, 2.1 §10.1) into a {@link ByteBuf}: big-endian, every item padded to an
 * 8-byte boundary with zeros, Structure lengths back-patched when the structure ends.
 *
 * <p>Not thread-safe; one writer per message. It advances the buffer's writer index.
 */
public final class TtlvWriter {

    private final ByteBuf out;
    /** Value offsets of the open structures; grows on demand like the reader's stack. */
    private int[] starts = new int[8];
    private int depth;

    public TtlvWriter(ByteBuf out) {
        this.out = out;
    }

    /** Encodes one tree item into {@code out}. */
    public static void encode(TtlvItem item, ByteBuf out) {
        new TtlvWriter(out).writeItem(item);
    }

    public ByteBuf buffer() {
        return out;
    }

    public TtlvWriter beginStructure(int tag) {
        if (depth == TtlvReader.MAX_DEPTH) {
            throw new IllegalStateException("structures nested deeper than " + TtlvReader.MAX_DEPTH);
        }
        header(tag, ItemType.STRUCTURE, 0);
        if (depth + 1 == starts.length) {
            starts = Arrays.copyOf(starts, Math.min(starts.length * 2, TtlvReader.MAX_DEPTH + 1));
        }
        starts[++depth] = out.writerIndex();
        return this;
    }

    public TtlvWriter endStructure() {
        if (depth == 0) {
            throw new IllegalStateException("no open structure");
        }
        int start = starts[depth--];
        out.setInt(start - 4, out.writerIndex() - start);
        return this;
    }

    public TtlvWriter writeInteger(int tag, int value) {
        header(tag, ItemType.INTEGER, 4);
        out.writeInt(value);
        out.writeInt(0);
        return this;
    }

    public TtlvWriter writeLongInteger(int tag, long value) {
        header(tag, ItemType.LONG_INTEGER, 8);
        out.writeLong(value);
        return this;
    }

    /** Two's complement, big-endian, sign-extended on the left to a multiple of 8 bytes. */
    public TtlvWriter writeBigInteger(int tag, BigInteger value) {
        byte[] minimal = value.toByteArray();
        int length = (minimal.length + 7) & ~7;
        header(tag, ItemType.BIG_INTEGER, length);
        int fill = value.signum() < 0 ? 0xFF : 0x00;
        for (int i = minimal.length; i < length; i++) {
            out.writeByte(fill);
        }
        out.writeBytes(minimal);
        return this;
    }

    public TtlvWriter writeEnumeration(int tag, int value) {
        header(tag, ItemType.ENUMERATION, 4);
        out.writeInt(value);
        out.writeInt(0);
        return this;
    }

    public TtlvWriter writeBoolean(int tag, boolean value) {
        header(tag, ItemType.BOOLEAN, 8);
        out.writeLong(value ? 1L : 0L);
        return this;
    }

    public TtlvWriter writeTextString(int tag, String value) {
        int length = ByteBufUtil.utf8Bytes(value);
        header(tag, ItemType.TEXT_STRING, length);
        ByteBufUtil.reserveAndWriteUtf8(out, value, length);
        pad(length);
        return this;
    }

    public TtlvWriter writeByteString(int tag, byte[] value) {
        header(tag, ItemType.BYTE_STRING, value.length);
        out.writeBytes(value);
        pad(value.length);
        return this;
    }

    /** Writes the readable bytes of {@code value} without consuming them. */
    public TtlvWriter writeByteString(int tag, ByteBuf value) {
        int length = value.readableBytes();
        header(tag, ItemType.BYTE_STRING, length);
        out.writeBytes(value, value.readerIndex(), length);
        pad(length);
        return this;
    }

    public TtlvWriter writeDateTime(int tag, long epochSeconds) {
        header(tag, ItemType.DATE_TIME, 8);
        out.writeLong(epochSeconds);
        return this;
    }

    public TtlvWriter writeInterval(int tag, long seconds) {
        if (seconds < 0 || seconds > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("interval out of range: " + seconds);
        }
        header(tag, ItemType.INTERVAL, 4);
        out.writeInt((int) seconds);
        out.writeInt(0);
        return this;
    }

    public TtlvWriter writeDateTimeExtended(int tag, long epochMicros) {
        header(tag, ItemType.DATE_TIME_EXTENDED, 8);
        out.writeLong(epochMicros);
        return this;
    }

    public TtlvWriter writeItem(TtlvItem item) {
        // Java 17: no pattern matching in switch yet.
        if (item instanceof TtlvItem.Structure s) {
            beginStructure(s.tag());
            for (TtlvItem child : s.items()) {
                writeItem(child);
            }
            endStructure();
        } else if (item instanceof TtlvItem.IntegerItem i) {
            writeInteger(i.tag(), i.value());
        } else if (item instanceof TtlvItem.LongInteger l) {
            writeLongInteger(l.tag(), l.value());
        } else if (item instanceof TtlvItem.BigIntegerItem b) {
            writeBigInteger(b.tag(), b.value());
        } else if (item instanceof TtlvItem.Enumeration e) {
            writeEnumeration(e.tag(), e.value());
        } else if (item instanceof TtlvItem.BooleanItem b) {
            writeBoolean(b.tag(), b.value());
        } else if (item instanceof TtlvItem.TextString t) {
            writeTextString(t.tag(), t.value());
        } else if (item instanceof TtlvItem.ByteString b) {
            writeByteString(b.tag(), b.value());
        } else if (item instanceof TtlvItem.DateTime d) {
            writeDateTime(d.tag(), d.epochSeconds());
        } else if (item instanceof TtlvItem.Interval i) {
            writeInterval(i.tag(), i.seconds());
        } else if (item instanceof TtlvItem.DateTimeExtended d) {
            writeDateTimeExtended(d.tag(), d.epochMicros());
        } else {
            throw new IllegalArgumentException("unknown item " + item.getClass());
        }
        return this;
    }

    private void header(int tag, ItemType type, int length) {
        if ((tag & ~0xFFFFFF) != 0) {
            throw new IllegalArgumentException("a tag has 3 bytes: " + Integer.toHexString(tag));
        }
        out.writeMedium(tag);
        out.writeByte(type.code());
        out.writeInt(length);
    }

    private void pad(int length) {
        int pad = (8 - (length & 7)) & 7;
        if (pad > 0) {
            out.writeZero(pad);
        }
    }
}

package io.kmipserver.codec.ttlv;

import io.kmipserver.codec.ttlv.TtlvDecodeException.Problem;
import io.netty.buffer.ByteBuf;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A bounded pull reader of TTLV (KMIP 1.4 §9.1, 2.1 §10.1) over a {@link ByteBuf}: the typed message
 * decoders walk the wire with it field by field, so that decoding a message allocates only the
 * message's own objects.
 *
 * <p>Every item header is checked before its value is touched: a known type, a length that fits the
 * type, a padded length inside the enclosing structure, zero padding, Booleans of 0 or 1, UTF-8 text.
 * Nesting is limited to {@link #MAX_DEPTH}. The reader never allocates more than the bytes already in
 * the buffer, which the frame decoder bounded by the maximum message size.
 *
 * <p>Not thread-safe; one reader per message. It advances the buffer's reader index.
 */
public final class TtlvReader {

    /**
     * The deepest nesting of structures accepted. The deepest structure the KMIP 2.1 payload tables
     * define sits about ten levels below the Request Message; this leaves room without allowing a
     * message to recurse the decoder into a stack overflow.
     */
    public static final int MAX_DEPTH = 32;

    /** Header bytes of every item: Tag (3), Type (1), Length (4). */
    public static final int HEADER_LENGTH = 8;

    private final ByteBuf buf;
    private final int base;
    /**
     * End offsets of the open structures. Starts small and grows to at most MAX_DEPTH + 1: a typical
     * request nests about six deep, and this array is most of a small request's decode garbage.
     */
    private int[] ends = new int[8];
    private int depth;

    /** Reads the readable bytes of {@code buf}, from its reader index to its writer index. */
    public TtlvReader(ByteBuf buf) {
        this.buf = buf;
        this.base = buf.readerIndex();
        this.ends[0] = buf.writerIndex();
    }

    /** Decodes exactly one item, with nothing after it, into a tree. */
    public static TtlvItem decode(ByteBuf buf) {
        TtlvReader r = new TtlvReader(buf);
        TtlvItem item = r.readItem();
        if (r.hasNext()) {
            throw r.fail(Problem.TRAILING_BYTES, 0, (buf.writerIndex() - buf.readerIndex()) + " bytes after the item");
        }
        return item;
    }

    /** True while the current structure (or, at the top, the buffer) has more items. */
    public boolean hasNext() {
        return buf.readerIndex() < ends[depth];
    }

    /** Current structure nesting depth; 0 outside any structure. */
    public int depth() {
        return depth;
    }

    /** Offset of the next item from the start of the buffer. */
    public int offset() {
        return buf.readerIndex() - base;
    }

    /** Tag of the next item, or -1 when the current structure has no more items. */
    public int peekTag() {
        if (!hasNext()) {
            return -1;
        }
        requireHeader();
        return buf.getUnsignedMedium(buf.readerIndex());
    }

    /** True when the next item exists and has this tag. */
    public boolean nextIs(int tag) {
        return peekTag() == tag;
    }

    /** Type of the next item; fails when there is none or its type byte is unknown. */
    public ItemType peekType() {
        requireHeader();
        int code = buf.getUnsignedByte(buf.readerIndex() + 3);
        ItemType type = ItemType.fromCode(code);
        if (type == null) {
            throw fail(Problem.UNKNOWN_ITEM_TYPE, peekTagUnchecked(), String.format("type byte 0x%02X", code));
        }
        return type;
    }

    /** Enters the next item, which must be a Structure with this tag. */
    public void enterStructure(int tag) {
        int length = header(tag, ItemType.STRUCTURE);
        push(length);
    }

    /** Enters the next item, which must be a Structure of any tag; returns its tag. */
    public int enterStructure() {
        int tag = peekTag();
        if (tag < 0) {
            throw fail(Problem.MISSING_FIELD, 0, "a structure was expected");
        }
        checkTagPrefix(tag);
        enterStructure(tag);
        return tag;
    }

    /** Leaves the current structure, which must have been read completely. */
    public void exitStructure() {
        if (depth == 0) {
            throw new IllegalStateException("not inside a structure");
        }
        if (hasNext()) {
            throw fail(Problem.TRAILING_BYTES, peekTag(), "unexpected field at the end of a structure");
        }
        depth--;
    }

    /** Skips the rest of the current structure and leaves it. */
    public void skipToEndOfStructure() {
        if (depth == 0) {
            throw new IllegalStateException("not inside a structure");
        }
        buf.readerIndex(ends[depth]);
        depth--;
    }

    public int readInteger(int tag) {
        header(tag, ItemType.INTEGER);
        int v = buf.readInt();
        checkPadding(4, tag);
        return v;
    }

    public long readLongInteger(int tag) {
        header(tag, ItemType.LONG_INTEGER);
        return buf.readLong();
    }

    /**
     * A Big Integer. KMIP 1.4 §9.1.1.4 / 2.1 §10.1.4 allow only the minimal number of leading
     * sign-extension bytes, so a value with a whole redundant sign word is rejected: accepting it
     * would let two encodings stand for one value, and the writer could not reproduce the input.
     */
    public BigInteger readBigInteger(int tag) {
        int at = offset();
        int length = header(tag, ItemType.BIG_INTEGER);
        byte[] bytes = new byte[length];
        buf.readBytes(bytes);
        BigInteger value = new BigInteger(bytes);
        int minimal = ((value.bitLength() / 8 + 1) + 7) & ~7;
        if (length != minimal) {
            throw new TtlvDecodeException(Problem.BAD_PADDING, at, tag,
                    "Big Integer of " + length + " bytes needs only " + minimal);
        }
        return value;
    }

    /** An Enumeration's 32-bit unsigned value, as an int (extension values 0x8XXXXXXX are negative). */
    public int readEnumeration(int tag) {
        header(tag, ItemType.ENUMERATION);
        int v = buf.readInt();
        checkPadding(4, tag);
        return v;
    }

    public boolean readBoolean(int tag) {
        header(tag, ItemType.BOOLEAN);
        long v = buf.readLong();
        if (v != 0L && v != 1L) {
            throw fail(Problem.BAD_BOOLEAN, tag, "a Boolean must be 0 or 1");
        }
        return v == 1L;
    }

    public String readTextString(int tag) {
        int length = header(tag, ItemType.TEXT_STRING);
        String s = decodeUtf8(length, tag);
        checkPadding(length, tag);
        return s;
    }

    /** A Byte String copied once into a new array. */
    public byte[] readByteString(int tag) {
        int length = header(tag, ItemType.BYTE_STRING);
        byte[] bytes = new byte[length];
        buf.readBytes(bytes);
        checkPadding(length, tag);
        return bytes;
    }

    /** Date-Time: POSIX seconds. */
    public long readDateTime(int tag) {
        header(tag, ItemType.DATE_TIME);
        return buf.readLong();
    }

    /** Interval: unsigned 32-bit seconds. */
    public long readInterval(int tag) {
        header(tag, ItemType.INTERVAL);
        long v = buf.readUnsignedInt();
        checkPadding(4, tag);
        return v;
    }

    /** Date-Time Extended (2.x): POSIX microseconds. */
    public long readDateTimeExtended(int tag) {
        header(tag, ItemType.DATE_TIME_EXTENDED);
        return buf.readLong();
    }

    /** Reads the next item, whatever its tag and type, into a tree (recursively for structures). */
    public TtlvItem readItem() {
        int tag = peekTag();
        if (tag < 0) {
            throw fail(Problem.MISSING_FIELD, 0, "an item was expected");
        }
        checkTagPrefix(tag);
        return switch (peekType()) {
            case STRUCTURE -> {
                enterStructure(tag);
                List<TtlvItem> items = new ArrayList<>();
                while (hasNext()) {
                    items.add(readItem());
                }
                exitStructure();
                yield new TtlvItem.Structure(tag, items);
            }
            case INTEGER -> new TtlvItem.IntegerItem(tag, readInteger(tag));
            case LONG_INTEGER -> new TtlvItem.LongInteger(tag, readLongInteger(tag));
            case BIG_INTEGER -> new TtlvItem.BigIntegerItem(tag, readBigInteger(tag));
            case ENUMERATION -> new TtlvItem.Enumeration(tag, readEnumeration(tag));
            case BOOLEAN -> new TtlvItem.BooleanItem(tag, readBoolean(tag));
            case TEXT_STRING -> new TtlvItem.TextString(tag, readTextString(tag));
            case BYTE_STRING -> new TtlvItem.ByteString(tag, readByteString(tag));
            case DATE_TIME -> new TtlvItem.DateTime(tag, readDateTime(tag));
            case INTERVAL -> new TtlvItem.Interval(tag, readInterval(tag));
            case DATE_TIME_EXTENDED -> new TtlvItem.DateTimeExtended(tag, readDateTimeExtended(tag));
        };
    }

    /** Skips the next item after checking it as {@link #readItem()} does. */
    public void skipItem() {
        readItem();
    }

    /** A decode error at the current position, for callers that find a field missing or invalid. */
    public TtlvDecodeException fail(Problem problem, int tag, String message) {
        return new TtlvDecodeException(problem, offset(), tag, message);
    }

    // ---- internals

    private int peekTagUnchecked() {
        return buf.getUnsignedMedium(buf.readerIndex());
    }

    private void requireHeader() {
        if (!hasNext()) {
            throw fail(Problem.MISSING_FIELD, 0, "no more fields in this structure");
        }
        if (ends[depth] - buf.readerIndex() < HEADER_LENGTH) {
            throw fail(depth == 0 ? Problem.TRUNCATED : Problem.LENGTH_OVERRUNS_PARENT, 0,
                    "fewer than 8 bytes left for an item header");
        }
    }

    /**
     * Checks the next item's header against the expected tag and type and the length rules, consumes
     * the header, and returns the value length. On return the value (and its padding) is in bounds.
     */
    private int header(int tag, ItemType expected) {
        requireHeader();
        int at = buf.readerIndex();
        int actualTag = buf.getUnsignedMedium(at);
        if (actualTag != tag) {
            throw fail(Problem.UNEXPECTED_TAG, actualTag, String.format("expected tag 0x%06X", tag));
        }
        int code = buf.getUnsignedByte(at + 3);
        ItemType type = ItemType.fromCode(code);
        if (type == null) {
            throw fail(Problem.UNKNOWN_ITEM_TYPE, tag, String.format("type byte 0x%02X", code));
        }
        if (type != expected) {
            throw fail(Problem.UNEXPECTED_TYPE, tag, "expected " + expected.specName() + ", found " + type.specName());
        }
        long length = buf.getUnsignedInt(at + 4);
        int fixed = type.fixedLength();
        if (fixed >= 0 && length != fixed) {
            throw fail(Problem.LENGTH_TYPE_MISMATCH, tag, type.specName() + " with length " + length);
        }
        if (type == ItemType.BIG_INTEGER && (length == 0 || length % 8 != 0)) {
            throw fail(Problem.LENGTH_TYPE_MISMATCH, tag, "Big Integer length " + length + " is not a positive multiple of 8");
        }
        if (type == ItemType.STRUCTURE && length % 8 != 0) {
            throw fail(Problem.LENGTH_TYPE_MISMATCH, tag, "Structure length " + length + " is not a multiple of 8");
        }
        long padded = (length + 7) & ~7L;
        long available = ends[depth] - at - HEADER_LENGTH;
        if (padded > available) {
            throw fail(depth == 0 ? Problem.TRUNCATED : Problem.LENGTH_OVERRUNS_PARENT, tag,
                    "length " + length + " but only " + available + " bytes left");
        }
        buf.skipBytes(HEADER_LENGTH);
        return (int) length;
    }

    /**
     * KMIP 1.4 §9.1.1.1, 2.1 §10.1.1: every tag starts with 0x42 (defined by the spec) or 0x54
     * (extension). The typed reads compare against a known tag anyway; this catches the generic path.
     */
    private void checkTagPrefix(int tag) {
        int prefix = tag >>> 16;
        if (prefix != 0x42 && prefix != 0x54) {
            throw fail(Problem.UNEXPECTED_TAG, tag, "a tag starts with 0x42 or 0x54");
        }
    }

    private void push(int length) {
        if (depth == MAX_DEPTH) {
            throw fail(Problem.TOO_DEEP, 0, "structures nested deeper than " + MAX_DEPTH);
        }
        if (depth + 1 == ends.length) {
            ends = Arrays.copyOf(ends, Math.min(ends.length * 2, MAX_DEPTH + 1));
        }
        ends[++depth] = buf.readerIndex() + length;
    }

    private void checkPadding(int length, int tag) {
        int pad = (8 - (length & 7)) & 7;
        for (int i = 0; i < pad; i++) {
            if (buf.readByte() != 0) {
                throw fail(Problem.BAD_PADDING, tag, "non-zero padding byte");
            }
        }
    }

    private String decodeUtf8(int length, int tag) {
        int start = buf.readerIndex();
        boolean ascii = true;
        for (int i = 0; i < length; i++) {
            if (buf.getByte(start + i) < 0) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            String s = buf.toString(start, length, StandardCharsets.US_ASCII);
            buf.skipBytes(length);
            return s;
        }
        ByteBuffer nio = buf.nioBuffer(start, length);
        try {
            String s = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(nio)
                    .toString();
            buf.skipBytes(length);
            return s;
        } catch (CharacterCodingException e) {
            throw fail(Problem.BAD_UTF8, tag, "Text String is not valid UTF-8");
        }
    }
}

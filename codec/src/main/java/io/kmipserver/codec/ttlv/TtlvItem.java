package io.kmipserver.codec.ttlv;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * One TTLV item as a tree node: the generic form used for test vectors, for fields the typed model
 * does not know (kept so that they round-trip) and for diagnostics. The typed message model reads
 * and writes the wire directly through {@link TtlvReader} / {@link TtlvWriter}; use this tree only
 * where no typed form exists.
 */
public sealed interface TtlvItem {

    /** The 3-byte tag, e.g. {@code 0x420094}. */
    int tag();

    ItemType type();

    /** Structure (0x01): the children in wire order. */
    record Structure(int tag, List<TtlvItem> items) implements TtlvItem {
        public Structure {
            items = List.copyOf(items);
        }

        public Structure(int tag, TtlvItem... items) {
            this(tag, List.of(items));
        }

        @Override
        public ItemType type() {
            return ItemType.STRUCTURE;
        }

        /** The first child with this tag, or {@code null}. */
        public TtlvItem first(int childTag) {
            for (TtlvItem i : items) {
                if (i.tag() == childTag) {
                    return i;
                }
            }
            return null;
        }
    }

    /** Integer (0x02): 32-bit signed. */
    record IntegerItem(int tag, int value) implements TtlvItem {
        @Override
        public ItemType type() {
            return ItemType.INTEGER;
        }
    }

    /** Long Integer (0x03): 64-bit signed. */
    record LongInteger(int tag, long value) implements TtlvItem {
        @Override
        public ItemType type() {
            return ItemType.LONG_INTEGER;
        }
    }

    /** Big Integer (0x04): two's complement, big-endian, sign-extended to a multiple of 8 bytes. */
    record BigIntegerItem(int tag, BigInteger value) implements TtlvItem {
        public BigIntegerItem {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public ItemType type() {
            return ItemType.BIG_INTEGER;
        }
    }

    /** Enumeration (0x05): 32-bit unsigned, held in an int. */
    record Enumeration(int tag, int value) implements TtlvItem {
        @Override
        public ItemType type() {
            return ItemType.ENUMERATION;
        }
    }

    /** Boolean (0x06). */
    record BooleanItem(int tag, boolean value) implements TtlvItem {
        @Override
        public ItemType type() {
            return ItemType.BOOLEAN;
        }
    }

    /** Text String (0x07): UTF-8, no terminating NUL. */
    record TextString(int tag, String value) implements TtlvItem {
        public TextString {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public ItemType type() {
            return ItemType.TEXT_STRING;
        }
    }

    /**
     * Byte String (0x08). The array is not copied; callers must not change it after handing it over.
     * {@link #toString()} prints only the length, never the bytes: a byte string may be key material.
     */
    record ByteString(int tag, byte[] value) implements TtlvItem {
        public ByteString {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public ItemType type() {
            return ItemType.BYTE_STRING;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ByteString b && b.tag == tag && Arrays.equals(b.value, value);
        }

        @Override
        public int hashCode() {
            return 31 * tag + Arrays.hashCode(value);
        }

        @Override
        public String toString() {
            return "ByteString[tag=" + HexFormat.of().toHexDigits(tag).substring(2) + ", length=" + value.length + "]";
        }
    }

    /** Date-Time (0x09): POSIX seconds, UTC. */
    record DateTime(int tag, long epochSeconds) implements TtlvItem {
        @Override
        public ItemType type() {
            return ItemType.DATE_TIME;
        }
    }

    /** Interval (0x0A): 32-bit unsigned seconds, held in a long. */
    record Interval(int tag, long seconds) implements TtlvItem {
        public Interval {
            if (seconds < 0 || seconds > 0xFFFF_FFFFL) {
                throw new IllegalArgumentException("interval out of range: " + seconds);
            }
        }

        @Override
        public ItemType type() {
            return ItemType.INTERVAL;
        }
    }

    /** Date-Time Extended (0x0B, KMIP 2.x): POSIX microseconds, UTC. */
    record DateTimeExtended(int tag, long epochMicros) implements TtlvItem {
        @Override
        public ItemType type() {
            return ItemType.DATE_TIME_EXTENDED;
        }
    }
}

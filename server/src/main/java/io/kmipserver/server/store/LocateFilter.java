package io.kmipserver.server.store;

import io.kmipserver.codec.ttlv.TtlvItem;
import java.util.Objects;
import java.util.Set;

/**
 * One criterion of a Locate (KMIP 1.4 §4.9, 2.1 §6.1.27): an object matches when at least one
 * instance of the attribute satisfies it. The filters of a {@link LocateQuery} are ANDed, each one an
 * indexed sub-query on {@code object_attributes}.
 *
 * <p>Which filter to use for a request attribute is the operation layer's choice, by the matching
 * rules of the spec:
 * <ul>
 *   <li>Name, Object Group, custom text attributes, Link's Linked Object Identifier → {@link TextEquals}
 *       (a structure matches on its first Text String field: Name Value, Linked Object Identifier)
 *   <li>Object Type, Cryptographic Algorithm / Length, State, other enumerations and integers →
 *       {@link NumberEquals}; a set of States (from Storage Status Mask) → {@link NumberIn}
 *   <li>a date given once → {@link NumberEquals}; given twice → {@link NumberRange} (POSIX seconds,
 *       both ends inclusive, 1.4 §4.9)
 *   <li>Cryptographic Usage Mask → {@link MaskContainsAll} (1.4 §4.9: the candidate has every bit of
 *       the request's mask)
 *   <li>anything else, compared whole → {@link ValueEquals}
 * </ul>
 */
public sealed interface LocateFilter {

    /** Longest text (in chars) the store indexes; longer Text String values match only by {@link ValueEquals}. */
    int MAX_INDEXED_TEXT = 512;

    AttributeKey key();

    /**
     * An instance whose text projection equals {@code value}: a Text String, the first Text String
     * field of a structure, or a Byte String of up to 256 bytes as lower-case hex.
     */
    record TextEquals(AttributeKey key, String value) implements LocateFilter {
        public TextEquals {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
            if (value.length() > MAX_INDEXED_TEXT) {
                throw new IllegalArgumentException("text filters are limited to " + MAX_INDEXED_TEXT + " characters");
            }
        }
    }

    /**
     * An instance whose number projection equals {@code value}: Integer, Long Integer, Enumeration,
     * Interval, Boolean (0/1), Date-Time (seconds), Date-Time Extended (microseconds), or the first
     * such field of a structure (Name Type of Name, Link Type of Link).
     */
    record NumberEquals(AttributeKey key, long value) implements LocateFilter {
        public NumberEquals {
            Objects.requireNonNull(key, "key");
        }
    }

    /** An instance whose number projection is one of {@code values} (non-empty). */
    record NumberIn(AttributeKey key, Set<Long> values) implements LocateFilter {
        public NumberIn {
            Objects.requireNonNull(key, "key");
            values = Set.copyOf(values);
            if (values.isEmpty()) {
                throw new IllegalArgumentException("NumberIn needs at least one value");
            }
        }
    }

    /** An instance whose number projection lies in [{@code from}, {@code to}], both inclusive. */
    record NumberRange(AttributeKey key, long from, long to) implements LocateFilter {
        public NumberRange {
            Objects.requireNonNull(key, "key");
            if (from > to) {
                throw new IllegalArgumentException("range start after its end");
            }
        }
    }

    /** An instance whose number projection has every bit of {@code mask} set. */
    record MaskContainsAll(AttributeKey key, long mask) implements LocateFilter {
        public MaskContainsAll {
            Objects.requireNonNull(key, "key");
        }
    }

    /** An instance whose whole normalised TTLV value equals {@code value}'s encoding, byte for byte. */
    record ValueEquals(AttributeKey key, TtlvItem value) implements LocateFilter {
        public ValueEquals {
            new AttributeValue(key, value);
        }
    }

    /** The object has at least one instance of the attribute, whatever its value. */
    record Present(AttributeKey key) implements LocateFilter {
        public Present {
            Objects.requireNonNull(key, "key");
        }
    }
}

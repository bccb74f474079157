package io.kmipserver.codec.attribute;

import io.kmipserver.codec.spec.KmipEnum;
import io.kmipserver.codec.spec.KmipVersion;
import io.kmipserver.codec.spec.TagDefinition;
import io.kmipserver.codec.spec.TagRegistry;
import io.kmipserver.codec.ttlv.TtlvItem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Reading and building the item trees that attribute values are kept as. Every typed view of a
 * structured attribute ({@link Name}, {@link Link}, {@link CryptographicParameters} …) is parsed
 * from, and turned back into, such a tree through these helpers, so that the rules live once.
 *
 * <p>The accessors throw {@link IllegalArgumentException} when a field is missing or has another
 * type; the message names the tag, never the value, so it is safe to show a client. Stateless;
 * safe from any thread.
 */
public final class TtlvItems {

    private TtlvItems() {
    }

    /**
     * The same value under another tag: how a 1.x Attribute Value becomes the 2.x item tagged with
     * the attribute's own tag (KMIP 2.1 §5.1) and back. Children of a structure keep their tags.
     */
    public static TtlvItem withTag(TtlvItem item, int tag) {
        if (item.tag() == tag) {
            return item;
        }
        // Java 17: no pattern matching in switch yet.
        if (item instanceof TtlvItem.Structure s) {
            return new TtlvItem.Structure(tag, s.items());
        } else if (item instanceof TtlvItem.IntegerItem i) {
            return new TtlvItem.IntegerItem(tag, i.value());
        } else if (item instanceof TtlvItem.LongInteger l) {
            return new TtlvItem.LongInteger(tag, l.value());
        } else if (item instanceof TtlvItem.BigIntegerItem b) {
            return new TtlvItem.BigIntegerItem(tag, b.value());
        } else if (item instanceof TtlvItem.Enumeration e) {
            return new TtlvItem.Enumeration(tag, e.value());
        } else if (item instanceof TtlvItem.BooleanItem b) {
            return new TtlvItem.BooleanItem(tag, b.value());
        } else if (item instanceof TtlvItem.TextString t) {
            return new TtlvItem.TextString(tag, t.value());
        } else if (item instanceof TtlvItem.ByteString b) {
            return new TtlvItem.ByteString(tag, b.value());
        } else if (item instanceof TtlvItem.DateTime d) {
            return new TtlvItem.DateTime(tag, d.epochSeconds());
        } else if (item instanceof TtlvItem.Interval i) {
            return new TtlvItem.Interval(tag, i.seconds());
        } else if (item instanceof TtlvItem.DateTimeExtended d) {
            return new TtlvItem.DateTimeExtended(tag, d.epochMicros());
        }
        throw new IllegalArgumentException("unknown item " + item.getClass());
    }

    /**
     * {@code item} without the fields, at any depth, whose tags the tag table of {@code version} does
     * not list; the same instance when nothing is removed. Used so that a client is never sent a
     * field its version does not define.
     */
    public static TtlvItem withoutUnknownFields(TtlvItem item, KmipVersion version) {
        if (!(item instanceof TtlvItem.Structure s)) {
            return item;
        }
        List<TtlvItem> kept = new ArrayList<>(s.items().size());
        boolean changed = false;
        for (TtlvItem child : s.items()) {
            TagDefinition d = TagRegistry.byNumber(child.tag());
            if (d == null || !d.knownIn(version)) {
                changed = true;
                continue;
            }
            TtlvItem p = withoutUnknownFields(child, version);
            changed |= p != child;
            kept.add(p);
        }
        return changed ? new TtlvItem.Structure(s.tag(), kept) : s;
    }

    /** {@code item} as a Structure, or an exception naming the tag. */
    public static TtlvItem.Structure structure(TtlvItem item) {
        if (item instanceof TtlvItem.Structure s) {
            return s;
        }
        throw wrongType(item.tag(), "Structure");
    }

    /** The child with {@code tag}, or {@code null}. */
    public static TtlvItem child(TtlvItem.Structure s, int tag) {
        return s.first(tag);
    }

    /** A required Text String child. */
    public static String text(TtlvItem.Structure s, int tag) {
        return required(optText(s, tag), tag);
    }

    /** An optional Text String child, {@code null} when absent. */
    public static String optText(TtlvItem.Structure s, int tag) {
        TtlvItem i = s.first(tag);
        if (i == null) {
            return null;
        }
        if (i instanceof TtlvItem.TextString t) {
            return t.value();
        }
        throw wrongType(tag, "Text String");
    }

    /** An optional Integer child, {@code null} when absent. */
    public static Integer optInteger(TtlvItem.Structure s, int tag) {
        TtlvItem i = s.first(tag);
        if (i == null) {
            return null;
        }
        if (i instanceof TtlvItem.IntegerItem v) {
            return v.value();
        }
        throw wrongType(tag, "Integer");
    }

    /** An optional Boolean child, {@code null} when absent. */
    public static Boolean optBoolean(TtlvItem.Structure s, int tag) {
        TtlvItem i = s.first(tag);
        if (i == null) {
            return null;
        }
        if (i instanceof TtlvItem.BooleanItem v) {
            return v.value();
        }
        throw wrongType(tag, "Boolean");
    }

    /** An optional Byte String child, {@code null} when absent. */
    public static byte[] optBytes(TtlvItem.Structure s, int tag) {
        TtlvItem i = s.first(tag);
        if (i == null) {
            return null;
        }
        if (i instanceof TtlvItem.ByteString v) {
            return v.value();
        }
        throw wrongType(tag, "Byte String");
    }

    /** A required Enumeration child mapped through {@code lookup}; unknown values are refused. */
    public static <E extends KmipEnum> E enumeration(TtlvItem.Structure s, int tag, IntFunction<E> lookup) {
        return required(optEnumeration(s, tag, lookup), tag);
    }

    /** An optional Enumeration child mapped through {@code lookup}; {@code null} when absent. */
    public static <E extends KmipEnum> E optEnumeration(TtlvItem.Structure s, int tag, IntFunction<E> lookup) {
        TtlvItem i = s.first(tag);
        if (i == null) {
            return null;
        }
        return enumValue(i, lookup);
    }

    /** The enumeration value of an Enumeration item, refusing values no version defines. */
    public static <E extends KmipEnum> E enumValue(TtlvItem item, IntFunction<E> lookup) {
        if (!(item instanceof TtlvItem.Enumeration e)) {
            throw wrongType(item.tag(), "Enumeration");
        }
        E value = lookup.apply(e.value());
        if (value == null) {
            throw new IllegalArgumentException(TagRegistry.describe(item.tag()) + " holds an unknown value 0x"
                    + Integer.toHexString(e.value()));
        }
        return value;
    }

    /** The instant of a Date-Time (seconds) or Date-Time Extended (microseconds) item. */
    public static Instant instant(TtlvItem item) {
        if (item instanceof TtlvItem.DateTime d) {
            if (d.epochSeconds() < Instant.MIN.getEpochSecond() || d.epochSeconds() > Instant.MAX.getEpochSecond()) {
                throw new IllegalArgumentException(TagRegistry.describe(item.tag()) + " is out of range");
            }
            return Instant.ofEpochSecond(d.epochSeconds());
        }
        if (item instanceof TtlvItem.DateTimeExtended d) {
            return Instant.ofEpochSecond(Math.floorDiv(d.epochMicros(), 1_000_000L),
                    Math.floorMod(d.epochMicros(), 1_000_000L) * 1000L);
        }
        throw wrongType(item.tag(), "Date-Time");
    }

    /** A Date-Time item; sub-second precision is dropped, as Date-Time holds whole seconds. */
    public static TtlvItem.DateTime dateTime(int tag, Instant instant) {
        return new TtlvItem.DateTime(tag, instant.getEpochSecond());
    }

    /** A structure builder that skips {@code null} children, for optional fields. */
    public static StructureBuilder structureBuilder(int tag) {
        return new StructureBuilder(tag);
    }

    /** Builds a Structure child by child, in the order the spec table lists the fields. */
    public static final class StructureBuilder {
        private final int tag;
        private final List<TtlvItem> items = new ArrayList<>();

        private StructureBuilder(int tag) {
            this.tag = tag;
        }

        public StructureBuilder add(TtlvItem item) {
            if (item != null) {
                items.add(item);
            }
            return this;
        }

        public StructureBuilder text(int childTag, String value) {
            return value == null ? this : add(new TtlvItem.TextString(childTag, value));
        }

        public StructureBuilder integer(int childTag, Integer value) {
            return value == null ? this : add(new TtlvItem.IntegerItem(childTag, value));
        }

        public StructureBuilder bool(int childTag, Boolean value) {
            return value == null ? this : add(new TtlvItem.BooleanItem(childTag, value));
        }

        public StructureBuilder bytes(int childTag, byte[] value) {
            return value == null ? this : add(new TtlvItem.ByteString(childTag, value));
        }

        public StructureBuilder enumeration(int childTag, KmipEnum value) {
            return value == null ? this : add(new TtlvItem.Enumeration(childTag, value.value()));
        }

        public TtlvItem.Structure build() {
            return new TtlvItem.Structure(tag, items);
        }
    }

    private static <T> T required(T value, int tag) {
        if (value == null) {
            throw new IllegalArgumentException("missing " + TagRegistry.describe(tag));
        }
        return value;
    }

    private static IllegalArgumentException wrongType(int tag, String expected) {
        return new IllegalArgumentException(TagRegistry.describe(tag) + " is not a " + expected);
    }
}

package io.kmipserver.codec.message;

import io.kmipserver.codec.payload.UniqueIdentifierRef;
import io.kmipserver.codec.spec.KmipEnum;
import io.kmipserver.codec.spec.KmipVersion;
import io.kmipserver.codec.spec.Tag;
import io.kmipserver.codec.spec.TagDefinition;
import io.kmipserver.codec.spec.TagRegistry;
import io.kmipserver.codec.spec.UniqueIdentifierEnum;
import io.kmipserver.codec.ttlv.ItemType;
import io.kmipserver.codec.ttlv.TtlvDecodeException;
import io.kmipserver.codec.ttlv.TtlvDecodeException.Problem;
import io.kmipserver.codec.ttlv.TtlvItem;
import io.kmipserver.codec.ttlv.TtlvReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Reads the fields of one message, in the order the spec tables list them, with the unknown-field
 * rule of KMIP 1.4 §11.1 Table 327 built in:
 * <ul>
 *   <li>strict (the message's exact version is known): a field whose tag that version's tag table
 *       does not define fails with {@link Problem#UNEXPECTED_TAG} on that tag, which the message
 *       codec reports as Invalid Field ("same major &amp; minor version, unknown field");</li>
 *   <li>lenient (a newer minor version of a known major, read by the newest known rules): such a
 *       field is skipped ("ignore unknown fields, process rest normally"); the ones directly inside
 *       the structure chosen by {@link #collectUnknownHere()} are kept for round-tripping.</li>
 * </ul>
 * A known field in the wrong place is left unread and surfaces as a trailing or missing field,
 * i.e. Invalid Message. Not thread-safe; one per message.
 */
final class FieldReader {

    final TtlvReader in;
    final KmipVersion version;
    final boolean strict;
    private int collectDepth = -1;
    private int seenOffset = -1;
    private int seenDepth;
    private int seenTag;
    private List<TtlvItem> collected;

    FieldReader(TtlvReader in, KmipVersion version, boolean strict) {
        this.in = in;
        this.version = version;
        this.strict = strict;
    }

    boolean is2x() {
        return version.is2x();
    }

    /** True when {@code tag} is in the tag table of {@code version}. Extension tags are not. */
    static boolean known(int tag, KmipVersion version) {
        TagDefinition d = TagRegistry.byNumber(tag);
        return d != null && d.knownIn(version);
    }

    // ---- navigation

    /** The tag of the next known field, skipping (or refusing) unknown ones; -1 at the end. */
    int peek() {
        for (;;) {
            int tag = in.peekTag();
            if (tag < 0 || known(tag, version)) {
                return tag;
            }
            unknown(tag);
        }
    }

    /**
     * True when the next known field has {@code tag}. A run of optional fields that are absent asks
     * this many times at one position; the answer for that position is remembered, so that the
     * header of the next item is checked and looked up once, not once per optional field.
     */
    boolean at(int tag) {
        int offset = in.offset();
        if (offset == seenOffset && in.depth() == seenDepth) {
            return seenTag == tag;
        }
        int next = in.peekTag();
        if (next == tag) {
            return true;
        }
        if (next >= 0) {
            next = peek();
            offset = in.offset();
        }
        seenOffset = offset;
        seenDepth = in.depth();
        seenTag = next;
        return next == tag;
    }

    void enter(int tag) {
        require(tag);
        in.enterStructure(tag);
    }

    boolean optEnter(int tag) {
        if (at(tag)) {
            in.enterStructure(tag);
            return true;
        }
        return false;
    }

    /** Leaves the current structure, which must hold no further known field. */
    void exit() {
        peek();
        in.exitStructure();
    }

    /** Keeps the unknown fields met directly inside the structure just entered (lenient mode). */
    void collectUnknownHere() {
        collectDepth = in.depth();
        collected = null;
    }

    /** The unknown fields kept since {@link #collectUnknownHere()}; stops collecting. */
    List<TtlvItem> takeUnknown() {
        List<TtlvItem> out = collected == null ? List.of() : List.copyOf(collected);
        collected = null;
        collectDepth = -1;
        return out;
    }

    private void unknown(int tag) {
        if (strict) {
            throw in.fail(Problem.UNEXPECTED_TAG, tag, "field not defined in KMIP " + version.label());
        }
        boolean keep = in.depth() == collectDepth;
        TtlvItem item = in.readItem();
        if (keep) {
            if (collected == null) {
                collected = new ArrayList<>(2);
            }
            collected.add(item);
        }
    }

    // ---- primitive fields

    String text(int tag) {
        require(tag);
        return in.readTextString(tag);
    }

    String optText(int tag) {
        return at(tag) ? in.readTextString(tag) : null;
    }

    List<String> texts(int tag) {
        List<String> out = null;
        while (at(tag)) {
            if (out == null) {
                out = new ArrayList<>();
            }
            out.add(in.readTextString(tag));
        }
        return out == null ? List.of() : out;
    }

    int integer(int tag) {
        require(tag);
        return in.readInteger(tag);
    }

    Integer optInteger(int tag) {
        return at(tag) ? in.readInteger(tag) : null;
    }

    Long optLongInteger(int tag) {
        return at(tag) ? in.readLongInteger(tag) : null;
    }

    Boolean optBoolean(int tag) {
        return at(tag) ? in.readBoolean(tag) : null;
    }

    boolean bool(int tag) {
        require(tag);
        return in.readBoolean(tag);
    }

    byte[] bytes(int tag) {
        require(tag);
        return in.readByteString(tag);
    }

    byte[] optBytes(int tag) {
        return at(tag) ? in.readByteString(tag) : null;
    }

    Instant optDateTime(int tag) {
        return at(tag) ? instant(tag, in.readDateTime(tag)) : null;
    }

    /**
     * A Date-Time's POSIX seconds as an Instant. The wire allows any 64-bit value; one outside what
     * an Instant holds (about ±3×10^16 s) is no date at all: Invalid Field, not an escaping
     * DateTimeException (found by the request fuzzer).
     */
    private Instant instant(int tag, long epochSeconds) {
        if (epochSeconds < Instant.MIN.getEpochSecond() || epochSeconds > Instant.MAX.getEpochSecond()) {
            throw in.fail(Problem.INVALID_VALUE, tag, "Date-Time out of range");
        }
        return Instant.ofEpochSecond(epochSeconds);
    }

    /** A Date-Time, or in 2.x also a Date-Time Extended (Time Stamp, KMIP 2.1 §11.56). */
    Instant optTimeStamp(int tag) {
        if (!at(tag)) {
            return null;
        }
        if (is2x() && in.peekType() == ItemType.DATE_TIME_EXTENDED) {
            long micros = in.readDateTimeExtended(tag);
            return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000L);
        }
        return instant(tag, in.readDateTime(tag));
    }

    Long optInterval(int tag) {
        return at(tag) ? in.readInterval(tag) : null;
    }

    /** A required Enumeration's raw value, for enumerations the spec leaves to extensions. */
    int enumRaw(int tag) {
        require(tag);
        return in.readEnumeration(tag);
    }

    /** A required Enumeration whose value some KMIP version defines; else Invalid Field. */
    <E extends KmipEnum> E enumeration(int tag, IntFunction<E> lookup) {
        require(tag);
        return lookupEnum(tag, in.readEnumeration(tag), lookup);
    }

    <E extends KmipEnum> E optEnumeration(int tag, IntFunction<E> lookup) {
        return at(tag) ? lookupEnum(tag, in.readEnumeration(tag), lookup) : null;
    }

    <E extends KmipEnum> List<E> enumerations(int tag, IntFunction<E> lookup) {
        List<E> out = null;
        while (at(tag)) {
            if (out == null) {
                out = new ArrayList<>();
            }
            out.add(lookupEnum(tag, in.readEnumeration(tag), lookup));
        }
        return out == null ? List.of() : out;
    }

    <E extends KmipEnum> E lookupEnum(int tag, int value, IntFunction<E> lookup) {
        E e = lookup.apply(value);
        if (e == null) {
            throw in.fail(Problem.INVALID_VALUE, tag, String.format("value 0x%08X is not defined", value));
        }
        return e;
    }

    /**
     * The Unique Identifier of a request payload: absent is {@link UniqueIdentifierRef#OMITTED}; 2.x
     * also allows the Enumeration and Integer forms (KMIP 2.1 §4.58 Table 145).
     */
    UniqueIdentifierRef uniqueIdentifierRef() {
        if (!at(Tag.UNIQUE_IDENTIFIER)) {
            return UniqueIdentifierRef.OMITTED;
        }
        if (is2x()) {
            ItemType type = in.peekType();
            if (type == ItemType.ENUMERATION) {
                return new UniqueIdentifierRef.Enumerated(lookupEnum(Tag.UNIQUE_IDENTIFIER,
                        in.readEnumeration(Tag.UNIQUE_IDENTIFIER), UniqueIdentifierEnum::fromValue));
            }
            if (type == ItemType.INTEGER) {
                return new UniqueIdentifierRef.Index(in.readInteger(Tag.UNIQUE_IDENTIFIER));
            }
        }
        return new UniqueIdentifierRef.Text(in.readTextString(Tag.UNIQUE_IDENTIFIER));
    }

    // ---- whole items

    /** The next field as an item tree, checked for unknown tags at every depth (strict mode). */
    TtlvItem item(int tag) {
        require(tag);
        TtlvItem item = in.readItem();
        checkTree(item);
        return item;
    }

    TtlvItem optItem(int tag) {
        return at(tag) ? item(tag) : null;
    }

    /** A required Structure as an item tree. */
    TtlvItem.Structure structure(int tag) {
        TtlvItem item = item(tag);
        if (item instanceof TtlvItem.Structure s) {
            return s;
        }
        throw in.fail(Problem.UNEXPECTED_TYPE, tag, "expected Structure, found " + item.type().specName());
    }

    TtlvItem.Structure optStructure(int tag) {
        return at(tag) ? structure(tag) : null;
    }

    /**
     * The next field parsed by a typed view such as {@code Name::fromItem}; a view's refusal (a
     * missing inner field, an undefined enumeration value) is an Invalid Field of {@code tag}.
     * {@code null} when the field is absent.
     */
    <T> T optTyped(int tag, Function<TtlvItem, T> view) {
        if (!at(tag)) {
            return null;
        }
        TtlvItem item = item(tag);
        try {
            return view.apply(item);
        } catch (IllegalArgumentException e) {
            throw invalid(tag, e.getMessage());
        }
    }

    <T> T typed(int tag, Function<TtlvItem, T> view) {
        require(tag);
        return optTyped(tag, view);
    }

    List<TtlvItem> items(int tag) {
        List<TtlvItem> out = null;
        while (at(tag)) {
            if (out == null) {
                out = new ArrayList<>();
            }
            out.add(item(tag));
        }
        return out == null ? List.of() : out;
    }

    /** A vendor-defined item (Vendor Extension, a vendor attribute's value): read whole, not checked. */
    TtlvItem vendorItem(int tag) {
        require(tag);
        return in.readItem();
    }

    /** In strict mode, refuses a tree holding a tag the version does not define. */
    void checkTree(TtlvItem item) {
        if (strict && item instanceof TtlvItem.Structure s) {
            for (TtlvItem child : s.items()) {
                if (!known(child.tag(), version)) {
                    throw in.fail(Problem.UNEXPECTED_TAG, child.tag(), "field not defined in KMIP " + version.label());
                }
                checkTree(child);
            }
        }
    }

    // ---- failures

    private void require(int tag) {
        if (!at(tag)) {
            throw missing(tag);
        }
    }

    TtlvDecodeException missing(int tag) {
        return in.fail(Problem.MISSING_FIELD, tag, "missing " + TagRegistry.describe(tag));
    }

    TtlvDecodeException invalid(int tag, String message) {
        return in.fail(Problem.INVALID_VALUE, tag, message);
    }
}

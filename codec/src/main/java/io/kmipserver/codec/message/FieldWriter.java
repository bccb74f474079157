package io.kmipserver.codec.message;

import io.kmipserver.codec.attribute.TtlvItems;
import io.kmipserver.codec.payload.UniqueIdentifierRef;
import io.kmipserver.codec.spec.KmipEnum;
import io.kmipserver.codec.spec.KmipVersion;
import io.kmipserver.codec.spec.Tag;
import io.kmipserver.codec.spec.TagRegistry;
import io.kmipserver.codec.ttlv.TtlvItem;
import io.kmipserver.codec.ttlv.TtlvWriter;
import java.time.Instant;
import java.util.List;

/**
 * Writes the fields of one message for one protocol version. Every optional field is written only
 * when present and when the version's tag table defines its tag, so that no client ever receives a
 * field its version does not know (e.g. Located Items, 1.3+, is left out for a 1.0 client). Fields
 * kept from the wire as unknown are written back unfiltered with {@link #raw(TtlvItem)}.
 * Not thread-safe; one per message.
 */
final class FieldWriter {

    final TtlvWriter out;
    final KmipVersion version;

    FieldWriter(TtlvWriter out, KmipVersion version) {
        this.out = out;
        this.version = version;
    }

    boolean is2x() {
        return version.is2x();
    }

    boolean known(int tag) {
        return FieldReader.known(tag, version);
    }

    void begin(int tag) {
        if (!known(tag)) {
            throw new IllegalArgumentException(TagRegistry.describe(tag) + " does not exist in KMIP " + version.label());
        }
        out.beginStructure(tag);
    }

    void end() {
        out.endStructure();
    }

    void text(int tag, String value) {
        if (value != null && known(tag)) {
            out.writeTextString(tag, value);
        }
    }

    void texts(int tag, List<String> values) {
        for (String v : values) {
            text(tag, v);
        }
    }

    void integer(int tag, Integer value) {
        if (value != null && known(tag)) {
            out.writeInteger(tag, value);
        }
    }

    void longInteger(int tag, Long value) {
        if (value != null && known(tag)) {
            out.writeLongInteger(tag, value);
        }
    }

    void bool(int tag, Boolean value) {
        if (value != null && known(tag)) {
            out.writeBoolean(tag, value);
        }
    }

    void bytes(int tag, byte[] value) {
        if (value != null && known(tag)) {
            out.writeByteString(tag, value);
        }
    }

    void dateTime(int tag, Instant value) {
        if (value != null && known(tag)) {
            out.writeDateTime(tag, value.getEpochSecond());
        }
    }

    /**
     * The message header's Time Stamp: always Date-Time, whole seconds, in every version (KMIP 2.1
     * §9.20, Table 425 — Date-Time Extended is only the Hashed Password credential's timestamp).
     * Clients such as PyKMIP reject a Date-Time Extended header.
     */
    void timeStamp(int tag, Instant value) {
        if (value != null && known(tag)) {
            out.writeDateTime(tag, value.getEpochSecond());
        }
    }

    void interval(int tag, Long seconds) {
        if (seconds != null && known(tag)) {
            out.writeInterval(tag, seconds);
        }
    }

    void enumeration(int tag, KmipEnum value) {
        if (value != null && known(tag)) {
            out.writeEnumeration(tag, value.value());
        }
    }

    void enumerations(int tag, List<? extends KmipEnum> values) {
        for (KmipEnum v : values) {
            enumeration(tag, v);
        }
    }

    /**
     * An item tree whose top-level tag the version defines, without the inner fields it does not
     * define; left out entirely otherwise.
     */
    void item(TtlvItem item) {
        if (item != null && known(item.tag())) {
            out.writeItem(TtlvItems.withoutUnknownFields(item, version));
        }
    }

    /** {@link #item(TtlvItem)} under {@code tag}, whatever tag the caller's tree has. */
    void item(int tag, TtlvItem item) {
        if (item != null) {
            item(TtlvItems.withTag(item, tag));
        }
    }

    void items(List<TtlvItem> items) {
        for (TtlvItem i : items) {
            item(i);
        }
    }

    /** An item written as is: vendor content and fields kept from the wire as unknown. */
    void raw(TtlvItem item) {
        out.writeItem(item);
    }

    void raws(List<TtlvItem> items) {
        for (TtlvItem i : items) {
            out.writeItem(i);
        }
    }

    /** A request's Unique Identifier: nothing for OMITTED; the Enumeration / Integer forms only in 2.x. */
    void uniqueIdentifierRef(UniqueIdentifierRef ref) {
        if (ref instanceof UniqueIdentifierRef.Text t) {
            out.writeTextString(Tag.UNIQUE_IDENTIFIER, t.value());
        } else if (ref instanceof UniqueIdentifierRef.Enumerated e) {
            require2x("a Unique Identifier Enumeration");
            out.writeEnumeration(Tag.UNIQUE_IDENTIFIER, e.value().value());
        } else if (ref instanceof UniqueIdentifierRef.Index i) {
            require2x("an Integer Unique Identifier");
            out.writeInteger(Tag.UNIQUE_IDENTIFIER, i.value());
        }
    }

    void require2x(String what) {
        if (!is2x()) {
            throw new IllegalArgumentException(what + " cannot be encoded in KMIP " + version.label());
        }
    }
}

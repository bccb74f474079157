package io.kmipserver.codec.attribute;

import io.kmipserver.codec.spec.NameType;
import io.kmipserver.codec.spec.Tag;
import io.kmipserver.codec.ttlv.TtlvItem;
import java.util.Objects;

/**
 * The Name attribute (KMIP 1.4 §3.2 Table 57, 2.1 §4.32 Table 93): Name Value + Name Type. Also the
 * form of a template name inside a 1.x Template-Attribute (KMIP 1.4 §2.1.8, deprecated since 1.3).
 */
public record Name(String value, NameType type) {

    public Name {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(type, "type");
    }

    /** A name of type Uninterpreted Text String, the usual kind. */
    public static Name text(String value) {
        return new Name(value, NameType.UNINTERPRETED_TEXT_STRING);
    }

    /** Parses a Name structure; throws {@link IllegalArgumentException} when it is malformed. */
    public static Name fromItem(TtlvItem item) {
        TtlvItem.Structure s = TtlvItems.structure(item);
        return new Name(TtlvItems.text(s, Tag.NAME_VALUE), TtlvItems.enumeration(s, Tag.NAME_TYPE, NameType::fromValue));
    }

    /** The Name structure. */
    public TtlvItem.Structure toItem() {
        return new TtlvItem.Structure(Tag.NAME,
                new TtlvItem.TextString(Tag.NAME_VALUE, value),
                new TtlvItem.Enumeration(Tag.NAME_TYPE, type.value()));
    }

    /** This name as a Name attribute. */
    public Attribute toAttribute() {
        return Attribute.of(toItem());
    }
}

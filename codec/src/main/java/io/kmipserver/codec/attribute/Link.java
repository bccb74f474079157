package io.kmipserver.codec.attribute;

import io.kmipserver.codec.spec.LinkType;
import io.kmipserver.codec.spec.Tag;
import io.kmipserver.codec.ttlv.TtlvItem;
import java.util.Objects;

/**
 * The Link attribute (KMIP 1.4 §3.35 Table 104, 2.1 §4.31 Table 91): Link Type + Linked Object
 * Identifier. 2.x also allows the identifier as a Unique Identifier Enumeration or Integer (2.1
 * Table 90); this view holds the Text String form, which is what a server stores, and
 * {@link #fromItem(TtlvItem)} refuses the other two.
 */
public record Link(LinkType linkType, String linkedObjectIdentifier) {

    public Link {
        Objects.requireNonNull(linkType, "linkType");
        Objects.requireNonNull(linkedObjectIdentifier, "linkedObjectIdentifier");
    }

    /** Parses a Link structure; throws {@link IllegalArgumentException} when it is malformed. */
    public static Link fromItem(TtlvItem item) {
        TtlvItem.Structure s = TtlvItems.structure(item);
        return new Link(TtlvItems.enumeration(s, Tag.LINK_TYPE, LinkType::fromValue),
                TtlvItems.text(s, Tag.LINKED_OBJECT_IDENTIFIER));
    }

    /** The Link structure. */
    public TtlvItem.Structure toItem() {
        return new TtlvItem.Structure(Tag.LINK,
                new TtlvItem.Enumeration(Tag.LINK_TYPE, linkType.value()),
                new TtlvItem.TextString(Tag.LINKED_OBJECT_IDENTIFIER, linkedObjectIdentifier));
    }

    /** This link as a Link attribute. */
    public Attribute toAttribute() {
        return Attribute.of(toItem());
    }
}

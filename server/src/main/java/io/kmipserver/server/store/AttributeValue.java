package io.kmipserver.server.store;

import io.kmipserver.codec.ttlv.TtlvItem;
import java.util.Objects;

/**
 * An attribute value to write, before the store has given it an Attribute Index. For a standard key
 * the item carries the attribute's own tag (a Cryptographic Algorithm Enumeration tagged 0x420028, a
 * Name Structure tagged 0x420053); for a vendor key it is the Attribute Value item.
 */
public record AttributeValue(AttributeKey key, TtlvItem value) {

    public AttributeValue {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        if (!key.isVendor() && value.tag() != key.tag()) {
            throw new IllegalArgumentException("value tag does not match attribute key " + key);
        }
    }

    /** A standard attribute whose key is the item's own tag. */
    public static AttributeValue of(TtlvItem item) {
        return new AttributeValue(AttributeKey.standard(item.tag()), item);
    }
}

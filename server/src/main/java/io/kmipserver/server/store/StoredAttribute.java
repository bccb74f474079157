package io.kmipserver.server.store;

import io.kmipserver.codec.ttlv.TtlvItem;
import java.util.Objects;

/**
 * One attribute instance as stored. {@code index} is the KMIP 1.x Attribute Index (1.4 §2.1.1): it
 * starts at 0, is assigned by the store on Add (one above the highest existing), and never changes
 * when other instances are added or deleted. 2.x has no index; instances keep this order.
 */
public record StoredAttribute(AttributeKey key, int index, TtlvItem value) {

    public StoredAttribute {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        if (index < 0) {
            throw new IllegalArgumentException("attribute index must not be negative");
        }
    }
}

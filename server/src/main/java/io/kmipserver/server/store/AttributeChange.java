package io.kmipserver.server.store;

import io.kmipserver.codec.ttlv.TtlvItem;
import java.util.Objects;

/**
 * One change to an object's attributes inside {@link StoreTransaction#updateObject}. The changes of
 * one call apply in order, in one transaction, and raise the row version once. The store does not
 * judge KMIP policy (who may change what, read-only attributes, lifecycle): the operation layer does.
 * State changes are {@link Replace} of the State attribute (and its date attributes).
 */
public sealed interface AttributeChange {

    AttributeKey key();

    /** Adds an instance with index one above the highest existing (0 when none): Add Attribute. */
    record Add(AttributeKey key, TtlvItem value) implements AttributeChange {
        public Add {
            check(key, value);
        }
    }

    /** Removes every instance and writes one at index 0: Set Attribute (2.x), server-set attributes. */
    record Replace(AttributeKey key, TtlvItem value) implements AttributeChange {
        public Replace {
            check(key, value);
        }
    }

    /**
     * Changes the value of an existing instance: Modify Attribute.
     *
     * @throws NotFoundException from the update when no instance has this index
     */
    record Modify(AttributeKey key, int index, TtlvItem value) implements AttributeChange {
        public Modify {
            check(key, value);
        }
    }

    /**
     * Deletes one instance: Delete Attribute.
     *
     * @throws NotFoundException from the update when no instance has this index
     */
    record Delete(AttributeKey key, int index) implements AttributeChange {
        public Delete {
            Objects.requireNonNull(key, "key");
        }
    }

    /** Deletes every instance, if any. */
    record DeleteAll(AttributeKey key) implements AttributeChange {
        public DeleteAll {
            Objects.requireNonNull(key, "key");
        }
    }

    static Add add(TtlvItem value) {
        return new Add(AttributeKey.standard(value.tag()), value);
    }

    static Replace replace(TtlvItem value) {
        return new Replace(AttributeKey.standard(value.tag()), value);
    }

    private static void check(AttributeKey key, TtlvItem value) {
        new AttributeValue(key, value);
    }
}

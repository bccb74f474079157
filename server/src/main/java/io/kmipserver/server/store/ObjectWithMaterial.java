package io.kmipserver.server.store;

import io.kmipserver.codec.ttlv.TtlvItem;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An object and its material read together ({@link ObjectStore#findWithMaterial}): one statement, so
 * both come from the same committed state.
 *
 * @param object the object's summary columns; its {@link ManagedObject#attributes()} list is empty —
 *     the attributes read are in {@code attributes}
 * @param attributes the lowest-indexed value of each standard attribute asked for that the object
 *     has, by tag
 * @param material the protected material, or {@code null} when the object has none (destroyed, or
 *     never had any)
 */
public record ObjectWithMaterial(ManagedObject object, Map<Integer, TtlvItem> attributes, StoredMaterial material) {

    public ObjectWithMaterial {
        Objects.requireNonNull(object, "object");
        attributes = Map.copyOf(attributes);
    }

    /** The lowest-indexed value of a standard attribute that was asked for, if the object has one. */
    public Optional<TtlvItem> attribute(int tag) {
        return Optional.ofNullable(attributes.get(tag));
    }
}

package io.kmipserver.server.store;

import java.util.Objects;

/**
 * An object and its material read together ({@link ObjectStore#findWithMaterial}): one statement, so
 * both come from the same committed state.
 *
 * @param object the object's summary columns and only the attributes the read asked for
 * @param material the protected material, or {@code null} when the object has none (destroyed, or
 *     never had any)
 */
public record ObjectWithMaterial(ManagedObject object, StoredMaterial material) {

    public ObjectWithMaterial {
        Objects.requireNonNull(object, "object");
    }
}

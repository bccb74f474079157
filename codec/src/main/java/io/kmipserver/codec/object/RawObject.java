package io.kmipserver.codec.object;

import io.kmipserver.codec.spec.ObjectType;
import io.kmipserver.codec.ttlv.TtlvItem;
import java.util.Objects;

/**
 * A managed object the typed model does not cover — Split Key, PGP Key, Certificate Request —
 * kept as its item tree so that it round-trips and a server can refuse it by type.
 * {@link #toString()} prints only the type: a Split Key holds key material.
 *
 * @param objectType the type the object's tag stands for
 * @param structure the whole object structure, e.g. the Split Key structure
 */
public record RawObject(ObjectType objectType, TtlvItem.Structure structure) implements ManagedObject {

    public RawObject {
        Objects.requireNonNull(objectType, "objectType");
        Objects.requireNonNull(structure, "structure");
    }

    @Override
    public String toString() {
        return "RawObject[objectType=" + objectType + ", fields=" + structure.items().size() + "]";
    }
}

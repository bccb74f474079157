package io.kmipserver.codec.object;

import io.kmipserver.codec.spec.ObjectType;
import java.util.Objects;

/** Symmetric Key (KMIP 1.4 §2.2.2 Table 46, 2.1 §2.9). */
public record SymmetricKey(KeyBlock keyBlock) implements ManagedObject, KeyBlockObject {

    public SymmetricKey {
        Objects.requireNonNull(keyBlock, "keyBlock");
    }

    @Override
    public ObjectType objectType() {
        return ObjectType.SYMMETRIC_KEY;
    }
}

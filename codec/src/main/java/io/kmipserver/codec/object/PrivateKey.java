package io.kmipserver.codec.object;

import io.kmipserver.codec.spec.ObjectType;
import java.util.Objects;

/** Private Key (KMIP 1.4 §2.2.4 Table 48, 2.1 §2.5). */
public record PrivateKey(KeyBlock keyBlock) implements ManagedObject, KeyBlockObject {

    public PrivateKey {
        Objects.requireNonNull(keyBlock, "keyBlock");
    }

    @Override
    public ObjectType objectType() {
        return ObjectType.PRIVATE_KEY;
    }
}

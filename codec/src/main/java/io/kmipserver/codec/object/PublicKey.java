package io.kmipserver.codec.object;

import io.kmipserver.codec.spec.ObjectType;
import java.util.Objects;

/** Public Key (KMIP 1.4 §2.2.3 Table 47, 2.1 §2.6): the public half of a key pair, not a certificate. */
public record PublicKey(KeyBlock keyBlock) implements ManagedObject, KeyBlockObject {

    public PublicKey {
        Objects.requireNonNull(keyBlock, "keyBlock");
    }

    @Override
    public ObjectType objectType() {
        return ObjectType.PUBLIC_KEY;
    }
}

package io.kmipserver.codec.object;

import io.kmipserver.codec.spec.ObjectType;
import io.kmipserver.codec.spec.SecretDataType;
import java.util.Objects;

/**
 * Secret Data (KMIP 1.4 §2.2.7 Table 51, 2.1 §2.7): a shared secret that is not a key, e.g. a
 * password or a seed, in a Key Block.
 */
public record SecretData(SecretDataType secretDataType, KeyBlock keyBlock) implements ManagedObject, KeyBlockObject {

    public SecretData {
        Objects.requireNonNull(secretDataType, "secretDataType");
        Objects.requireNonNull(keyBlock, "keyBlock");
    }

    @Override
    public ObjectType objectType() {
        return ObjectType.SECRET_DATA;
    }
}

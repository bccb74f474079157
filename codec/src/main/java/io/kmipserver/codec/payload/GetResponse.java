package io.kmipserver.codec.payload;

import io.kmipserver.codec.object.ManagedObject;
import io.kmipserver.codec.spec.ObjectType;
import io.kmipserver.codec.spec.Operation;
import java.util.Objects;

/**
 * Get response.
 *
 * <p>KMIP 1.4 §4.11 Table 195, 2.1 §6.1.19 Table 221.
 *
 * @param objectType the type of the object
 * @param uniqueIdentifier the Unique Identifier of the object
 * @param object the object
 */
public record GetResponse(
        ObjectType objectType,
        String uniqueIdentifier,
        ManagedObject object) implements ResponsePayload {

    public GetResponse {
        Objects.requireNonNull(objectType, "objectType");
        Objects.requireNonNull(uniqueIdentifier, "uniqueIdentifier");
        Objects.requireNonNull(object, "object");
    }

    @Override
    public Operation operation() {
        return Operation.GET;
    }
}

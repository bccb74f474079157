package io.kmipserver.codec.payload;

import io.kmipserver.codec.attribute.Attributes;
import io.kmipserver.codec.spec.ObjectType;
import io.kmipserver.codec.spec.Operation;
import java.util.Objects;

/**
 * Create response.
 *
 * <p>KMIP 1.4 §4.1 Table 164, 2.1 §6.1.8 Table 187.
 *
 * @param objectType the type created
 * @param uniqueIdentifier the Unique Identifier of the object
 * @param attributes 1.x only: attributes the server set implicitly (Template-Attribute); empty when none, not encoded in 2.x
 */
public record CreateResponse(
        ObjectType objectType,
        String uniqueIdentifier,
        Attributes attributes) implements ResponsePayload {

    public CreateResponse {
        Objects.requireNonNull(objectType, "objectType");
        Objects.requireNonNull(uniqueIdentifier, "uniqueIdentifier");
        attributes = attributes == null ? Attributes.EMPTY : attributes;
    }

    @Override
    public Operation operation() {
        return Operation.CREATE;
    }
}

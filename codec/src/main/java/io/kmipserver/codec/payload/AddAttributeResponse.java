package io.kmipserver.codec.payload;

import io.kmipserver.codec.attribute.Attribute;
import io.kmipserver.codec.spec.Operation;
import java.util.Objects;

/**
 * Add Attribute response.
 *
 * <p>KMIP 1.4 §4.14 Table 201, 2.1 §6.1.2 Table 168.
 *
 * @param uniqueIdentifier the Unique Identifier of the object
 * @param attribute 1.x: the added attribute with its index (required); 2.x: not encoded, {@code null}
 */
public record AddAttributeResponse(
        String uniqueIdentifier,
        Attribute attribute) implements ResponsePayload {

    public AddAttributeResponse {
        Objects.requireNonNull(uniqueIdentifier, "uniqueIdentifier");
    }

    @Override
    public Operation operation() {
        return Operation.ADD_ATTRIBUTE;
    }
}

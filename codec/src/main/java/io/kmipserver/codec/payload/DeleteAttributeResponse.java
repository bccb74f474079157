package io.kmipserver.codec.payload;

import io.kmipserver.codec.attribute.Attribute;
import io.kmipserver.codec.spec.Operation;
import java.util.Objects;

/**
 * Delete Attribute response.
 *
 * <p>KMIP 1.4 §4.16 Table 205, 2.1 §6.1.13 Table 203.
 *
 * @param uniqueIdentifier the Unique Identifier of the object
 * @param attribute 1.x: the deleted attribute (required); 2.x: not encoded, {@code null}
 */
public record DeleteAttributeResponse(
        String uniqueIdentifier,
        Attribute attribute) implements ResponsePayload {

    public DeleteAttributeResponse {
        Objects.requireNonNull(uniqueIdentifier, "uniqueIdentifier");
    }

    @Override
    public Operation operation() {
        return Operation.DELETE_ATTRIBUTE;
    }
}

package io.kmipserver.codec.payload;

import io.kmipserver.codec.attribute.Attributes;
import io.kmipserver.codec.spec.Operation;
import java.util.Objects;

/**
 * Get Attributes response: 1.x repeated Attribute (with indices), 2.x one Attributes structure.
 *
 * <p>KMIP 1.4 §4.12 Table 197, 2.1 §6.1.20 Table 224.
 *
 * @param uniqueIdentifier the Unique Identifier of the object
 * @param attributes the attributes found
 */
public record GetAttributesResponse(
        String uniqueIdentifier,
        Attributes attributes) implements ResponsePayload {

    public GetAttributesResponse {
        Objects.requireNonNull(uniqueIdentifier, "uniqueIdentifier");
        attributes = attributes == null ? Attributes.EMPTY : attributes;
    }

    @Override
    public Operation operation() {
        return Operation.GET_ATTRIBUTES;
    }
}

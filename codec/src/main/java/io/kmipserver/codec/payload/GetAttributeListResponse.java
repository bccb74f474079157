package io.kmipserver.codec.payload;

import io.kmipserver.codec.attribute.AttributeKey;
import io.kmipserver.codec.spec.Operation;
import java.util.List;
import java.util.Objects;

/**
 * Get Attribute List response: 1.x Attribute Name texts, 2.x Attribute References.
 *
 * <p>KMIP 1.4 §4.13 Table 199, 2.1 §6.1.21 Table 227.
 *
 * @param uniqueIdentifier the Unique Identifier of the object
 * @param attributes the attributes the object has
 */
public record GetAttributeListResponse(
        String uniqueIdentifier,
        List<AttributeKey> attributes) implements ResponsePayload {

    public GetAttributeListResponse {
        Objects.requireNonNull(uniqueIdentifier, "uniqueIdentifier");
        attributes = attributes == null ? List.of() : List.copyOf(attributes);
    }

    @Override
    public Operation operation() {
        return Operation.GET_ATTRIBUTE_LIST;
    }
}

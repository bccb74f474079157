package io.kmipserver.codec.payload;

import io.kmipserver.codec.attribute.AttributeKey;
import io.kmipserver.codec.spec.Operation;
import java.util.List;

/**
 * Get Attributes request: 1.x names attributes by Attribute Name text, 2.x by Attribute Reference; both map to {@link AttributeKey}.
 *
 * <p>KMIP 1.4 §4.12 Table 196, 2.1 §6.1.20 Table 223.
 *
 * @param uniqueIdentifier the object; {@link UniqueIdentifierRef#OMITTED} (absent) means the ID Placeholder
 * @param attributes the attributes wanted; empty means all
 */
public record GetAttributesRequest(
        UniqueIdentifierRef uniqueIdentifier,
        List<AttributeKey> attributes) implements RequestPayload {

    public GetAttributesRequest {
        uniqueIdentifier = uniqueIdentifier == null ? UniqueIdentifierRef.OMITTED : uniqueIdentifier;
        attributes = attributes == null ? List.of() : List.copyOf(attributes);
    }

    @Override
    public Operation operation() {
        return Operation.GET_ATTRIBUTES;
    }
}

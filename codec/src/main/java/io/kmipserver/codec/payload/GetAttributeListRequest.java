package io.kmipserver.codec.payload;

import io.kmipserver.codec.spec.Operation;

/**
 * Get Attribute List request.
 *
 * <p>KMIP 1.4 §4.13 Table 198, 2.1 §6.1.21 Table 226.
 *
 * @param uniqueIdentifier the object; {@link UniqueIdentifierRef#OMITTED} (absent) means the ID Placeholder
 */
public record GetAttributeListRequest(
        UniqueIdentifierRef uniqueIdentifier) implements RequestPayload {

    public GetAttributeListRequest {
        uniqueIdentifier = uniqueIdentifier == null ? UniqueIdentifierRef.OMITTED : uniqueIdentifier;
    }

    @Override
    public Operation operation() {
        return Operation.GET_ATTRIBUTE_LIST;
    }
}

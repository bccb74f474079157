package io.kmipserver.codec.payload;

import io.kmipserver.codec.spec.Operation;

/**
 * Activate request: Pre-Active to Active.
 *
 * <p>KMIP 1.4 §4.19 Table 210, 2.1 §6.1.1 Table 164.
 *
 * @param uniqueIdentifier the object; {@link UniqueIdentifierRef#OMITTED} (absent) means the ID Placeholder
 */
public record ActivateRequest(
        UniqueIdentifierRef uniqueIdentifier) implements RequestPayload {

    public ActivateRequest {
        uniqueIdentifier = uniqueIdentifier == null ? UniqueIdentifierRef.OMITTED : uniqueIdentifier;
    }

    @Override
    public Operation operation() {
        return Operation.ACTIVATE;
    }
}

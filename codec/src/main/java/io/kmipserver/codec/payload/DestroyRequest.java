package io.kmipserver.codec.payload;

import io.kmipserver.codec.spec.Operation;

/**
 * Destroy request: destroy the key material, keep the metadata.
 *
 * <p>KMIP 1.4 §4.21 Table 214, 2.1 §6.1.15 Table 208.
 *
 * @param uniqueIdentifier the object; {@link UniqueIdentifierRef#OMITTED} (absent) means the ID Placeholder
 */
public record DestroyRequest(
        UniqueIdentifierRef uniqueIdentifier) implements RequestPayload {

    public DestroyRequest {
        uniqueIdentifier = uniqueIdentifier == null ? UniqueIdentifierRef.OMITTED : uniqueIdentifier;
    }

    @Override
    public Operation operation() {
        return Operation.DESTROY;
    }
}

package io.kmipserver.codec.payload;

import io.kmipserver.codec.spec.Operation;

/**
 * Check request: may the client use the object so?
 *
 * <p>KMIP 1.4 §4.10 Table 192, 2.1 §6.1.7 Table 183.
 *
 * @param uniqueIdentifier the object; {@link UniqueIdentifierRef#OMITTED} (absent) means the ID Placeholder
 * @param usageLimitsCount Usage Limits Count, or {@code null}
 * @param cryptographicUsageMask Cryptographic Usage Mask bits, or {@code null}
 * @param leaseTime Lease Time (Interval, seconds), or {@code null}
 */
public record CheckRequest(
        UniqueIdentifierRef uniqueIdentifier,
        Long usageLimitsCount,
        Integer cryptographicUsageMask,
        Long leaseTime) implements RequestPayload {

    public CheckRequest {
        uniqueIdentifier = uniqueIdentifier == null ? UniqueIdentifierRef.OMITTED : uniqueIdentifier;
    }

    @Override
    public Operation operation() {
        return Operation.CHECK;
    }
}

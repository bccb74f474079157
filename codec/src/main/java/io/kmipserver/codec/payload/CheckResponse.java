package io.kmipserver.codec.payload;

import io.kmipserver.codec.spec.Operation;

/**
 * Check response: the fields the server refused, if any.
 *
 * <p>KMIP 1.4 §4.10 Table 193, 2.1 §6.1.7 Table 184.
 *
 * @param uniqueIdentifier the object, or {@code null} when the check failed
 * @param usageLimitsCount Usage Limits Count, or {@code null}
 * @param cryptographicUsageMask Cryptographic Usage Mask bits, or {@code null}
 * @param leaseTime Lease Time (seconds), or {@code null}
 */
public record CheckResponse(
        String uniqueIdentifier,
        Long usageLimitsCount,
        Integer cryptographicUsageMask,
        Long leaseTime) implements ResponsePayload {

    @Override
    public Operation operation() {
        return Operation.CHECK;
    }
}

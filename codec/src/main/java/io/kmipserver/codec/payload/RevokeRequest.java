package io.kmipserver.codec.payload;

import io.kmipserver.codec.attribute.RevocationReason;
import io.kmipserver.codec.spec.Operation;
import java.time.Instant;
import java.util.Objects;

/**
 * Revoke request.
 *
 * <p>KMIP 1.4 §4.20 Table 212, 2.1 §6.1.44 Table 295.
 *
 * @param uniqueIdentifier the object; {@link UniqueIdentifierRef#OMITTED} (absent) means the ID Placeholder
 * @param revocationReason why
 * @param compromiseOccurrenceDate Compromise Occurrence Date (whole seconds), or {@code null}
 */
public record RevokeRequest(
        UniqueIdentifierRef uniqueIdentifier,
        RevocationReason revocationReason,
        Instant compromiseOccurrenceDate) implements RequestPayload {

    public RevokeRequest {
        uniqueIdentifier = uniqueIdentifier == null ? UniqueIdentifierRef.OMITTED : uniqueIdentifier;
        Objects.requireNonNull(revocationReason, "revocationReason");
    }

    @Override
    public Operation operation() {
        return Operation.REVOKE;
    }
}

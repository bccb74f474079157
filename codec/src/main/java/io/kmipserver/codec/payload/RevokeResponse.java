package io.kmipserver.codec.payload;

import io.kmipserver.codec.spec.Operation;
import java.util.Objects;

/**
 * Revoke response.
 *
 * <p>KMIP 1.4 §4.20 Table 213, 2.1 §6.1.44 Table 296.
 *
 * @param uniqueIdentifier the Unique Identifier of the object
 */
public record RevokeResponse(
        String uniqueIdentifier) implements ResponsePayload {

    public RevokeResponse {
        Objects.requireNonNull(uniqueIdentifier, "uniqueIdentifier");
    }

    @Override
    public Operation operation() {
        return Operation.REVOKE;
    }
}

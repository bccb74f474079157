package io.kmipserver.codec.payload;

import io.kmipserver.codec.spec.Operation;
import java.util.Objects;

/**
 * Activate response.
 *
 * <p>KMIP 1.4 §4.19 Table 211, 2.1 §6.1.1 Table 165.
 *
 * @param uniqueIdentifier the Unique Identifier of the object
 */
public record ActivateResponse(
        String uniqueIdentifier) implements ResponsePayload {

    public ActivateResponse {
        Objects.requireNonNull(uniqueIdentifier, "uniqueIdentifier");
    }

    @Override
    public Operation operation() {
        return Operation.ACTIVATE;
    }
}

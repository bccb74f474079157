package io.kmipserver.codec.payload;

import io.kmipserver.codec.spec.Operation;
import java.util.Objects;

/**
 * Destroy response.
 *
 * <p>KMIP 1.4 §4.21 Table 215, 2.1 §6.1.15 Table 209.
 *
 * @param uniqueIdentifier the Unique Identifier of the object
 */
public record DestroyResponse(
        String uniqueIdentifier) implements ResponsePayload {

    public DestroyResponse {
        Objects.requireNonNull(uniqueIdentifier, "uniqueIdentifier");
    }

    @Override
    public Operation operation() {
        return Operation.DESTROY;
    }
}

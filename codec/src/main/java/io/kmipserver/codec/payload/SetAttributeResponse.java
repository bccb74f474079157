package io.kmipserver.codec.payload;

import io.kmipserver.codec.spec.Operation;
import java.util.Objects;

/**
 * Set Attribute response (2.x only).
 *
 * <p>KMIP 2.1 §6.1.51 Table 323.
 *
 * @param uniqueIdentifier the Unique Identifier of the object
 */
public record SetAttributeResponse(
        String uniqueIdentifier) implements ResponsePayload {

    public SetAttributeResponse {
        Objects.requireNonNull(uniqueIdentifier, "uniqueIdentifier");
    }

    @Override
    public Operation operation() {
        return Operation.SET_ATTRIBUTE;
    }
}

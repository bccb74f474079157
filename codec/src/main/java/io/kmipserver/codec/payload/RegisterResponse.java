package io.kmipserver.codec.payload;

import io.kmipserver.codec.attribute.Attributes;
import io.kmipserver.codec.spec.Operation;
import java.util.Objects;

/**
 * Register response.
 *
 * <p>KMIP 1.4 §4.3 Table 170, 2.1 §6.1.43 Table 292.
 *
 * @param uniqueIdentifier the Unique Identifier of the object
 * @param attributes 1.x only: attributes set implicitly; empty when none
 */
public record RegisterResponse(
        String uniqueIdentifier,
        Attributes attributes) implements ResponsePayload {

    public RegisterResponse {
        Objects.requireNonNull(uniqueIdentifier, "uniqueIdentifier");
        attributes = attributes == null ? Attributes.EMPTY : attributes;
    }

    @Override
    public Operation operation() {
        return Operation.REGISTER;
    }
}

package io.kmipserver.codec.payload;

import io.kmipserver.codec.attribute.Attributes;
import io.kmipserver.codec.spec.Operation;
import java.util.Objects;

/**
 * Re-key response.
 *
 * <p>KMIP 1.4 §4.4 Table 175, 2.1 §6.1.46 Table 306.
 *
 * @param uniqueIdentifier the replacement key
 * @param attributes 1.x only: attributes set implicitly; empty when none
 */
public record ReKeyResponse(
        String uniqueIdentifier,
        Attributes attributes) implements ResponsePayload {

    public ReKeyResponse {
        Objects.requireNonNull(uniqueIdentifier, "uniqueIdentifier");
        attributes = attributes == null ? Attributes.EMPTY : attributes;
    }

    @Override
    public Operation operation() {
        return Operation.RE_KEY;
    }
}

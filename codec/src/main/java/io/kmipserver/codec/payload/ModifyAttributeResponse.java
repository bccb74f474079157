package io.kmipserver.codec.payload;

import io.kmipserver.codec.attribute.Attribute;
import io.kmipserver.codec.spec.Operation;
import java.util.Objects;

/**
 * Modify Attribute response.
 *
 * <p>KMIP 1.4 §4.15 Table 203, 2.1 §6.1.34 Table 266.
 *
 * @param uniqueIdentifier the Unique Identifier of the object
 * @param attribute 1.x: the modified attribute (required); 2.x: not encoded, {@code null}
 */
public record ModifyAttributeResponse(
        String uniqueIdentifier,
        Attribute attribute) implements ResponsePayload {

    public ModifyAttributeResponse {
        Objects.requireNonNull(uniqueIdentifier, "uniqueIdentifier");
    }

    @Override
    public Operation operation() {
        return Operation.MODIFY_ATTRIBUTE;
    }
}

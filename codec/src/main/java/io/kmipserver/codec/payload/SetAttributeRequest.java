package io.kmipserver.codec.payload;

import io.kmipserver.codec.attribute.Attribute;
import io.kmipserver.codec.spec.Operation;
import java.util.Objects;

/**
 * Set Attribute request (2.x only): sets a single-instance attribute.
 *
 * <p>KMIP 2.1 §6.1.51 Table 322.
 *
 * @param uniqueIdentifier the object; {@link UniqueIdentifierRef#OMITTED} (absent) means the ID Placeholder
 * @param newAttribute New Attribute
 */
public record SetAttributeRequest(
        UniqueIdentifierRef uniqueIdentifier,
        Attribute newAttribute) implements RequestPayload {

    public SetAttributeRequest {
        uniqueIdentifier = uniqueIdentifier == null ? UniqueIdentifierRef.OMITTED : uniqueIdentifier;
        Objects.requireNonNull(newAttribute, "newAttribute");
    }

    @Override
    public Operation operation() {
        return Operation.SET_ATTRIBUTE;
    }
}

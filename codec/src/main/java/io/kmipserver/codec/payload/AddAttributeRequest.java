package io.kmipserver.codec.payload;

import io.kmipserver.codec.attribute.Attribute;
import io.kmipserver.codec.spec.Operation;
import java.util.Objects;

/**
 * Add Attribute request: 1.x Attribute, 2.x New Attribute.
 *
 * <p>KMIP 1.4 §4.14 Table 200, 2.1 §6.1.2 Table 167.
 *
 * @param uniqueIdentifier the object; {@link UniqueIdentifierRef#OMITTED} (absent) means the ID Placeholder
 * @param attribute the attribute to add
 */
public record AddAttributeRequest(
        UniqueIdentifierRef uniqueIdentifier,
        Attribute attribute) implements RequestPayload {

    public AddAttributeRequest {
        uniqueIdentifier = uniqueIdentifier == null ? UniqueIdentifierRef.OMITTED : uniqueIdentifier;
        Objects.requireNonNull(attribute, "attribute");
    }

    @Override
    public Operation operation() {
        return Operation.ADD_ATTRIBUTE;
    }
}

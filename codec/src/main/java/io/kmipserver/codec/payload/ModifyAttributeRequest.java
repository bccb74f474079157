package io.kmipserver.codec.payload;

import io.kmipserver.codec.attribute.Attribute;
import io.kmipserver.codec.spec.Operation;
import java.util.Objects;

/**
 * Modify Attribute request. 1.x: one Attribute whose Attribute Index picks the instance (absent means 0). 2.x: an optional Current Attribute (the instance to change) and the New Attribute.
 *
 * <p>KMIP 1.4 §4.15 Table 202, 2.1 §6.1.34 Table 265.
 *
 * @param uniqueIdentifier the object; {@link UniqueIdentifierRef#OMITTED} (absent) means the ID Placeholder
 * @param currentAttribute 2.x Current Attribute, or {@code null}
 * @param newAttribute the new value (1.x: the Attribute)
 */
public record ModifyAttributeRequest(
        UniqueIdentifierRef uniqueIdentifier,
        Attribute currentAttribute,
        Attribute newAttribute) implements RequestPayload {

    public ModifyAttributeRequest {
        uniqueIdentifier = uniqueIdentifier == null ? UniqueIdentifierRef.OMITTED : uniqueIdentifier;
        Objects.requireNonNull(newAttribute, "newAttribute");
    }

    @Override
    public Operation operation() {
        return Operation.MODIFY_ATTRIBUTE;
    }
}

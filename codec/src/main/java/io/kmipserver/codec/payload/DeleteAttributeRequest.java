package io.kmipserver.codec.payload;

import io.kmipserver.codec.attribute.Attribute;
import io.kmipserver.codec.attribute.AttributeKey;
import io.kmipserver.codec.spec.Operation;

/**
 * Delete Attribute request. 1.x: Attribute Name + optional Attribute Index. 2.x: Current Attribute (a given instance) or Attribute Reference (all instances).
 *
 * <p>KMIP 1.4 §4.16 Table 204, 2.1 §6.1.13 Table 202.
 *
 * @param uniqueIdentifier the object; {@link UniqueIdentifierRef#OMITTED} (absent) means the ID Placeholder
 * @param attributeKey 1.x Attribute Name or 2.x Attribute Reference, or {@code null} when a Current Attribute is given
 * @param attributeIndex 1.x Attribute Index, or {@code null} (meaning 0)
 * @param currentAttribute 2.x Current Attribute, or {@code null}
 */
public record DeleteAttributeRequest(
        UniqueIdentifierRef uniqueIdentifier,
        AttributeKey attributeKey,
        Integer attributeIndex,
        Attribute currentAttribute) implements RequestPayload {

    public DeleteAttributeRequest {
        uniqueIdentifier = uniqueIdentifier == null ? UniqueIdentifierRef.OMITTED : uniqueIdentifier;
        if (attributeKey == null && currentAttribute == null) {
            throw new IllegalArgumentException("an attribute key or a current attribute is required");
        }
    }

    @Override
    public Operation operation() {
        return Operation.DELETE_ATTRIBUTE;
    }

    /** The attribute meant, from whichever field is present. */
    public AttributeKey key() {
        return attributeKey != null ? attributeKey : currentAttribute.key();
    }
}

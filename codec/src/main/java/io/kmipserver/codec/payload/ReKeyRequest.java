package io.kmipserver.codec.payload;

import io.kmipserver.codec.attribute.Attributes;
import io.kmipserver.codec.attribute.Name;
import io.kmipserver.codec.spec.Operation;
import io.kmipserver.codec.ttlv.TtlvItem;
import java.util.List;

/**
 * Re-key request: a replacement for an existing symmetric key.
 *
 * <p>KMIP 1.4 §4.4 Table 174, 2.1 §6.1.46 Table 305.
 *
 * @param uniqueIdentifier the object; {@link UniqueIdentifierRef#OMITTED} (absent) means the ID Placeholder
 * @param offset Offset (Interval, seconds) between Initial and Activation Date of the replacement, or {@code null}
 * @param attributes the attributes (1.x Template-Attribute, 2.x Attributes)
 * @param templateNames 1.x only: names of Template objects to apply (Template-Attribute Name, deprecated since 1.3); empty when none
 * @param protectionStorageMasks Protection Storage Masks (2.x), kept as its item tree, or {@code null}
 */
public record ReKeyRequest(
        UniqueIdentifierRef uniqueIdentifier,
        Long offset,
        Attributes attributes,
        List<Name> templateNames,
        TtlvItem protectionStorageMasks) implements RequestPayload {

    public ReKeyRequest {
        uniqueIdentifier = uniqueIdentifier == null ? UniqueIdentifierRef.OMITTED : uniqueIdentifier;
        attributes = attributes == null ? Attributes.EMPTY : attributes;
        templateNames = templateNames == null ? List.of() : List.copyOf(templateNames);
    }

    @Override
    public Operation operation() {
        return Operation.RE_KEY;
    }
}

package io.kmipserver.codec.payload;

import io.kmipserver.codec.attribute.Attributes;
import io.kmipserver.codec.attribute.Name;
import io.kmipserver.codec.spec.ObjectType;
import io.kmipserver.codec.spec.Operation;
import io.kmipserver.codec.ttlv.TtlvItem;
import java.util.List;
import java.util.Objects;

/**
 * Create request: a new symmetric key (or other object type) with the given attributes.
 *
 * <p>KMIP 1.4 §4.1 Table 163, 2.1 §6.1.8 Table 186.
 *
 * @param objectType the type of object to create
 * @param attributes the attributes (1.x Template-Attribute, 2.x Attributes)
 * @param templateNames 1.x only: names of Template objects to apply (Template-Attribute Name, deprecated since 1.3); empty when none
 * @param protectionStorageMasks Protection Storage Masks (2.x), kept as its item tree, or {@code null}
 */
public record CreateRequest(
        ObjectType objectType,
        Attributes attributes,
        List<Name> templateNames,
        TtlvItem protectionStorageMasks) implements RequestPayload {

    public CreateRequest {
        Objects.requireNonNull(objectType, "objectType");
        attributes = attributes == null ? Attributes.EMPTY : attributes;
        templateNames = templateNames == null ? List.of() : List.copyOf(templateNames);
    }

    @Override
    public Operation operation() {
        return Operation.CREATE;
    }
}

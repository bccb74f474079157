package io.kmipserver.codec.payload;

import io.kmipserver.codec.attribute.Attributes;
import io.kmipserver.codec.attribute.Name;
import io.kmipserver.codec.object.ManagedObject;
import io.kmipserver.codec.spec.ObjectType;
import io.kmipserver.codec.spec.Operation;
import io.kmipserver.codec.ttlv.TtlvItem;
import java.util.List;
import java.util.Objects;

/**
 * Register request: an object made elsewhere, for the server to manage.
 *
 * <p>KMIP 1.4 §4.3 Table 169, 2.1 §6.1.43 Table 291.
 *
 * @param objectType the type of the object
 * @param attributes the attributes (1.x Template-Attribute, 2.x Attributes)
 * @param templateNames 1.x only: names of Template objects to apply (Template-Attribute Name, deprecated since 1.3); empty when none
 * @param object the object
 * @param protectionStorageMasks Protection Storage Masks (2.x), kept as its item tree, or {@code null}
 */
public record RegisterRequest(
        ObjectType objectType,
        Attributes attributes,
        List<Name> templateNames,
        ManagedObject object,
        TtlvItem protectionStorageMasks) implements RequestPayload {

    public RegisterRequest {
        Objects.requireNonNull(objectType, "objectType");
        attributes = attributes == null ? Attributes.EMPTY : attributes;
        templateNames = templateNames == null ? List.of() : List.copyOf(templateNames);
        Objects.requireNonNull(object, "object");
    }

    @Override
    public Operation operation() {
        return Operation.REGISTER;
    }
}

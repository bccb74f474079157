package io.kmipserver.codec.object;

import io.kmipserver.codec.attribute.Attributes;
import io.kmipserver.codec.spec.ObjectType;
import java.util.Objects;

/**
 * Template (KMIP 1.4 §2.2.6 Table 50; 1.x only, deprecated since 1.3): a named set of attributes a
 * client registers for later Create requests to reference. Kept typed so that a server can read
 * and refuse it knowingly; 2.x has no templates.
 */
public record Template(Attributes attributes) implements ManagedObject {

    public Template {
        Objects.requireNonNull(attributes, "attributes");
    }

    @Override
    public ObjectType objectType() {
        return ObjectType.TEMPLATE;
    }
}

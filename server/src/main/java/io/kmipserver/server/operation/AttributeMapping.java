package io.kmipserver.server.operation;

import io.kmipserver.codec.attribute.Attribute;
import io.kmipserver.codec.attribute.AttributeKey;
import io.kmipserver.codec.spec.KmipVersion;
import io.kmipserver.codec.spec.TagDefinition;
import io.kmipserver.codec.spec.TagRegistry;
import io.kmipserver.server.store.AttributeValue;
import io.kmipserver.server.store.StoredAttribute;

/**
 * Between the codec's attribute model (one for 1.x and 2.x, KMIP 2.1 §5.1 tagged values) and the
 * store's rows. Both name an attribute by tag or by Vendor Identification + Attribute Name (a 1.x
 * custom attribute {@code x-foo} is vendor {@code x}), and both keep a vendor attribute's value
 * tagged Attribute Value, so the mapping is one to one.
 */
public final class AttributeMapping {

    private AttributeMapping() {
    }

    public static io.kmipserver.server.store.AttributeKey toStore(AttributeKey key) {
        if (key instanceof AttributeKey.Vendor v) {
            return io.kmipserver.server.store.AttributeKey.vendor(v.vendorIdentification(), v.attributeName());
        }
        return io.kmipserver.server.store.AttributeKey.standard(((AttributeKey.Standard) key).tag());
    }

    public static AttributeKey toCodec(io.kmipserver.server.store.AttributeKey key) {
        return key.isVendor() ? AttributeKey.vendor(key.vendorIdentification(), key.attributeName())
                : AttributeKey.of(key.tag());
    }

    public static AttributeValue toStore(Attribute attribute) {
        return new AttributeValue(toStore(attribute.key()), attribute.value());
    }

    /**
     * The stored instance as a wire attribute. In 1.x a non-zero Attribute Index is carried (KMIP 1.4
     * §2.1.1: "MAY be omitted if the index ... is 0"); 2.x has no indices.
     */
    public static Attribute toCodec(StoredAttribute stored, KmipVersion version) {
        Integer index = !version.is2x() && stored.index() > 0 ? stored.index() : null;
        return new Attribute(toCodec(stored.key()), index, stored.value());
    }

    /** A human name of the attribute for messages and audit records: the 1.x name, or the vendor form. */
    public static String nameOf(AttributeKey key) {
        return key.toString();
    }

    /**
     * The attribute's key in an audit event's {@code requestData}: camelCase like every other key
     * there ({@code cryptographicUsageMask}, from the spec's XML name), so that SIEM field names do
     * not depend on which operation recorded them; a vendor or custom attribute keeps its own name
     * ({@code x-owner}), which clients choose and operators search for as it is.
     */
    public static String auditKeyOf(AttributeKey key) {
        if (key instanceof AttributeKey.Standard standard) {
            TagDefinition definition = TagRegistry.byNumber(standard.tag());
            if (definition != null) {
                String xml = definition.xmlName();
                return Character.toLowerCase(xml.charAt(0)) + xml.substring(1);
            }
        }
        return key.toString();
    }
}

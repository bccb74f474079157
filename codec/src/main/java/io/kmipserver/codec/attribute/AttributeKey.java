package io.kmipserver.codec.attribute;

import io.kmipserver.codec.spec.AttributeDefinition;
import io.kmipserver.codec.spec.AttributeNames;
import io.kmipserver.codec.spec.KmipVersion;
import io.kmipserver.codec.spec.TagRegistry;
import java.util.Objects;

/**
 * Which attribute: a standard one, named by its tag, or a vendor (custom) one, named by Vendor
 * Identification and Attribute Name. One key serves both protocol generations:
 * <ul>
 *   <li>1.x names an attribute by its Attribute Name text (KMIP 1.4 §2.1.1); a standard name such as
 *       {@code "Cryptographic Algorithm"} maps to {@link Standard} with its tag, a custom name
 *       {@code x-Purpose} / {@code y-Purpose} (KMIP 1.4 §3.39) to {@link Vendor} {@code ("x",
 *       "Purpose")} / {@code ("y", "Purpose")};</li>
 *   <li>2.x names it by Attribute Reference (KMIP 2.1 §5.5): an Enumeration holding the tag, or a
 *       Structure of Vendor Identification + Attribute Name. Vendor Identifications "x" and "y" are
 *       reserved for the 1.x custom attributes (KMIP 2.1 §4.60), which is how the two map.</li>
 * </ul>
 * Also used on its own wherever a request names an attribute without a value (Get Attributes,
 * Delete Attribute, Get Attribute List).
 */
public sealed interface AttributeKey {

    /** An attribute the spec defines, e.g. Cryptographic Algorithm (tag 0x420028). */
    record Standard(int tag) implements AttributeKey {
        @Override
        public String toString() {
            String name = AttributeNames.nameOf(tag);
            return name != null ? name : TagRegistry.describe(tag);
        }
    }

    /**
     * A vendor attribute (KMIP 2.1 §4.60) or, with vendor "x" (client) or "y" (server), a 1.x custom
     * attribute.
     */
    record Vendor(String vendorIdentification, String attributeName) implements AttributeKey {
        public Vendor {
            Objects.requireNonNull(vendorIdentification, "vendorIdentification");
            Objects.requireNonNull(attributeName, "attributeName");
        }

        /** True for the vendors "x" and "y" that stand for 1.x custom attributes. */
        public boolean isCustom1x() {
            return vendorIdentification.equals("x") || vendorIdentification.equals("y");
        }

        @Override
        public String toString() {
            return vendorIdentification + "-" + attributeName;
        }
    }

    /** The key of a standard attribute. */
    static AttributeKey of(int tag) {
        return new Standard(tag);
    }

    /** The key of a vendor attribute. */
    static AttributeKey vendor(String vendorIdentification, String attributeName) {
        return new Vendor(vendorIdentification, attributeName);
    }

    /**
     * The key for a 1.x Attribute Name text, or {@code null} when the name is neither a standard
     * attribute nor a custom {@code x-}/{@code y-} name. Does not check the version: see
     * {@link #knownIn(KmipVersion)}.
     */
    static AttributeKey fromName1x(String name) {
        AttributeDefinition d = AttributeNames.byName(name);
        if (d != null && d.hasTag()) {
            return new Standard(d.tag());
        }
        if (AttributeNames.isCustomName(name)) {
            return new Vendor(name.substring(0, 1), name.substring(2));
        }
        return null;
    }

    /**
     * The 1.x Attribute Name text of this key, or {@code null} when 1.x cannot name it: a standard
     * attribute 1.x does not have, or a vendor other than "x"/"y".
     */
    default String name1x() {
        if (this instanceof Standard s) {
            AttributeDefinition d = AttributeNames.byTag(s.tag());
            return d == null || d.versions1x().isEmpty() ? null : d.name();
        }
        Vendor v = (Vendor) this;
        return v.isCustom1x() ? v.vendorIdentification() + "-" + v.attributeName() : null;
    }

    /**
     * True when a message of {@code version} can carry this attribute. A 1.0 client must never be
     * sent an attribute its version does not define; encoders drop those.
     */
    default boolean knownIn(KmipVersion version) {
        if (this instanceof Standard s) {
            AttributeDefinition d = AttributeNames.byTag(s.tag());
            return d != null && d.knownIn(version);
        }
        return version.is2x() || ((Vendor) this).isCustom1x();
    }
}

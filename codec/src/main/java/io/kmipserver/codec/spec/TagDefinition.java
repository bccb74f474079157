package io.kmipserver.codec.spec;

import io.kmipserver.codec.ttlv.ItemType;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One row of the KMIP tag table (KMIP 1.4 §9.1.3.1, 2.1 §11.56) with the item type(s) the spec
 * gives the tag.
 *
 * @param tag the tag number: 0x42XXXX for the spec's tags (0x54XXXX would be an extension)
 * @param name the spec name, e.g. {@code "Unique Identifier"}
 * @param type the type the spec prints for the tag; for a tag that may take several types, the
 *     first one listed (e.g. Byte String for Key Material). {@code null} when the spec says the
 *     type "Varies" (Attribute Value, Credential Value, Custom Attribute, Adjustment Value): check
 *     {@link #typeVaries()} before using it
 * @param firstVersion the first version whose tag table lists the tag
 * @param lastVersion the last version before the tag became "(Reserved)", or {@code null} when the
 *     tag is still defined in 2.1
 * @param xmlName the CamelCase name of the XML/JSON encodings, e.g. {@code "UniqueIdentifier"}
 * @param allowedTypes every type the tag may take in some version: {@code type} alone for most
 *     tags, two or three for Key Material, Key Value, Time Stamp, Attribute Reference, Unique
 *     Identifier, Linked Object Identifier and Data, all types where the type varies. The set is
 *     the union over versions: e.g. the Enumeration form of Unique Identifier exists only in 2.x.
 */
public record TagDefinition(
        int tag,
        String name,
        ItemType type,
        KmipVersion firstVersion,
        KmipVersion lastVersion,
        String xmlName,
        Set<ItemType> allowedTypes) {

    public TagDefinition {
        Objects.requireNonNull(name, "name");
        if (tag >>> 16 != TagRegistry.SPEC_TAG_PREFIX && tag >>> 16 != TagRegistry.EXTENSION_TAG_PREFIX) {
            throw new IllegalArgumentException("tag of " + name + " is neither 0x42XXXX nor 0x54XXXX");
        }
        Objects.requireNonNull(firstVersion, "firstVersion");
        Objects.requireNonNull(xmlName, "xmlName");
        if (allowedTypes.isEmpty()) {
            throw new IllegalArgumentException("no allowed type for tag " + name);
        }
        if (type != null && !allowedTypes.contains(type)) {
            throw new IllegalArgumentException("type of " + name + " is not among its allowed types");
        }
        if (lastVersion != null && lastVersion.compareTo(firstVersion) < 0) {
            throw new IllegalArgumentException("last version of " + name + " precedes its first");
        }
        allowedTypes = Collections.unmodifiableSet(EnumSet.copyOf(allowedTypes));
    }

    /** True when the spec lists the tag in the tag table of {@code version}. */
    public boolean knownIn(KmipVersion version) {
        return version.compareTo(firstVersion) >= 0
                && (lastVersion == null || version.compareTo(lastVersion) <= 0);
    }

    /** True when the spec gives no fixed type ("Varies, depending on ..."). */
    public boolean typeVaries() {
        return type == null;
    }

    /** True when an item with this tag may have type {@code itemType} in some version. */
    public boolean allows(ItemType itemType) {
        return allowedTypes.contains(itemType);
    }

    /** True when the tag may take more than one type. */
    public boolean hasSeveralTypes() {
        return allowedTypes.size() > 1;
    }
}

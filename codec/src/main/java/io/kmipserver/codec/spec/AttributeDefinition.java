package io.kmipserver.codec.spec;

import io.kmipserver.codec.ttlv.ItemType;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One KMIP attribute: the text a 1.x client puts in Attribute Name (KMIP 1.4 §2.1.1, §3), the tag
 * that carries its value, and the versions that know it.
 *
 * @param name the 1.x Attribute Name text, e.g. {@code "Cryptographic Algorithm"}; for attributes
 *     that exist only in 2.x, the name of their 2.x section
 * @param tag the tag of the value (Attribute Value in 1.x, the attribute's own tag in 2.x), or
 *     {@link #NO_TAG} for the two 2.x attributes that have none: Certificate Attributes (a group of
 *     certificate fields, each with its own row) and Vendor Attribute
 * @param type the item type of the value; {@code null} when it varies (Custom Attribute) or when
 *     there is no tag
 * @param versions1x the 1.x versions whose §3 lists the attribute (empty for 2.x-only attributes)
 * @param versions2x the 2.x versions whose §4 lists the attribute (empty for the 1.x attributes
 *     2.0 reserved)
 * @param specSections the sections that define it in each version, e.g. "1.4 §3.4; 2.1 §4.13"
 * @param notes deprecation and removal notes, empty when none
 * @param fromTestCases true for the certificate fields (Certificate Subject CN …, tags
 *     0x420108–0x42011F): 1.4 §3 does not list them, but the 1.4 test cases TC-CERTATTR-1-14 and
 *     TC-ECC-3-14 send them as Attribute Names, and 2.x lists them in §4.6
 */
public record AttributeDefinition(
        String name,
        int tag,
        ItemType type,
        Set<KmipVersion> versions1x,
        Set<KmipVersion> versions2x,
        String specSections,
        String notes,
        boolean fromTestCases) {

    /** The {@link #tag()} of an attribute without a tag of its own. */
    public static final int NO_TAG = 0;

    public AttributeDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(specSections, "specSections");
        Objects.requireNonNull(notes, "notes");
        versions1x = copy(versions1x);
        versions2x = copy(versions2x);
        for (KmipVersion v : versions1x) {
            if (v.is2x()) {
                throw new IllegalArgumentException(name + ": " + v.label() + " is not a 1.x version");
            }
        }
        for (KmipVersion v : versions2x) {
            if (!v.is2x()) {
                throw new IllegalArgumentException(name + ": " + v.label() + " is not a 2.x version");
            }
        }
    }

    private static Set<KmipVersion> copy(Set<KmipVersion> versions) {
        EnumSet<KmipVersion> set = EnumSet.noneOf(KmipVersion.class);
        set.addAll(versions);
        return Collections.unmodifiableSet(set);
    }

    /** True when the attribute exists in {@code version} (as a 1.x name or a 2.x tagged attribute). */
    public boolean knownIn(KmipVersion version) {
        return versions1x.contains(version) || versions2x.contains(version);
    }

    /** True unless this is Certificate Attributes or Vendor Attribute, which have no tag. */
    public boolean hasTag() {
        return tag != NO_TAG;
    }

    /** The first version that knows the attribute. */
    public KmipVersion firstVersion() {
        for (KmipVersion v : KmipVersion.values()) {
            if (knownIn(v)) {
                return v;
            }
        }
        throw new IllegalStateException(name + " is known in no version");
    }

    /** The last version that knows the attribute, or {@code null} when 2.1 still does. */
    public KmipVersion lastVersion() {
        KmipVersion[] all = KmipVersion.values();
        for (int i = all.length - 1; i >= 0; i--) {
            if (knownIn(all[i])) {
                return i == all.length - 1 ? null : all[i];
            }
        }
        throw new IllegalStateException(name + " is known in no version");
    }
}

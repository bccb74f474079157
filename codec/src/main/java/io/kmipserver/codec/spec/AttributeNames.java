package io.kmipserver.codec.spec;

import java.util.List;
import java.util.Map;

/**
 * The KMIP attributes, by their 1.x Attribute Name text and by tag. A 1.x decoder meets
 * {@code Attribute Name = "Cryptographic Algorithm"} and needs the tag and type of the Attribute
 * Value that follows (KMIP 1.4 §2.1.1); a 1.x encoder turns a stored attribute back into its name.
 * Generated from {@code codec/src/spec/enums/attribute-name-1x.csv} plus the certificate-field
 * names the 1.4 test cases use (see {@link AttributeDefinition#fromTestCases()}).
 *
 * <p>{@link #byName(String)}, {@link #byTag(int)} and {@link #nameOf(int)} do not allocate.
 * Immutable after class initialisation; safe from any thread.
 */
public final class AttributeNames {

    private static final AttributeDefinition[] ROWS = AttributeNameTable.definitions();
    private static final List<AttributeDefinition> ALL = List.of(ROWS);
    private static final Map<String, AttributeDefinition> BY_NAME =
            SpecSupport.indexByName(ROWS, AttributeDefinition::name);
    private static final AttributeDefinition[] BY_TAG =
            SpecSupport.indexByTag(ROWS, AttributeDefinition::tag, AttributeDefinition[]::new);
    private static final List<List<AttributeDefinition>> BY_VERSION =
            SpecSupport.byVersion(ROWS, AttributeDefinition::knownIn);

    private AttributeNames() {
    }

    /**
     * The attribute whose name is exactly {@code name} (names are case-sensitive), or {@code null}.
     * Custom attribute names ({@code x-…}, {@code y-…}) are not in the table: see
     * {@link #isCustomName(String)}.
     */
    public static AttributeDefinition byName(String name) {
        return name == null ? null : BY_NAME.get(name);
    }

    /** The attribute whose value has tag {@code tag}, or {@code null} when the tag is no attribute. */
    public static AttributeDefinition byTag(int tag) {
        return SpecSupport.byTag(BY_TAG, tag);
    }

    /** The 1.x Attribute Name for {@code tag}, or {@code null} when the tag is no attribute. */
    public static String nameOf(int tag) {
        AttributeDefinition d = byTag(tag);
        return d == null ? null : d.name();
    }

    /**
     * True for the name of a 1.x custom attribute: {@code x-} for client-defined and {@code y-} for
     * server-defined ones (KMIP 1.4 §3.39). A server must refuse a client that creates or modifies
     * a {@code y-} attribute.
     */
    public static boolean isCustomName(String name) {
        return name != null && name.length() > 2 && name.charAt(1) == '-'
                && (name.charAt(0) == 'x' || name.charAt(0) == 'y');
    }

    /** Every attribute: the rows of attribute-name-1x.csv in order, then the certificate fields. */
    public static List<AttributeDefinition> all() {
        return ALL;
    }

    /** The attributes {@code version} knows, in the order of {@link #all()}. */
    public static List<AttributeDefinition> knownIn(KmipVersion version) {
        return BY_VERSION.get(version.ordinal());
    }
}

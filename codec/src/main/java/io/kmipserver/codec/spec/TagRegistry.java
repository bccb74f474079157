package io.kmipserver.codec.spec;

import java.util.List;
import java.util.Map;

/**
 * Every tag KMIP 1.0–2.1 defines, looked up by number, spec name or XML name. The constants are in
 * {@link Tag}; the rows come from the generated table of {@code codec/src/spec/tags.csv}.
 *
 * <p>{@link #byNumber(int)} and {@link #nameOf(int)} index an array and never allocate: they sit on
 * the path of every decode error and log line. Immutable after class initialisation; safe from any
 * thread.
 */
public final class TagRegistry {

    /** The prefix byte of the tags the spec defines, 0x42XXXX (KMIP 1.4 §9.1.3.1). */
    public static final int SPEC_TAG_PREFIX = 0x42;
    /** The prefix byte of extension tags, 0x54XXXX (KMIP 1.4 §9.1.3.1, 2.1 §11.56). */
    public static final int EXTENSION_TAG_PREFIX = 0x54;

    private static final TagDefinition[] ROWS = TagTable.definitions();
    private static final List<TagDefinition> ALL = List.of(ROWS);
    private static final TagDefinition[] BY_TAG =
            SpecSupport.indexByTag(ROWS, TagDefinition::tag, TagDefinition[]::new);
    private static final Map<String, TagDefinition> BY_NAME =
            SpecSupport.indexByName(ROWS, TagDefinition::name);
    private static final Map<String, TagDefinition> BY_XML_NAME =
            SpecSupport.indexByName(ROWS, TagDefinition::xmlName);
    private static final List<List<TagDefinition>> BY_VERSION =
            SpecSupport.byVersion(ROWS, TagDefinition::knownIn);

    private TagRegistry() {
    }

    /** The definition of {@code tag}, or {@code null} for an extension or undefined tag. */
    public static TagDefinition byNumber(int tag) {
        return SpecSupport.byTag(BY_TAG, tag);
    }

    /** The spec name of {@code tag}, or {@code null} when the spec defines no such tag. */
    public static String nameOf(int tag) {
        TagDefinition d = byNumber(tag);
        return d == null ? null : d.name();
    }

    /** The definition whose spec name is exactly {@code name}, e.g. "Template-Attribute". */
    public static TagDefinition byName(String name) {
        return name == null ? null : BY_NAME.get(name);
    }

    /** The definition whose XML/JSON name is exactly {@code xmlName}, e.g. "TemplateAttribute". */
    public static TagDefinition byXmlName(String xmlName) {
        return xmlName == null ? null : BY_XML_NAME.get(xmlName);
    }

    /** Every definition, ordered by tag number. */
    public static List<TagDefinition> all() {
        return ALL;
    }

    /** The definitions the tag table of {@code version} lists, ordered by tag number. */
    public static List<TagDefinition> knownIn(KmipVersion version) {
        return BY_VERSION.get(version.ordinal());
    }

    /** True when {@code tag} is in the extension range 0x54XXXX. */
    public static boolean isExtension(int tag) {
        return tag >>> 16 == EXTENSION_TAG_PREFIX;
    }

    /**
     * A readable label for messages, e.g. {@code "Unique Identifier (0x420094)"} or
     * {@code "0x540001"} for a tag the spec does not define. Allocates; not for hot loops.
     */
    public static String describe(int tag) {
        String hex = String.format("0x%06X", tag & 0xFFFFFF);
        String name = nameOf(tag);
        return name == null ? hex : name + " (" + hex + ")";
    }
}

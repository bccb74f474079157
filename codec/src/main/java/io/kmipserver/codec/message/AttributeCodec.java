package io.kmipserver.codec.message;

import io.kmipserver.codec.attribute.Attribute;
import io.kmipserver.codec.attribute.AttributeKey;
import io.kmipserver.codec.attribute.Attributes;
import io.kmipserver.codec.attribute.CryptographicParameters;
import io.kmipserver.codec.attribute.Digest;
import io.kmipserver.codec.attribute.Link;
import io.kmipserver.codec.attribute.Name;
import io.kmipserver.codec.attribute.RevocationReason;
import io.kmipserver.codec.attribute.TtlvItems;
import io.kmipserver.codec.spec.AttributeDefinition;
import io.kmipserver.codec.spec.AttributeNames;
import io.kmipserver.codec.spec.KmipEnums;
import io.kmipserver.codec.spec.Tag;
import io.kmipserver.codec.spec.TagDefinition;
import io.kmipserver.codec.spec.TagRegistry;
import io.kmipserver.codec.ttlv.ItemType;
import io.kmipserver.codec.ttlv.TtlvDecodeException.Problem;
import io.kmipserver.codec.ttlv.TtlvItem;
import java.util.ArrayList;
import java.util.List;

/**
 * The one place attributes meet the wire, for both generations.
 *
 * <p>1.x (KMIP 1.4 §2.1.1 Table 2, §2.1.8 Table 29): Attribute {Attribute Name text, Attribute
 * Index, Attribute Value}; Template-Attribute {Name*, Attribute*}; attributes named by Attribute
 * Name text. A standard name maps to its tag and the value is retagged to it; {@code x-…} /
 * {@code y-…} names map to vendor "x" / "y".
 *
 * <p>2.x (KMIP 2.1 §5): Attributes {any attribute under its own tag; vendor attributes as Attribute
 * {Vendor Identification, Attribute Name, Attribute Value}}; Attribute Reference (Enumeration of the
 * tag, or Structure {Vendor Identification, Attribute Name}); Current / New Attribute wrapping
 * exactly one attribute.
 *
 * <p>Decoding refuses what the message's version does not define (Invalid Field in strict mode,
 * dropped in lenient mode) and values of the wrong type or shape; encoding leaves out what the
 * target version does not define ({@link Attributes#knownIn}).
 */
final class AttributeCodec {

    private AttributeCodec() {
    }

    /** Template names and attributes of a 1.x Template-Attribute; 2.x has only the attributes. */
    record TemplateAttribute(List<Name> templateNames, Attributes attributes) {
        static final TemplateAttribute EMPTY = new TemplateAttribute(List.of(), Attributes.EMPTY);
    }

    // ---- the attribute set of a payload, by version

    /**
     * A required attribute set: 1.x {@code tag1x} (a Template-Attribute), 2.x {@code tag2x} (an
     * Attributes structure).
     */
    static TemplateAttribute readSet(FieldReader r, int tag1x, int tag2x) {
        if (r.is2x()) {
            return new TemplateAttribute(List.of(), readAttributes(r, tag2x));
        }
        return readTemplateAttribute(r, tag1x);
    }

    /** An optional attribute set; {@link TemplateAttribute#EMPTY} when absent. */
    static TemplateAttribute readOptSet(FieldReader r, int tag1x, int tag2x) {
        return r.at(r.is2x() ? tag2x : tag1x) ? readSet(r, tag1x, tag2x) : TemplateAttribute.EMPTY;
    }

    static void writeSet(FieldWriter w, int tag1x, int tag2x, List<Name> templateNames, Attributes attributes) {
        if (w.is2x()) {
            writeAttributes(w, tag2x, attributes);
        } else {
            writeTemplateAttribute(w, tag1x, templateNames, attributes);
        }
    }

    /** Writes the set only when it holds something. */
    static void writeOptSet(FieldWriter w, int tag1x, int tag2x, List<Name> templateNames, Attributes attributes) {
        if (!templateNames.isEmpty() || !attributes.knownIn(w.version).isEmpty()) {
            writeSet(w, tag1x, tag2x, templateNames, attributes);
        }
    }

    // ---- 1.x

    static TemplateAttribute readTemplateAttribute(FieldReader r, int tag) {
        r.enter(tag);
        List<Name> names = List.of();
        while (r.at(Tag.NAME)) {
            if (names.isEmpty()) {
                names = new ArrayList<>(1);
            }
            names.add(r.typed(Tag.NAME, Name::fromItem));
        }
        Attributes attributes = readList1x(r);
        r.exit();
        return new TemplateAttribute(names, attributes);
    }

    static void writeTemplateAttribute(FieldWriter w, int tag, List<Name> templateNames, Attributes attributes) {
        w.begin(tag);
        for (Name n : templateNames) {
            w.raw(n.toItem());
        }
        writeList1x(w, attributes);
        w.end();
    }

    /** Repeated 1.x Attribute structures directly in the current structure. */
    static Attributes readList1x(FieldReader r) {
        List<Attribute> list = null;
        while (r.at(Tag.ATTRIBUTE)) {
            Attribute a = read1x(r);
            if (a != null) {
                if (list == null) {
                    list = new ArrayList<>();
                }
                list.add(a);
            }
        }
        return list == null ? Attributes.EMPTY : Attributes.of(list);
    }

    static void writeList1x(FieldWriter w, Attributes attributes) {
        for (Attribute a : attributes.knownIn(w.version)) {
            write1x(w, a);
        }
    }

    /** One 1.x Attribute; {@code null} when lenient mode drops an unknown name. */
    static Attribute read1x(FieldReader r) {
        r.enter(Tag.ATTRIBUTE);
        String name = r.text(Tag.ATTRIBUTE_NAME);
        Integer index = r.optInteger(Tag.ATTRIBUTE_INDEX);
        TtlvItem value = r.vendorItem(Tag.ATTRIBUTE_VALUE);
        r.exit();
        AttributeKey key = key1x(r, name);
        if (key == null) {
            return null;
        }
        if (key instanceof AttributeKey.Standard s) {
            value = checkedValue(r, s.tag(), TtlvItems.withTag(value, s.tag()));
        }
        return new Attribute(key, index, value);
    }

    static void write1x(FieldWriter w, Attribute a) {
        String name = a.key().name1x();
        if (name == null) {
            throw new IllegalArgumentException(a.key() + " has no KMIP 1.x Attribute Name");
        }
        w.begin(Tag.ATTRIBUTE);
        w.text(Tag.ATTRIBUTE_NAME, name);
        w.integer(Tag.ATTRIBUTE_INDEX, a.index());
        w.raw(TtlvItems.withTag(a.value(), Tag.ATTRIBUTE_VALUE));
        w.end();
    }

    /** A 1.x Attribute Name text field as a key; {@code null} when lenient mode drops it. */
    static AttributeKey readName1x(FieldReader r) {
        return key1x(r, r.text(Tag.ATTRIBUTE_NAME));
    }

    /** Repeated 1.x Attribute Name fields. */
    static List<AttributeKey> readNames1x(FieldReader r) {
        List<AttributeKey> keys = new ArrayList<>();
        while (r.at(Tag.ATTRIBUTE_NAME)) {
            AttributeKey k = readName1x(r);
            if (k != null) {
                keys.add(k);
            }
        }
        return keys;
    }

    static void writeName1x(FieldWriter w, AttributeKey key) {
        String name = key.name1x();
        if (name != null && key.knownIn(w.version)) {
            w.text(Tag.ATTRIBUTE_NAME, name);
        }
    }

    private static AttributeKey key1x(FieldReader r, String name) {
        AttributeKey key = AttributeKey.fromName1x(name);
        if (key != null && key.knownIn(r.version)) {
            return key;
        }
        if (r.strict) {
            throw r.invalid(Tag.ATTRIBUTE_NAME, "Attribute Name not defined in KMIP " + r.version.label());
        }
        return null;
    }

    // ---- 2.x

    /** An Attributes-like structure ({@code tag}: Attributes, Common / Private Key / Public Key Attributes). */
    static Attributes readAttributes(FieldReader r, int tag) {
        r.enter(tag);
        List<Attribute> list = null;
        for (int next = r.peek(); next >= 0; next = r.peek()) {
            if (list == null) {
                list = new ArrayList<>();
            }
            list.add(readOne2x(r, next));
        }
        r.exit();
        return list == null ? Attributes.EMPTY : Attributes.of(list);
    }

    static void writeAttributes(FieldWriter w, int tag, Attributes attributes) {
        w.begin(tag);
        for (Attribute a : attributes.knownIn(w.version)) {
            writeOne2x(w, a);
        }
        w.end();
    }

    /** Current Attribute / New Attribute: exactly one attribute (KMIP 2.1 §5.6, §5.7). */
    static Attribute readWrapped(FieldReader r, int tag) {
        r.enter(tag);
        int next = r.peek();
        if (next < 0) {
            throw r.in.fail(Problem.MISSING_FIELD, tag, TagRegistry.describe(tag) + " holds no attribute");
        }
        Attribute a = readOne2x(r, next);
        r.exit();
        return a;
    }

    static void writeWrapped(FieldWriter w, int tag, Attribute a) {
        if (!a.knownIn(w.version)) {
            throw new IllegalArgumentException(a.key() + " does not exist in KMIP " + w.version.label());
        }
        w.begin(tag);
        writeOne2x(w, Attributes.of(a).knownIn(w.version).asList().get(0));
        w.end();
    }

    private static Attribute readOne2x(FieldReader r, int tag) {
        if (tag == Tag.ATTRIBUTE) {
            r.in.enterStructure(Tag.ATTRIBUTE);
            String vendor = r.text(Tag.VENDOR_IDENTIFICATION);
            String name = r.text(Tag.ATTRIBUTE_NAME);
            TtlvItem value = r.vendorItem(Tag.ATTRIBUTE_VALUE);
            r.exit();
            return new Attribute(new AttributeKey.Vendor(vendor, name), null, value);
        }
        AttributeDefinition d = AttributeNames.byTag(tag);
        if (d == null || !d.knownIn(r.version)) {
            throw r.in.fail(Problem.UNEXPECTED_TAG, tag, "not an attribute in KMIP " + r.version.label());
        }
        TtlvItem value = r.in.readItem();
        return new Attribute(new AttributeKey.Standard(tag), null, checkedValue(r, tag, value));
    }

    private static void writeOne2x(FieldWriter w, Attribute a) {
        if (a.key() instanceof AttributeKey.Vendor v) {
            w.begin(Tag.ATTRIBUTE);
            w.text(Tag.VENDOR_IDENTIFICATION, v.vendorIdentification());
            w.text(Tag.ATTRIBUTE_NAME, v.attributeName());
            w.raw(a.value());
            w.end();
        } else {
            w.raw(a.value());
        }
    }

    /** A 2.x Attribute Reference (KMIP 2.1 §5.5 Table 161); {@code null} when lenient mode drops it. */
    static AttributeKey readReference(FieldReader r) {
        if (!r.at(Tag.ATTRIBUTE_REFERENCE)) {
            throw r.missing(Tag.ATTRIBUTE_REFERENCE);
        }
        if (r.in.peekType() == ItemType.STRUCTURE) {
            r.in.enterStructure(Tag.ATTRIBUTE_REFERENCE);
            String vendor = r.text(Tag.VENDOR_IDENTIFICATION);
            String name = r.text(Tag.ATTRIBUTE_NAME);
            r.exit();
            return new AttributeKey.Vendor(vendor, name);
        }
        int tag = r.in.readEnumeration(Tag.ATTRIBUTE_REFERENCE);
        AttributeDefinition d = AttributeNames.byTag(tag);
        if (d == null || !d.knownIn(r.version)) {
            if (r.strict) {
                throw r.invalid(Tag.ATTRIBUTE_REFERENCE, String.format("0x%06X is not an attribute in KMIP %s",
                        tag, r.version.label()));
            }
            return null;
        }
        return new AttributeKey.Standard(tag);
    }

    static List<AttributeKey> readReferences(FieldReader r) {
        List<AttributeKey> keys = new ArrayList<>();
        while (r.at(Tag.ATTRIBUTE_REFERENCE)) {
            AttributeKey k = readReference(r);
            if (k != null) {
                keys.add(k);
            }
        }
        return keys;
    }

    static void writeReference(FieldWriter w, AttributeKey key) {
        if (!key.knownIn(w.version)) {
            return;
        }
        if (key instanceof AttributeKey.Vendor v) {
            w.begin(Tag.ATTRIBUTE_REFERENCE);
            w.text(Tag.VENDOR_IDENTIFICATION, v.vendorIdentification());
            w.text(Tag.ATTRIBUTE_NAME, v.attributeName());
            w.end();
        } else {
            w.out.writeEnumeration(Tag.ATTRIBUTE_REFERENCE, ((AttributeKey.Standard) key).tag());
        }
    }

    /** Attribute names of either generation: 1.x Attribute Name text, 2.x Attribute Reference. */
    static List<AttributeKey> readKeys(FieldReader r) {
        return r.is2x() ? readReferences(r) : readNames1x(r);
    }

    static void writeKeys(FieldWriter w, List<AttributeKey> keys) {
        for (AttributeKey k : keys) {
            if (w.is2x()) {
                writeReference(w, k);
            } else {
                writeName1x(w, k);
            }
        }
    }

    // ---- value checks

    /**
     * A standard attribute's value: of a type its tag allows, without tags the version does not
     * define (strict), and — for the structures servers read — of the shape the spec table gives.
     */
    private static TtlvItem checkedValue(FieldReader r, int tag, TtlvItem value) {
        TagDefinition d = TagRegistry.byNumber(tag);
        if (d != null && !d.typeVaries() && !d.allows(value.type())) {
            throw r.in.fail(Problem.UNEXPECTED_TYPE, tag, TagRegistry.describe(tag) + " must not be a "
                    + value.type().specName());
        }
        r.checkTree(value);
        try {
            validateShape(value);
        } catch (IllegalArgumentException e) {
            throw r.invalid(tag, e.getMessage());
        }
        return value;
    }

    private static void validateShape(TtlvItem value) {
        switch (value.tag()) {
            case Tag.NAME -> Name.fromItem(value);
            case Tag.LINK -> Link.fromItem(value);
            case Tag.CRYPTOGRAPHIC_PARAMETERS -> CryptographicParameters.fromItem(value);
            case Tag.DIGEST -> Digest.fromItem(value);
            case Tag.REVOCATION_REASON -> RevocationReason.fromItem(value);
            default -> {
                if (value instanceof TtlvItem.Enumeration e && KmipEnums.typeOf(e.tag()) != null
                        && KmipEnums.lookup(e.tag(), e.value()) == null) {
                    throw new IllegalArgumentException(String.format("value 0x%08X of %s is not defined", e.value(),
                            TagRegistry.describe(e.tag())));
                }
            }
        }
    }
}

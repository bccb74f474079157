package io.kmipserver.codec.attribute;

import io.kmipserver.codec.spec.KmipEnum;
import io.kmipserver.codec.spec.KmipVersion;
import io.kmipserver.codec.spec.Tag;
import io.kmipserver.codec.spec.TagRegistry;
import io.kmipserver.codec.ttlv.TtlvItem;
import java.time.Instant;
import java.util.Objects;
import java.util.function.IntFunction;

/**
 * One attribute instance, in a form both protocol generations map to.
 *
 * <p>The value is normalised to the 2.x form (KMIP 2.1 §5.1): a standard attribute's value is an
 * item tagged with the attribute's own tag, e.g. {@code Enumeration(0x420028 Cryptographic
 * Algorithm) = AES}; a structured value keeps its fields as children ({@code Name{Name Value, Name
 * Type}}). A vendor attribute's value keeps the tag Attribute Value (0x42000B) and whatever type the
 * sender gave it. The 1.x codec retags Attribute Value on the way in and out (KMIP 1.4 §2.1.1).
 *
 * @param key which attribute
 * @param index the 1.x Attribute Index (KMIP 1.4 §2.1.1), or {@code null} when absent, which 1.x
 *     reads as 0; 2.x has no indices and never sets it
 * @param value the value, tagged as described above
 */
public record Attribute(AttributeKey key, Integer index, TtlvItem value) {

    public Attribute {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        int expected = key instanceof AttributeKey.Standard s ? s.tag() : Tag.ATTRIBUTE_VALUE;
        if (value.tag() != expected) {
            throw new IllegalArgumentException("the value of " + key + " must be tagged "
                    + TagRegistry.describe(expected) + ", not " + TagRegistry.describe(value.tag()));
        }
    }

    /** A standard attribute whose value item carries the attribute's tag. */
    public static Attribute of(TtlvItem value) {
        return new Attribute(new AttributeKey.Standard(value.tag()), null, value);
    }

    /** A standard Enumeration attribute, e.g. {@code enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, AES)}. */
    public static Attribute enumeration(int tag, KmipEnum value) {
        return of(new TtlvItem.Enumeration(tag, value.value()));
    }

    /** A standard Integer attribute, e.g. Cryptographic Length or Cryptographic Usage Mask. */
    public static Attribute integer(int tag, int value) {
        return of(new TtlvItem.IntegerItem(tag, value));
    }

    /** A standard Text String attribute, e.g. Object Group. */
    public static Attribute text(int tag, String value) {
        return of(new TtlvItem.TextString(tag, value));
    }

    /** A standard Boolean attribute, e.g. Sensitive. */
    public static Attribute bool(int tag, boolean value) {
        return of(new TtlvItem.BooleanItem(tag, value));
    }

    /** A standard Date-Time attribute, e.g. Activation Date (whole seconds). */
    public static Attribute dateTime(int tag, Instant value) {
        return of(TtlvItems.dateTime(tag, value));
    }

    /**
     * A vendor attribute (KMIP 2.1 §4.60), or a 1.x custom attribute with vendor "x" / "y".
     *
     * @param value any item; it is retagged Attribute Value
     */
    public static Attribute vendor(String vendorIdentification, String attributeName, TtlvItem value) {
        return new Attribute(new AttributeKey.Vendor(vendorIdentification, attributeName), null,
                TtlvItems.withTag(value, Tag.ATTRIBUTE_VALUE));
    }

    /** The same attribute with a 1.x Attribute Index. */
    public Attribute withIndex(Integer newIndex) {
        return new Attribute(key, newIndex, value);
    }

    /** The tag of a standard attribute, or 0 for a vendor attribute. */
    public int tag() {
        return key instanceof AttributeKey.Standard s ? s.tag() : 0;
    }

    /** True for a vendor / custom attribute. */
    public boolean isVendor() {
        return key instanceof AttributeKey.Vendor;
    }

    /** The 1.x index, 0 when absent (KMIP 1.4 §2.1.1: "it SHALL be assumed to be 0"). */
    public int indexOrZero() {
        return index == null ? 0 : index;
    }

    /** True when a message of {@code version} can carry this attribute: see {@link AttributeKey#knownIn}. */
    public boolean knownIn(KmipVersion version) {
        return key.knownIn(version);
    }

    /** The value of an Integer attribute (also bit masks such as Cryptographic Usage Mask). */
    public int intValue() {
        if (value instanceof TtlvItem.IntegerItem i) {
            return i.value();
        }
        throw notA("Integer");
    }

    /** The value of a Long Integer attribute. */
    public long longValue() {
        if (value instanceof TtlvItem.LongInteger l) {
            return l.value();
        }
        throw notA("Long Integer");
    }

    /** The value of a Text String attribute. */
    public String textValue() {
        if (value instanceof TtlvItem.TextString t) {
            return t.value();
        }
        throw notA("Text String");
    }

    /** The value of a Boolean attribute. */
    public boolean booleanValue() {
        if (value instanceof TtlvItem.BooleanItem b) {
            return b.value();
        }
        throw notA("Boolean");
    }

    /** The raw 32-bit value of an Enumeration attribute. */
    public int enumerationValue() {
        if (value instanceof TtlvItem.Enumeration e) {
            return e.value();
        }
        throw notA("Enumeration");
    }

    /**
     * The value of an Enumeration attribute as a spec enum, e.g. {@code
     * enumValue(CryptographicAlgorithm::fromValue)}; refuses values no version defines.
     */
    public <E extends KmipEnum> E enumValue(IntFunction<E> lookup) {
        return TtlvItems.enumValue(value, lookup);
    }

    /** The value of a Date-Time (or Date-Time Extended) attribute. */
    public Instant dateTimeValue() {
        return TtlvItems.instant(value);
    }

    /** The value of an Interval attribute, in seconds. */
    public long intervalValue() {
        if (value instanceof TtlvItem.Interval i) {
            return i.seconds();
        }
        throw notA("Interval");
    }

    private IllegalArgumentException notA(String type) {
        return new IllegalArgumentException(key + " is not a " + type);
    }
}

package io.kmipserver.codec.payload;

import io.kmipserver.codec.spec.UniqueIdentifierEnum;
import java.util.Objects;

/**
 * The Unique Identifier of a request payload, which names the object an operation acts on.
 * <ul>
 *   <li>{@link Text}: the identifier itself, the only form in 1.x (KMIP 1.4 §3.1);</li>
 *   <li>{@link Enumerated}: a Unique Identifier Enumeration value (KMIP 2.1 §4.58 Table 145), e.g.
 *       ID Placeholder, or the identifier a named earlier operation of the batch returned;</li>
 *   <li>{@link Index}: "zero based nth Unique Identifier in the response", counted backwards from
 *       the current batch item when negative (KMIP 2.1 §4.58 Table 145);</li>
 *   <li>{@link #OMITTED}: the field is absent, which every operation that allows it reads as "use
 *       the ID Placeholder" (KMIP 1.4 §4, 2.1 §6.1).</li>
 * </ul>
 * {@link #usesIdPlaceholder()} is true for both spellings of the ID Placeholder.
 */
public sealed interface UniqueIdentifierRef {

    /** The field was absent: the server uses the ID Placeholder. Encodes as nothing. */
    UniqueIdentifierRef OMITTED = new Omitted();

    /** The ID Placeholder, spelled out as the 2.x enumeration (encodable in 2.x only). */
    UniqueIdentifierRef ID_PLACEHOLDER = new Enumerated(UniqueIdentifierEnum.ID_PLACEHOLDER);

    /** A reference to the object with this identifier. */
    static UniqueIdentifierRef of(String uniqueIdentifier) {
        return new Text(uniqueIdentifier);
    }

    /** True when the server must use the ID Placeholder: the field was absent or said so. */
    default boolean usesIdPlaceholder() {
        return this instanceof Omitted
                || (this instanceof Enumerated e && e.value() == UniqueIdentifierEnum.ID_PLACEHOLDER);
    }

    /** The identifier when this is the {@link Text} form, else {@code null}. */
    default String text() {
        return this instanceof Text t ? t.value() : null;
    }

    /** The identifier as text. */
    record Text(String value) implements UniqueIdentifierRef {
        public Text {
            Objects.requireNonNull(value, "value");
        }
    }

    /** A Unique Identifier Enumeration value (2.x). */
    record Enumerated(UniqueIdentifierEnum value) implements UniqueIdentifierRef {
        public Enumerated {
            Objects.requireNonNull(value, "value");
        }
    }

    /** The Integer form (2.x): the nth identifier returned in this batch. */
    record Index(int value) implements UniqueIdentifierRef {
    }

    /** The absent field; use {@link #OMITTED}. */
    record Omitted() implements UniqueIdentifierRef {
    }
}

package io.kmipserver.codec.attribute;

import io.kmipserver.codec.spec.CryptographicAlgorithm;
import io.kmipserver.codec.spec.KmipEnum;
import io.kmipserver.codec.spec.KmipVersion;
import io.kmipserver.codec.spec.ObjectType;
import io.kmipserver.codec.spec.State;
import io.kmipserver.codec.spec.Tag;
import io.kmipserver.codec.ttlv.TtlvItem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * An ordered, immutable list of attribute instances: the content of a 1.x Template-Attribute (its
 * Attribute part) or of a 2.x Attributes / Common / Private Key / Public Key Attributes structure.
 * Order is kept as received, so that a decoded list re-encodes to the same bytes.
 *
 * <p>The typed getters read the first instance of a single-instance attribute and return
 * {@code null} when it is absent; they throw {@link IllegalArgumentException} only when a present
 * value has the wrong shape, which the decoder already refuses for requests.
 */
public final class Attributes implements Iterable<Attribute> {

    /** No attributes. */
    public static final Attributes EMPTY = new Attributes(List.of());

    private final List<Attribute> list;

    private Attributes(List<Attribute> list) {
        this.list = list;
    }

    /** The attributes of {@code list}, in its order. */
    public static Attributes of(List<Attribute> list) {
        return list.isEmpty() ? EMPTY : new Attributes(List.copyOf(list));
    }

    public static Attributes of(Attribute... attributes) {
        return of(Arrays.asList(attributes));
    }

    public List<Attribute> asList() {
        return list;
    }

    public int size() {
        return list.size();
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    @Override
    public Iterator<Attribute> iterator() {
        return list.iterator();
    }

    /** The first instance of the standard attribute {@code tag}, or {@code null}. */
    public Attribute get(int tag) {
        for (Attribute a : list) {
            if (a.tag() == tag) {
                return a;
            }
        }
        return null;
    }

    /** The first instance with this key, or {@code null}. */
    public Attribute get(AttributeKey key) {
        for (Attribute a : list) {
            if (a.key().equals(key)) {
                return a;
            }
        }
        return null;
    }

    /** Every instance of the standard attribute {@code tag}, in order. */
    public List<Attribute> all(int tag) {
        List<Attribute> out = new ArrayList<>();
        for (Attribute a : list) {
            if (a.tag() == tag) {
                out.add(a);
            }
        }
        return out;
    }

    /** True when at least one instance of {@code tag} is present. */
    public boolean contains(int tag) {
        return get(tag) != null;
    }

    /** These attributes followed by {@code more}. */
    public Attributes with(Attribute... more) {
        List<Attribute> out = new ArrayList<>(list);
        out.addAll(Arrays.asList(more));
        return of(out);
    }

    /** These attributes without any instance of the standard attribute {@code tag}. */
    public Attributes without(int tag) {
        List<Attribute> out = new ArrayList<>(list.size());
        for (Attribute a : list) {
            if (a.tag() != tag) {
                out.add(a);
            }
        }
        return out.size() == list.size() ? this : of(out);
    }

    /**
     * Only what a message of {@code version} can carry: attributes the version does not define are
     * dropped (a 1.0 client must never receive a 2.x-only attribute), and so are fields inside
     * structured values that the version's tag table does not list (e.g. Cryptographic Parameters'
     * 1.4 fields for a 1.2 client). The encoders apply this to every attribute they write.
     */
    public Attributes knownIn(KmipVersion version) {
        List<Attribute> out = new ArrayList<>(list.size());
        boolean changed = false;
        for (Attribute a : list) {
            if (!a.knownIn(version)) {
                changed = true;
                continue;
            }
            TtlvItem pruned = a.isVendor() ? a.value() : TtlvItems.withoutUnknownFields(a.value(), version);
            if (pruned != a.value()) {
                changed = true;
                a = new Attribute(a.key(), a.index(), pruned);
            }
            out.add(a);
        }
        return changed ? of(out) : this;
    }

    // ---- typed getters of the attributes servers read most

    /** Object Type (KMIP 1.4 §3.3, 2.1 §4.36). */
    public ObjectType objectType() {
        return enumOf(Tag.OBJECT_TYPE, ObjectType::fromValue);
    }

    /** Cryptographic Algorithm (KMIP 1.4 §3.4, 2.1 §4.13). */
    public CryptographicAlgorithm cryptographicAlgorithm() {
        return enumOf(Tag.CRYPTOGRAPHIC_ALGORITHM, CryptographicAlgorithm::fromValue);
    }

    /** Cryptographic Length in bits (KMIP 1.4 §3.5, 2.1 §4.15). */
    public Integer cryptographicLength() {
        Attribute a = get(Tag.CRYPTOGRAPHIC_LENGTH);
        return a == null ? null : a.intValue();
    }

    /** Cryptographic Usage Mask bits (KMIP 1.4 §3.19, 2.1 §4.17). */
    public Integer cryptographicUsageMask() {
        Attribute a = get(Tag.CRYPTOGRAPHIC_USAGE_MASK);
        return a == null ? null : a.intValue();
    }

    /** State (KMIP 1.4 §3.22, 2.1 §4.57). */
    public State state() {
        return enumOf(Tag.STATE, State::fromValue);
    }

    /** Activation Date (KMIP 1.4 §3.24, 2.1 §4.1). */
    public Instant activationDate() {
        return dateOf(Tag.ACTIVATION_DATE);
    }

    /** Deactivation Date (KMIP 1.4 §3.27, 2.1 §4.18). */
    public Instant deactivationDate() {
        return dateOf(Tag.DEACTIVATION_DATE);
    }

    /** Object Group (KMIP 1.4 §3.33, 2.1 §4.35), the first instance. */
    public String objectGroup() {
        Attribute a = get(Tag.OBJECT_GROUP);
        return a == null ? null : a.textValue();
    }

    /** Every Name instance (KMIP 1.4 §3.2, 2.1 §4.32). */
    public List<Name> names() {
        return typed(Tag.NAME, Name::fromItem);
    }

    /** Every Link instance (KMIP 1.4 §3.35, 2.1 §4.31). */
    public List<Link> links() {
        return typed(Tag.LINK, Link::fromItem);
    }

    /** Every Cryptographic Parameters instance (KMIP 1.4 §3.6, 2.1 §4.16). */
    public List<CryptographicParameters> cryptographicParameters() {
        return typed(Tag.CRYPTOGRAPHIC_PARAMETERS, CryptographicParameters::fromItem);
    }

    /** The value of the Date-Time attribute {@code tag}, or {@code null}. */
    public Instant dateOf(int tag) {
        Attribute a = get(tag);
        return a == null ? null : a.dateTimeValue();
    }

    private <E extends KmipEnum> E enumOf(int tag, IntFunction<E> lookup) {
        Attribute a = get(tag);
        return a == null ? null : a.enumValue(lookup);
    }

    private <T> List<T> typed(int tag, Function<TtlvItem, T> parse) {
        List<T> out = new ArrayList<>();
        for (Attribute a : list) {
            if (a.tag() == tag) {
                out.add(parse.apply(a.value()));
            }
        }
        return List.copyOf(out);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Attributes a && a.list.equals(list);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(list);
    }

    @Override
    public String toString() {
        return list.toString();
    }
}

package io.kmipserver.server.store;

import io.kmipserver.codec.spec.Tag;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A Managed Object to insert. The attributes must include Object Type, State and Initial Date (the
 * store derives its summary columns from them and refuses an object without them); Last Change Date
 * defaults to Initial Date. Instances of one key get Attribute Indexes 0, 1, … in list order.
 *
 * <p>The constructor does the insert's CPU work — indexes, summary columns, each row's TTLV encoding —
 * on the caller's thread (a worker), so that the store's single writer thread, through which every
 * write passes, only binds and executes.
 */
public final class NewObject {

    private static final Comparator<StoredAttribute> KEY_THEN_INDEX = Comparator
            .comparingInt((StoredAttribute a) -> a.key().tag())
            .thenComparing(a -> a.key().vendorIdentification())
            .thenComparing(a -> a.key().attributeName())
            .thenComparingInt(StoredAttribute::index);

    private final String uniqueIdentifier;
    private final String adapterId;
    private final List<AttributeValue> attributes;
    private final StoredMaterial material;
    private final List<AttributeRow> rows;
    private final Map<Integer, Long> summary;
    private final ManagedObject inserted;

    /**
     * @param uniqueIdentifier the KMIP Unique Identifier, chosen by the caller, at most 64 chars
     * @param material the protected key material, or {@code null} for an object without any
     * @throws IllegalArgumentException when Object Type, State or Initial Date is missing
     */
    public NewObject(String uniqueIdentifier, String adapterId, List<AttributeValue> attributes,
            StoredMaterial material) {
        Objects.requireNonNull(uniqueIdentifier, "uniqueIdentifier");
        Objects.requireNonNull(adapterId, "adapterId");
        if (uniqueIdentifier.isEmpty() || uniqueIdentifier.length() > 64) {
            throw new IllegalArgumentException("unique identifier must be 1-64 characters");
        }
        this.uniqueIdentifier = uniqueIdentifier;
        this.adapterId = adapterId;
        this.attributes = List.copyOf(attributes);
        this.material = material;
        Map<AttributeKey, Integer> next = new HashMap<>();
        List<StoredAttribute> indexed = new ArrayList<>(this.attributes.size());
        List<AttributeRow> encoded = new ArrayList<>(this.attributes.size());
        for (AttributeValue v : this.attributes) {
            StoredAttribute a = new StoredAttribute(v.key(), next.merge(v.key(), 1, Integer::sum) - 1, v.value());
            indexed.add(a);
            encoded.add(AttributeRow.of(a));
        }
        this.rows = List.copyOf(encoded);
        this.summary = Collections.unmodifiableMap(Queries.summary(indexed));
        indexed.sort(KEY_THEN_INDEX);
        this.inserted = new ManagedObject(uniqueIdentifier, adapterId, summary.get(Tag.OBJECT_TYPE).intValue(),
                summary.get(Tag.STATE).intValue(), toInteger(summary.get(Tag.CRYPTOGRAPHIC_ALGORITHM)),
                toInteger(summary.get(Tag.CRYPTOGRAPHIC_LENGTH)), seconds(summary.get(Tag.INITIAL_DATE)),
                seconds(summary.get(Tag.LAST_CHANGE_DATE)), seconds(summary.get(Tag.ACTIVATION_DATE)),
                seconds(summary.get(Tag.DEACTIVATION_DATE)), seconds(summary.get(Tag.DESTROY_DATE)),
                seconds(summary.get(Tag.COMPROMISE_DATE)), 1, material != null, indexed);
    }

    public String uniqueIdentifier() {
        return uniqueIdentifier;
    }

    public String adapterId() {
        return adapterId;
    }

    public List<AttributeValue> attributes() {
        return attributes;
    }

    /** The protected key material, or {@code null}. */
    public StoredMaterial material() {
        return material;
    }

    /** The attribute rows in list order, indexed and encoded. */
    List<AttributeRow> rows() {
        return rows;
    }

    /** Summary column values by attribute tag (see {@link Queries#summary}); absent tags are null columns. */
    Map<Integer, Long> summary() {
        return summary;
    }

    /** The object as a read right after the insert returns it, at row version 1. */
    ManagedObject inserted() {
        return inserted;
    }

    private static Integer toInteger(Long value) {
        return value == null ? null : value.intValue();
    }

    private static Instant seconds(Long value) {
        return value == null ? null : Instant.ofEpochSecond(value);
    }

    @Override
    public String toString() {
        return "NewObject[" + uniqueIdentifier + ", adapter " + adapterId + ", " + attributes.size() + " attributes"
                + (material == null ? "" : ", with material") + "]";
    }
}

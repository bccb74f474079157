package io.kmipserver.server.store;

import io.kmipserver.codec.ttlv.TtlvItem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A Managed Object's metadata as read from the store: the summary columns (typed, for quick checks)
 * and every attribute instance (the truth the columns are derived from). Never the key material; see
 * {@link ObjectStore#findMaterial}.
 *
 * @param objectType KMIP Object Type enumeration value (1.4 §9.1.3.2.12)
 * @param state KMIP State enumeration value (1.4 §9.1.3.2.17)
 * @param cryptographicAlgorithm Cryptographic Algorithm enumeration value, or {@code null}
 * @param cryptographicLength Cryptographic Length in bits, or {@code null}
 * @param activationDate {@code null} when the attribute is absent; likewise the other dates
 * @param version the row version to pass to {@link StoreTransaction#updateObject} for an optimistic update
 * @param hasMaterial false once Destroy has deleted the material (or when there never was any)
 * @param attributes every instance, ordered by key then Attribute Index
 */
public record ManagedObject(
        String uniqueIdentifier,
        String adapterId,
        int objectType,
        int state,
        Integer cryptographicAlgorithm,
        Integer cryptographicLength,
        Instant initialDate,
        Instant lastChangeDate,
        Instant activationDate,
        Instant deactivationDate,
        Instant destroyDate,
        Instant compromiseDate,
        long version,
        boolean hasMaterial,
        List<StoredAttribute> attributes) {

    public ManagedObject {
        Objects.requireNonNull(uniqueIdentifier, "uniqueIdentifier");
        Objects.requireNonNull(adapterId, "adapterId");
        attributes = List.copyOf(attributes);
    }

    /** This object with {@code list} as its attributes (already in key then index order). */
    ManagedObject withAttributes(List<StoredAttribute> list) {
        return new ManagedObject(uniqueIdentifier, adapterId, objectType, state, cryptographicAlgorithm,
                cryptographicLength, initialDate, lastChangeDate, activationDate, deactivationDate, destroyDate,
                compromiseDate, version, hasMaterial, list);
    }

    /** Every instance of one attribute, by Attribute Index. */
    public List<StoredAttribute> attributes(AttributeKey key) {
        List<StoredAttribute> out = new ArrayList<>();
        for (StoredAttribute a : attributes) {
            if (a.key().equals(key)) {
                out.add(a);
            }
        }
        return out;
    }

    /** The value of the lowest-indexed instance of a standard attribute, if any. */
    public Optional<TtlvItem> attribute(int tag) {
        return attribute(AttributeKey.standard(tag));
    }

    /** The value of the lowest-indexed instance of an attribute, if any. */
    public Optional<TtlvItem> attribute(AttributeKey key) {
        for (StoredAttribute a : attributes) {
            if (a.key().equals(key)) {
                return Optional.of(a.value());
            }
        }
        return Optional.empty();
    }
}

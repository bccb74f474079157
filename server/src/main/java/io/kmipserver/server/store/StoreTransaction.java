package io.kmipserver.server.store;

import java.util.List;
import java.util.Optional;

/**
 * The writes (and reads that must see them) available to a {@link WriteUnit}. Valid only during the
 * unit's {@code run}, on the writer thread. Every method is scoped by adapter where an object is
 * involved: another adapter's object is {@link NotFoundException}, exactly like a missing one.
 *
 * <p>Reads here see the writes of earlier units of the same group (they commit together or not at
 * all), which is why a read-check-write sequence inside one unit cannot race another unit.
 */
public interface StoreTransaction {

    /**
     * Inserts a Managed Object with its attributes and optional material; its row version is 1.
     *
     * @throws ConflictException when the Unique Identifier exists
     * @throws NotFoundException ({@code ADAPTER}) when the adapter does not exist
     * @throws IllegalArgumentException when Object Type, State or Initial Date is missing
     */
    ManagedObject insertObject(NewObject object);

    /** The object as this transaction sees it, if it exists and belongs to {@code adapterId}. */
    Optional<ManagedObject> findObject(String adapterId, String uniqueIdentifier);

    /** The object's material as this transaction sees it. */
    Optional<StoredMaterial> findMaterial(String adapterId, String uniqueIdentifier);

    /**
     * Applies attribute changes, in order, if the object is still at {@code expectedVersion}; raises
     * the version by one and re-derives the summary columns (state, dates, …) from the attributes.
     * Pass {@code -1} as {@code expectedVersion} to skip the check (the unit read the object in this
     * same transaction).
     *
     * @throws NotFoundException ({@code OBJECT}) when missing or another adapter's; ({@code ATTRIBUTE})
     *     when a Modify or Delete names an index that does not exist
     * @throws StaleVersionException when the version moved on
     * @throws IllegalArgumentException when the changes would remove Object Type, State or Initial Date
     */
    UpdateResult updateObject(String adapterId, String uniqueIdentifier, long expectedVersion,
            List<AttributeChange> changes);

    /**
     * Deletes the object's material (Destroy: the metadata stays). Does not change the row version;
     * pair it with the State change in the same unit.
     *
     * @return false when there was no material
     * @throws NotFoundException ({@code OBJECT}) when the object is missing or another adapter's
     */
    boolean deleteMaterial(String adapterId, String uniqueIdentifier);

    /**
     * Replaces (or adds) the object's material — root-key rotation stores the re-wrapped blob.
     *
     * @throws NotFoundException ({@code OBJECT}) when the object is missing or another adapter's
     */
    void putMaterial(String adapterId, String uniqueIdentifier, StoredMaterial material);

    /**
     * Creates an adapter with a fresh id.
     *
     * @param actor who asked (certificate subject, {@code bootstrap}), for the audit columns
     * @throws ConflictException when the name is taken
     */
    Adapter insertAdapter(NewAdapter adapter, String actor);

    /**
     * Replaces an adapter's chosen fields.
     *
     * @throws NotFoundException ({@code ADAPTER}) when it does not exist
     * @throws ConflictException when the new name is taken
     */
    Adapter updateAdapter(String adapterId, NewAdapter adapter, String actor);

    /**
     * Deletes an adapter with its trust anchors and certificates; the certificates are revoked
     * ({@link #deleteCertificate}).
     *
     * @throws NotFoundException ({@code ADAPTER}) when it does not exist
     * @throws ConflictException when it still owns objects
     */
    void deleteAdapter(String adapterId, String actor);

    Optional<Adapter> findAdapter(String adapterId);

    /** @throws NotFoundException ({@code ADAPTER}) when the adapter does not exist */
    AdapterTrust insertTrust(String adapterId, NewAdapterTrust trust, String actor);

    /** @throws NotFoundException ({@code TRUST}) when missing or another adapter's */
    void deleteTrust(String adapterId, String trustId);

    /**
     * Registers a certificate; one that was revoked is admitted again.
     *
     * @throws NotFoundException ({@code ADAPTER}) when the adapter does not exist
     * @throws ConflictException when the fingerprint is registered already (to any adapter)
     */
    ClientCertificate insertCertificate(String adapterId, NewClientCertificate certificate, String actor);

    /**
     * Deletes a registration and revokes the certificate: no adapter admits its fingerprint, not even
     * one whose trusted CA issued it, until it is registered again.
     *
     * @throws NotFoundException ({@code CERTIFICATE}) when missing or another adapter's
     */
    void deleteCertificate(String adapterId, String certificateId, String actor);
}

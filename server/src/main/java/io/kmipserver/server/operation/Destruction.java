package io.kmipserver.server.operation;

import io.kmipserver.codec.spec.KmipVersion;
import io.kmipserver.codec.spec.ObjectType;
import io.kmipserver.codec.spec.State;
import io.kmipserver.codec.spec.Tag;
import io.kmipserver.server.policy.Failures;
import io.kmipserver.server.policy.Lifecycle;
import io.kmipserver.server.store.AttributeChange;
import io.kmipserver.server.store.ManagedObject;
import io.kmipserver.server.store.StoreTransaction;
import io.kmipserver.server.store.UpdateResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One Destroy of one object, as a step of a write unit (KMIP 1.4 §4.21, 2.1 §6.1.15): the lifecycle
 * rule from the object's effective state ({@link Lifecycle#destroy}: Active refused, destroyed
 * refused), the material erased, the metadata kept with State, Destroy Date and Last Change Date.
 * The KMIP Destroy handler and the management API's {@code DELETE …/kmip_objects/{id}} both destroy
 * through this class, so the two cannot drift apart.
 *
 * <p>What it learned along the way (object type, states before and after) stays readable after
 * {@link #apply} returned or threw, for the caller's audit event. One instance per destroy; confined
 * to the thread that runs the unit and then to the caller that waited for it.
 */
public final class Destruction {

    private final String adapterId;
    private final String uniqueIdentifier;
    private final Instant now;
    private final KmipVersion version;
    private volatile ObjectType objectType;
    private volatile State before;
    private volatile State after;
    private volatile boolean materialErased;

    /**
     * @param version the rules that choose the failure reasons (1.x Permission Denied, 2.x Wrong Key
     *     Lifecycle State / Object Destroyed)
     */
    public Destruction(String adapterId, String uniqueIdentifier, Instant now, KmipVersion version) {
        this.adapterId = Objects.requireNonNull(adapterId, "adapterId");
        this.uniqueIdentifier = Objects.requireNonNull(uniqueIdentifier, "uniqueIdentifier");
        this.now = Objects.requireNonNull(now, "now");
        this.version = Objects.requireNonNull(version, "version");
    }

    /**
     * Destroys the object inside {@code tx}.
     *
     * @throws io.kmipserver.server.protocol.KmipException Item Not Found (missing or another adapter's),
     *     or the lifecycle refusal
     */
    public UpdateResult apply(StoreTransaction tx) {
        ManagedObject o = tx.findObject(adapterId, uniqueIdentifier)
                .orElseThrow(() -> Failures.objectNotFound(uniqueIdentifier));
        objectType = StoredObjects.objectType(o);
        before = StoredObjects.effectiveState(o, now);
        after = Lifecycle.destroy(before, version);
        List<AttributeChange> changes = new ArrayList<>(StoredObjects.bookkeeping(o, after, now));
        materialErased = tx.deleteMaterial(adapterId, uniqueIdentifier);
        changes.add(AttributeChange.replace(StoredObjects.date(Tag.DESTROY_DATE, now)));
        return tx.updateObject(adapterId, uniqueIdentifier, -1, changes);
    }

    /** The object's type, once read; {@code null} before (or when it was not found). */
    public ObjectType objectType() {
        return objectType;
    }

    /** The effective state before, once read; {@code null} before. */
    public State before() {
        return before;
    }

    /** The state after, once the lifecycle allowed the destroy; {@code null} otherwise. */
    public State after() {
        return after;
    }

    /** Whether material was erased (false when there was none). */
    public boolean materialErased() {
        return materialErased;
    }
}

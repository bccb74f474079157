package io.kmipserver.server.operation;

import io.kmipserver.codec.spec.ObjectType;
import io.kmipserver.codec.spec.State;
import io.kmipserver.codec.spec.Tag;
import io.kmipserver.codec.ttlv.TtlvItem;
import io.kmipserver.server.policy.Failures;
import io.kmipserver.server.policy.Lifecycle;
import io.kmipserver.server.protocol.OperationContext;
import io.kmipserver.server.store.AttributeChange;
import io.kmipserver.server.store.ManagedObject;
import io.kmipserver.server.store.ObjectStore;
import io.kmipserver.server.store.ObjectWithMaterial;
import io.kmipserver.server.store.StoreTransaction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Reading objects for handlers, always scoped by the caller's adapter (DESIGN invariant 4: another
 * adapter's object is not found, exactly like a missing one), and the bookkeeping every write does.
 */
public final class StoredObjects {

    private StoredObjects() {
    }

    /** The object, read from the pool; records it as the item's audit target. */
    public static ManagedObject load(ObjectStore store, OperationContext ctx, String uniqueIdentifier) {
        ctx.target(uniqueIdentifier);
        ManagedObject o = store.findObject(ctx.adapterId(), uniqueIdentifier)
                .orElseThrow(() -> Failures.objectNotFound(uniqueIdentifier));
        ctx.objectType(objectType(o));
        return o;
    }

    /**
     * The object with its material and the first value of each standard attribute in {@code tags}
     * (a constant list: see {@link ObjectStore#findWithMaterial}), in one read; records it as the
     * item's audit target.
     */
    public static ObjectWithMaterial loadWithMaterial(ObjectStore store, OperationContext ctx, String uniqueIdentifier,
            List<Integer> tags) {
        ctx.target(uniqueIdentifier);
        ObjectWithMaterial o = store.findWithMaterial(ctx.adapterId(), uniqueIdentifier, tags)
                .orElseThrow(() -> Failures.objectNotFound(uniqueIdentifier));
        ctx.objectType(objectType(o.object()));
        return o;
    }

    /** The object as the write unit's transaction sees it; records it as the item's audit target. */
    public static ManagedObject load(StoreTransaction tx, OperationContext ctx, String uniqueIdentifier) {
        ctx.target(uniqueIdentifier);
        ManagedObject o = tx.findObject(ctx.adapterId(), uniqueIdentifier)
                .orElseThrow(() -> Failures.objectNotFound(uniqueIdentifier));
        ctx.objectType(objectType(o));
        return o;
    }

    public static ObjectType objectType(ManagedObject o) {
        return ObjectType.fromValue(o.objectType());
    }

    /** The state the object's dates imply now (see {@link Lifecycle#effective}). */
    public static State effectiveState(ManagedObject o, Instant now) {
        return Lifecycle.effective(State.fromValue(o.state()), o.activationDate(), o.deactivationDate(), now);
    }

    /**
     * The changes every write makes besides its own: the State when it moved (by the operation or by a
     * date reached since the last write), and Last Change Date (KMIP 1.4 §3.38).
     */
    public static List<AttributeChange> bookkeeping(ManagedObject o, State newState, Instant now) {
        List<AttributeChange> changes = new ArrayList<>(2);
        if (newState.value() != o.state()) {
            changes.add(AttributeChange.replace(new TtlvItem.Enumeration(Tag.STATE, newState.value())));
        }
        changes.add(AttributeChange.replace(new TtlvItem.DateTime(Tag.LAST_CHANGE_DATE, now.getEpochSecond())));
        return changes;
    }

    /** A Date-Time attribute value of whole seconds (KMIP 1.4 §9.1.1.4). */
    public static TtlvItem.DateTime date(int tag, Instant when) {
        return new TtlvItem.DateTime(tag, when.getEpochSecond());
    }

    /** The changes a state transition makes besides State and Last Change Date (its dates, its reason). */
    @FunctionalInterface
    interface TransitionChanges {
        List<AttributeChange> changes(StoreTransaction tx, ManagedObject o, State after);
    }

    /**
     * Moves the object to the state {@code rule} allows from its effective state, in the item's one
     * write unit (Activate, Revoke, Destroy): the rule throws when the lifecycle forbids the move, and
     * the states before and after go into the audit event.
     */
    static void transition(ObjectStore store, OperationContext ctx, String uniqueIdentifier, UnaryOperator<State> rule,
            TransitionChanges extra) {
        ctx.commit(store, tx -> {
            ManagedObject o = load(tx, ctx, uniqueIdentifier);
            State before = effectiveState(o, ctx.now());
            ctx.request("state.before", before.specName());
            State after = rule.apply(before);
            ctx.response("state.after", after.specName());
            List<AttributeChange> changes = new ArrayList<>(bookkeeping(o, after, ctx.now()));
            changes.addAll(extra.changes(tx, o, after));
            return tx.updateObject(ctx.adapterId(), uniqueIdentifier, -1, changes);
        });
    }
}

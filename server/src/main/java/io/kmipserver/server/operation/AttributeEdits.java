package io.kmipserver.server.operation;

import io.kmipserver.codec.attribute.Attribute;
import io.kmipserver.codec.attribute.TtlvItems;
import io.kmipserver.codec.spec.State;
import io.kmipserver.codec.spec.Tag;
import io.kmipserver.server.policy.Lifecycle;
import io.kmipserver.server.protocol.OperationContext;
import io.kmipserver.server.store.AttributeChange;
import io.kmipserver.server.store.ManagedObject;
import io.kmipserver.server.store.StoredAttribute;
import io.kmipserver.server.store.UpdateResult;
import io.kmipserver.server.store.StoreTransaction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What Add, Set, Modify and Delete Attribute share: the lifecycle rules of the dates (KMIP 1.4
 * §3.24-3.27) and the state a new date implies (setting an Activation Date that has passed activates
 * a Pre-Active object, §3.22 transition 2; a Deactivation Date that has passed deactivates an Active
 * one, transition 5), plus the bookkeeping every write does.
 */
final class AttributeEdits {

    private AttributeEdits() {
    }

    /**
     * Applies {@code change} (the client's edit of {@code attribute}, or of {@code tag} for a delete)
     * with the state change and Last Change Date it implies, in the unit's transaction.
     *
     * @param value the new value, or {@code null} for a delete
     */
    static UpdateResult apply(StoreTransaction tx, OperationContext ctx, ManagedObject o, int tag,
            Attribute value, AttributeChange change) {
        Instant now = ctx.now();
        State before = StoredObjects.effectiveState(o, now);
        Lifecycle.checkDateChange(tag, before, ctx.version());
        Instant activation = o.activationDate();
        Instant deactivation = o.deactivationDate();
        if (value != null && tag == Tag.ACTIVATION_DATE) {
            activation = TtlvItems.instant(value.value());
        } else if (value != null && tag == Tag.DEACTIVATION_DATE) {
            deactivation = TtlvItems.instant(value.value());
        }
        State after = Lifecycle.effective(before, activation, deactivation, now);
        ctx.request("state.before", before.specName());
        ctx.response("state.after", after.specName());
        List<AttributeChange> changes = new ArrayList<>(3);
        changes.add(change);
        changes.addAll(StoredObjects.bookkeeping(o, after, now));
        return tx.updateObject(ctx.adapterId(), o.uniqueIdentifier(), -1, changes);
    }

    /** The instance with exactly this value, or {@code null}. */
    static StoredAttribute instanceWithValue(List<StoredAttribute> instances, Attribute current) {
        for (StoredAttribute s : instances) {
            if (s.value().equals(current.value())) {
                return s;
            }
        }
        return null;
    }

    /** The instance with this Attribute Index, or {@code null}. */
    static StoredAttribute instanceAt(List<StoredAttribute> instances, int index) {
        for (StoredAttribute s : instances) {
            if (s.index() == index) {
                return s;
            }
        }
        return null;
    }

    /** Records the edited attribute (never a Byte String's content, see {@link AuditValues}). */
    static void audit(OperationContext ctx, Attribute a) {
        ctx.request("attribute", AttributeMapping.nameOf(a.key()));
        ctx.request("value", AuditValues.render(a.value()));
    }
}

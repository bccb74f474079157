package io.kmipserver.server.operation;

import io.kmipserver.codec.attribute.RevocationReason;
import io.kmipserver.codec.payload.ResponsePayload;
import io.kmipserver.codec.payload.RevokeRequest;
import io.kmipserver.codec.payload.RevokeResponse;
import io.kmipserver.codec.spec.Operation;
import io.kmipserver.codec.spec.Tag;
import io.kmipserver.server.policy.Lifecycle;
import io.kmipserver.server.protocol.InvalidFieldException;
import io.kmipserver.server.protocol.OperationContext;
import io.kmipserver.server.store.AttributeChange;
import io.kmipserver.server.store.ObjectStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Revoke (KMIP 1.4 §4.20 Tables 212-213, errors Table 347; 2.1 §6.1.44 Tables 295-297). Key
 * Compromise or CA Compromise: the object becomes Compromised (Destroyed Compromised when it was
 * Destroyed), Compromise Date is now and Compromise Occurrence Date the request's, else the Initial
 * Date. Any other reason: an Active object becomes Deactivated with Deactivation Date now. The
 * Revocation Reason is kept as an attribute (§3.31). A Compromise Occurrence Date with a non-compromise
 * reason is Invalid Field ("SHALL NOT be specified", Table 212).
 */
final class RevokeHandler extends AbstractHandler<RevokeRequest> {

    private final ObjectStore store;

    RevokeHandler(ObjectStore store) {
        super(Operation.REVOKE, RevokeRequest.class);
        this.store = store;
    }

    @Override
    public boolean changesState() {
        return true;
    }

    @Override
    public ResponsePayload handle(RevokeRequest request, OperationContext ctx) {
        RevocationReason reason = request.revocationReason();
        boolean compromise = reason.isCompromise();
        ctx.request("revocationReason", reason.code().specName());
        if (!compromise && request.compromiseOccurrenceDate() != null) {
            throw new InvalidFieldException("Compromise Occurrence Date is only for Key Compromise or CA Compromise");
        }
        String uid = ctx.resolve(request.uniqueIdentifier());
        Instant now = ctx.now();
        StoredObjects.transition(store, ctx, uid, s -> Lifecycle.revoke(s, compromise, ctx.version()), (tx, o, after) -> {
            List<AttributeChange> changes = new ArrayList<>(3);
            changes.add(AttributeChange.replace(reason.toItem()));
            if (compromise) {
                Instant occurred = request.compromiseOccurrenceDate() != null ? request.compromiseOccurrenceDate()
                        : o.initialDate();
                changes.add(AttributeChange.replace(StoredObjects.date(Tag.COMPROMISE_DATE, now)));
                changes.add(AttributeChange.replace(StoredObjects.date(Tag.COMPROMISE_OCCURRENCE_DATE, occurred)));
                ctx.request("compromiseOccurrenceDate", occurred.toString());
            } else {
                changes.add(AttributeChange.replace(StoredObjects.date(Tag.DEACTIVATION_DATE, now)));
            }
            return changes;
        });
        return new RevokeResponse(uid);
    }
}

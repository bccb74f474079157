package io.kmipserver.server.operation;

import io.kmipserver.codec.payload.CheckRequest;
import io.kmipserver.codec.payload.CheckResponse;
import io.kmipserver.codec.payload.ResponsePayload;
import io.kmipserver.codec.spec.Operation;
import io.kmipserver.codec.spec.Tag;
import io.kmipserver.codec.ttlv.TtlvItem;
import io.kmipserver.server.policy.Lifecycle;
import io.kmipserver.server.protocol.OperationContext;
import io.kmipserver.server.protocol.PermissionDeniedException;
import io.kmipserver.server.store.ManagedObject;
import io.kmipserver.server.store.ObjectStore;

/**
 * Check (KMIP 1.4 §4.10 Tables 192-193, errors Table 337; 2.1 §6.1.7), basic: the object must exist
 * for the caller, not be destroyed, and — when the request gives a Cryptographic Usage Mask — allow
 * every requested use. A refusal is Permission Denied and empties the ID Placeholder (§4.10), so that
 * batched operations after it that rely on it fail. This server grants no leases and keeps no usage
 * counts, so Lease Time and Usage Limits Count are accepted as they are.
 */
final class CheckHandler extends AbstractHandler<CheckRequest> {

    private final ObjectStore store;

    CheckHandler(ObjectStore store) {
        super(Operation.CHECK, CheckRequest.class);
        this.store = store;
    }

    @Override
    public ResponsePayload handle(CheckRequest request, OperationContext ctx) {
        String uid = ctx.resolve(request.uniqueIdentifier());
        ManagedObject o = StoredObjects.load(store, ctx, uid);
        if (Lifecycle.isDestroyed(StoredObjects.effectiveState(o, ctx.now()))) {
            ctx.clearPlaceholder();
            throw new PermissionDeniedException("the object has been destroyed");
        }
        Integer wanted = request.cryptographicUsageMask();
        if (wanted != null) {
            ctx.request("cryptographicUsageMask", Integer.toString(wanted));
            int has = o.attribute(Tag.CRYPTOGRAPHIC_USAGE_MASK)
                    .map(v -> v instanceof TtlvItem.IntegerItem i ? i.value() : 0).orElse(0);
            if ((has & wanted) != wanted) {
                ctx.clearPlaceholder();
                throw new PermissionDeniedException("the object's Cryptographic Usage Mask does not allow the requested use");
            }
        }
        return new CheckResponse(uid, null, null, null);
    }
}

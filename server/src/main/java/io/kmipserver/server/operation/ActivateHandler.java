package io.kmipserver.server.operation;

import io.kmipserver.codec.payload.ActivateRequest;
import io.kmipserver.codec.payload.ActivateResponse;
import io.kmipserver.codec.payload.ResponsePayload;
import io.kmipserver.codec.spec.Operation;
import io.kmipserver.codec.spec.Tag;
import io.kmipserver.server.policy.Lifecycle;
import io.kmipserver.server.protocol.OperationContext;
import io.kmipserver.server.store.AttributeChange;
import io.kmipserver.server.store.ObjectStore;
import java.util.List;

/**
 * Activate (KMIP 1.4 §4.19 Tables 210-211, errors Table 346; 2.1 §6.1.1 Tables 164-166): a Pre-Active
 * object becomes Active and its Activation Date is now. Any other state — including an object whose
 * Activation Date has already made it Active — fails: Permission Denied in 1.x, Wrong Key Lifecycle
 * State in 2.x.
 */
final class ActivateHandler extends AbstractHandler<ActivateRequest> {

    private final ObjectStore store;

    ActivateHandler(ObjectStore store) {
        super(Operation.ACTIVATE, ActivateRequest.class);
        this.store = store;
    }

    @Override
    public boolean changesState() {
        return true;
    }

    @Override
    public ResponsePayload handle(ActivateRequest request, OperationContext ctx) {
        String uid = ctx.resolve(request.uniqueIdentifier());
        StoredObjects.transition(store, ctx, uid, s -> Lifecycle.activate(s, ctx.version()), (tx, o, after) ->
                List.of(AttributeChange.replace(StoredObjects.date(Tag.ACTIVATION_DATE, ctx.now()))));
        return new ActivateResponse(uid);
    }
}

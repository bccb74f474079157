package io.kmipserver.server.operation;

import io.kmipserver.codec.payload.DestroyRequest;
import io.kmipserver.codec.payload.DestroyResponse;
import io.kmipserver.codec.payload.ResponsePayload;
import io.kmipserver.codec.spec.Operation;
import io.kmipserver.codec.spec.Tag;
import io.kmipserver.server.policy.Lifecycle;
import io.kmipserver.server.protocol.OperationContext;
import io.kmipserver.server.store.AttributeChange;
import io.kmipserver.server.store.ObjectStore;
import java.util.List;

/**
 * Destroy (KMIP 1.4 §4.21 Tables 214-215, errors Table 348; 2.1 §6.1.15 Tables 208-210): erases the
 * key material through the store and keeps the metadata (MAY in 1.x, SHALL in 2.x), in one write unit
 * with the state change: Pre-Active or Deactivated → Destroyed, Compromised → Destroyed Compromised,
 * Destroy Date now. An Active object is refused (1.x Permission Denied, 2.x Wrong Key Lifecycle State),
 * a destroyed one too (1.x Permission Denied, 2.x Object Destroyed).
 */
final class DestroyHandler extends AbstractHandler<DestroyRequest> {

    private final ObjectStore store;

    DestroyHandler(ObjectStore store) {
        super(Operation.DESTROY, DestroyRequest.class);
        this.store = store;
    }

    @Override
    public boolean changesState() {
        return true;
    }

    @Override
    public ResponsePayload handle(DestroyRequest request, OperationContext ctx) {
        String uid = ctx.resolve(request.uniqueIdentifier());
        StoredObjects.transition(store, ctx, uid, s -> Lifecycle.destroy(s, ctx.version()), (tx, o, after) -> {
            ctx.response("materialErased", Boolean.toString(tx.deleteMaterial(ctx.adapterId(), uid)));
            return List.of(AttributeChange.replace(StoredObjects.date(Tag.DESTROY_DATE, ctx.now())));
        });
        return new DestroyResponse(uid);
    }
}

package io.kmipserver.server.operation;

import io.kmipserver.codec.payload.DestroyRequest;
import io.kmipserver.codec.payload.DestroyResponse;
import io.kmipserver.codec.payload.ResponsePayload;
import io.kmipserver.codec.spec.Operation;
import io.kmipserver.server.protocol.OperationContext;
import io.kmipserver.server.store.ObjectStore;

/**
 * Destroy (KMIP 1.4 §4.21 Tables 214-215, errors Table 348; 2.1 §6.1.15 Tables 208-210): erases the
 * key material through the store and keeps the metadata (MAY in 1.x, SHALL in 2.x), in one write unit
 * with the state change: Pre-Active or Deactivated → Destroyed, Compromised → Destroyed Compromised,
 * Destroy Date now. An Active object is refused (1.x Permission Denied, 2.x Wrong Key Lifecycle State),
 * a destroyed one too (1.x Permission Denied, 2.x Object Destroyed). The unit is {@link Destruction},
 * shared with the management API.
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
        ctx.target(uid);
        Destruction destruction = new Destruction(ctx.adapterId(), uid, ctx.now(), ctx.version());
        ctx.commit(store, tx -> {
            try {
                return destruction.apply(tx);
            } finally {
                // before the pre-commit hook builds the event, and for a refusal's event too
                if (destruction.objectType() != null) {
                    ctx.objectType(destruction.objectType());
                }
                if (destruction.before() != null) {
                    ctx.request("state.before", destruction.before().specName());
                }
                if (destruction.after() != null) {
                    ctx.response("state.after", destruction.after().specName());
                    ctx.response("materialErased", Boolean.toString(destruction.materialErased()));
                }
            }
        });
        return new DestroyResponse(uid);
    }
}

package io.kmipserver.server.operation;

import io.kmipserver.codec.attribute.Attribute;
import io.kmipserver.codec.payload.ResponsePayload;
import io.kmipserver.codec.payload.SetAttributeRequest;
import io.kmipserver.codec.payload.SetAttributeResponse;
import io.kmipserver.codec.spec.Operation;
import io.kmipserver.server.policy.AttributeRule;
import io.kmipserver.server.policy.AttributeRules;
import io.kmipserver.server.protocol.MultiValuedAttributeException;
import io.kmipserver.server.protocol.OperationContext;
import io.kmipserver.server.protocol.ReadOnlyAttributeException;
import io.kmipserver.server.store.AttributeChange;
import io.kmipserver.server.store.ManagedObject;
import io.kmipserver.server.store.ObjectStore;
import io.kmipserver.server.store.StoredAttribute;
import java.util.List;

/**
 * Set Attribute (KMIP 2.x only; 2.1 §6.1.51 Tables 322-324): creates the attribute when the object has
 * none, replaces it when it has one instance, and fails with Multi Valued Attribute when it has more.
 * Read-only attributes are refused with Read Only Attribute.
 */
final class SetAttributeHandler extends AbstractHandler<SetAttributeRequest> {

    private final ObjectStore store;

    SetAttributeHandler(ObjectStore store) {
        super(Operation.SET_ATTRIBUTE, SetAttributeRequest.class);
        this.store = store;
    }

    @Override
    public boolean changesState() {
        return true;
    }

    @Override
    public ResponsePayload handle(SetAttributeRequest request, OperationContext ctx) {
        Attribute a = request.newAttribute();
        AttributeEdits.audit(ctx, a);
        AttributeRule rule = AttributeRules.of(a.key());
        if (!rule.onAdd() && !rule.clientModifiable()) {
            throw new ReadOnlyAttributeException("the client may not set " + a.key());
        }
        ClientAttributes.checkValue(a, ctx.version());
        String uid = ctx.resolve(request.uniqueIdentifier());
        ClientAttributes.requireUniqueNames(store, ctx, List.of(a), false);
        io.kmipserver.server.store.AttributeKey key = AttributeMapping.toStore(a.key());
        ctx.commit(store, tx -> {
            ManagedObject o = StoredObjects.load(tx, ctx, uid);
            List<StoredAttribute> instances = o.attributes(key);
            if (instances.size() > 1) {
                throw new MultiValuedAttributeException(a.key() + " has " + instances.size() + " instances");
            }
            if (instances.isEmpty() ? !rule.onAdd() : !rule.clientModifiable()) {
                throw new ReadOnlyAttributeException("the client may not " + (instances.isEmpty() ? "add " : "change ")
                        + a.key());
            }
            return AttributeEdits.apply(tx, ctx, o, a.tag(), a, new AttributeChange.Replace(key, a.value()));
        });
        return new SetAttributeResponse(uid);
    }
}

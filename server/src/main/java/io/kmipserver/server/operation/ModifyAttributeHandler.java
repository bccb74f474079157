package io.kmipserver.server.operation;

import io.kmipserver.codec.attribute.Attribute;
import io.kmipserver.codec.payload.ModifyAttributeRequest;
import io.kmipserver.codec.payload.ModifyAttributeResponse;
import io.kmipserver.codec.payload.ResponsePayload;
import io.kmipserver.codec.spec.KmipVersion;
import io.kmipserver.codec.spec.Operation;
import io.kmipserver.server.policy.AttributeRules;
import io.kmipserver.server.policy.Failures;
import io.kmipserver.server.protocol.InvalidFieldException;
import io.kmipserver.server.protocol.MultiValuedAttributeException;
import io.kmipserver.server.protocol.OperationContext;
import io.kmipserver.server.store.AttributeChange;
import io.kmipserver.server.store.ManagedObject;
import io.kmipserver.server.store.ObjectStore;
import io.kmipserver.server.store.StoredAttribute;
import io.kmipserver.server.store.UpdateResult;
import java.util.List;

/**
 * Modify Attribute (KMIP 1.4 §4.15 Tables 202-203, errors Table 342; 2.1 §6.1.34 Tables 265-267):
 * changes one existing instance. 1.x picks it by Attribute Index (0 when absent); 2.x by the Current
 * Attribute's value, or — without one — the only instance (several: Multi Valued Attribute). An
 * attribute the object lacks: 1.x Invalid Field, 2.x Attribute Not Found; no such instance: 1.x Item
 * Not Found, 2.x Attribute Instance Not Found; read-only: 1.x Permission Denied, 2.x Attribute Read
 * Only. Dates follow the lifecycle: the Activation Date of an object that is no longer Pre-Active
 * cannot change (test case SKLC-M-3).
 */
final class ModifyAttributeHandler extends AbstractHandler<ModifyAttributeRequest> {

    private final ObjectStore store;

    ModifyAttributeHandler(ObjectStore store) {
        super(Operation.MODIFY_ATTRIBUTE, ModifyAttributeRequest.class);
        this.store = store;
    }

    @Override
    public boolean changesState() {
        return true;
    }

    @Override
    public ResponsePayload handle(ModifyAttributeRequest request, OperationContext ctx) {
        KmipVersion version = ctx.version();
        Attribute a = request.newAttribute();
        Attribute current = request.currentAttribute();
        AttributeEdits.audit(ctx, a);
        if (current != null && !current.key().equals(a.key())) {
            throw new InvalidFieldException("Current Attribute and New Attribute name different attributes");
        }
        if (!AttributeRules.of(a.key()).clientModifiable()) {
            throw Failures.readOnlyOnChange(version, "the client may not modify " + a.key());
        }
        ClientAttributes.checkValue(a, version);
        String uid = ctx.resolve(request.uniqueIdentifier());
        ClientAttributes.requireUniqueNames(store, ctx, List.of(a), false);
        io.kmipserver.server.store.AttributeKey key = AttributeMapping.toStore(a.key());
        UpdateResult result = ctx.commit(store, tx -> {
            ManagedObject o = StoredObjects.load(tx, ctx, uid);
            List<StoredAttribute> instances = o.attributes(key);
            if (instances.isEmpty()) {
                throw Failures.attributeMissingOnModify(version, "the object has no " + a.key() + "; add it first");
            }
            StoredAttribute target;
            if (!version.is2x()) {
                target = AttributeEdits.instanceAt(instances, a.indexOrZero());
            } else if (current != null) {
                target = AttributeEdits.instanceWithValue(instances, current);
            } else if (instances.size() > 1) {
                throw new MultiValuedAttributeException(a.key() + " has several instances; name one as Current Attribute");
            } else {
                target = instances.get(0);
            }
            if (target == null) {
                throw Failures.instanceMissing(version, "no such instance of " + a.key());
            }
            return AttributeEdits.apply(tx, ctx, o, a.tag(), a,
                    new AttributeChange.Modify(key, target.index(), a.value()));
        });
        Attribute modified = AttributeMapping.toCodec(result.affected().get(0), version);
        return new ModifyAttributeResponse(uid, version.is2x() ? null : modified);
    }
}

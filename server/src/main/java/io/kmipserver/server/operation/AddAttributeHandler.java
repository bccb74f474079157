package io.kmipserver.server.operation;

import io.kmipserver.codec.attribute.Attribute;
import io.kmipserver.codec.payload.AddAttributeRequest;
import io.kmipserver.codec.payload.AddAttributeResponse;
import io.kmipserver.codec.payload.ResponsePayload;
import io.kmipserver.codec.spec.KmipVersion;
import io.kmipserver.codec.spec.Operation;
import io.kmipserver.server.policy.AttributeRule;
import io.kmipserver.server.policy.AttributeRules;
import io.kmipserver.server.policy.Failures;
import io.kmipserver.server.protocol.InvalidFieldException;
import io.kmipserver.server.protocol.OperationContext;
import io.kmipserver.server.store.AttributeChange;
import io.kmipserver.server.store.ManagedObject;
import io.kmipserver.server.store.ObjectStore;
import io.kmipserver.server.store.UpdateResult;
import java.util.List;

/**
 * Add Attribute (KMIP 1.4 §4.14 Tables 200-201, errors Table 341; 2.1 §6.1.2 Table 169): adds an
 * instance of an attribute the client may set. A read-only attribute is refused (1.x Permission
 * Denied, 2.x Read Only Attribute); a second instance of a single-instance attribute likewise (1.x
 * Illegal Operation, 2.x Attribute Single Valued); a 1.x request with a non-zero Attribute Index is
 * Invalid Field. The 1.x response echoes the attribute with the index the store gave it.
 */
final class AddAttributeHandler extends AbstractHandler<AddAttributeRequest> {

    private final ObjectStore store;

    AddAttributeHandler(ObjectStore store) {
        super(Operation.ADD_ATTRIBUTE, AddAttributeRequest.class);
        this.store = store;
    }

    @Override
    public boolean changesState() {
        return true;
    }

    @Override
    public ResponsePayload handle(AddAttributeRequest request, OperationContext ctx) {
        KmipVersion version = ctx.version();
        Attribute a = request.attribute();
        AttributeEdits.audit(ctx, a);
        if (a.index() != null && a.index() != 0) {
            throw new InvalidFieldException("Add Attribute must not carry an Attribute Index (KMIP 1.4 §4.14)");
        }
        AttributeRule rule = AttributeRules.of(a.key());
        if (!rule.onAdd()) {
            throw Failures.readOnlyOnAdd(version, "the client may not add " + a.key());
        }
        ClientAttributes.checkValue(a, version);
        String uid = ctx.resolve(request.uniqueIdentifier());
        ClientAttributes.requireUniqueNames(store, ctx, List.of(a), false);
        io.kmipserver.server.store.AttributeKey key = AttributeMapping.toStore(a.key());
        UpdateResult result = ctx.commit(store, tx -> {
            ManagedObject o = StoredObjects.load(tx, ctx, uid);
            if (!rule.multiInstance() && !o.attributes(key).isEmpty()) {
                throw Failures.singleValuedExists(version, a.key() + " is already set; use Modify Attribute");
            }
            return AttributeEdits.apply(tx, ctx, o, a.tag(), a, new AttributeChange.Add(key, a.value()));
        });
        Attribute added = AttributeMapping.toCodec(result.affected().get(0), version);
        return new AddAttributeResponse(uid, version.is2x() ? null : added);
    }
}

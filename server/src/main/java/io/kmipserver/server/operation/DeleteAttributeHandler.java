package io.kmipserver.server.operation;

import io.kmipserver.codec.attribute.Attribute;
import io.kmipserver.codec.attribute.AttributeKey;
import io.kmipserver.codec.payload.DeleteAttributeRequest;
import io.kmipserver.codec.payload.DeleteAttributeResponse;
import io.kmipserver.codec.payload.ResponsePayload;
import io.kmipserver.codec.spec.KmipVersion;
import io.kmipserver.codec.spec.Operation;
import io.kmipserver.server.policy.AttributeRules;
import io.kmipserver.server.policy.Failures;
import io.kmipserver.server.protocol.OperationContext;
import io.kmipserver.server.store.AttributeChange;
import io.kmipserver.server.store.ManagedObject;
import io.kmipserver.server.store.ObjectStore;
import io.kmipserver.server.store.StoredAttribute;
import io.kmipserver.server.store.UpdateResult;
import java.util.List;

/**
 * Delete Attribute (KMIP 1.4 §4.16 Tables 204-205, errors Table 343; 2.1 §6.1.13 Tables 202-204):
 * 1.x deletes the instance at the Attribute Index (0 when absent); 2.x the instance equal to the
 * Current Attribute, or every instance when only an Attribute Reference is given. Attributes that must
 * always have a value or that only the server sets are refused (1.x Permission Denied, 2.x Attribute
 * Read Only); a missing attribute or instance is Item Not Found in 1.x, Attribute (Instance) Not Found
 * in 2.x. The 1.x response echoes the deleted attribute.
 */
final class DeleteAttributeHandler extends AbstractHandler<DeleteAttributeRequest> {

    private final ObjectStore store;

    DeleteAttributeHandler(ObjectStore store) {
        super(Operation.DELETE_ATTRIBUTE, DeleteAttributeRequest.class);
        this.store = store;
    }

    @Override
    public boolean changesState() {
        return true;
    }

    @Override
    public ResponsePayload handle(DeleteAttributeRequest request, OperationContext ctx) {
        KmipVersion version = ctx.version();
        AttributeKey key = request.key();
        Attribute current = request.currentAttribute();
        ctx.request("attribute", AttributeMapping.nameOf(key));
        if (!AttributeRules.of(key).clientDeletable()) {
            throw Failures.readOnlyOnChange(version, "the client may not delete " + key);
        }
        String uid = ctx.resolve(request.uniqueIdentifier());
        io.kmipserver.server.store.AttributeKey storeKey = AttributeMapping.toStore(key);
        int tag = key instanceof AttributeKey.Standard s ? s.tag() : 0;
        UpdateResult result = ctx.commit(store, tx -> {
            ManagedObject o = StoredObjects.load(tx, ctx, uid);
            List<StoredAttribute> instances = o.attributes(storeKey);
            if (instances.isEmpty()) {
                throw Failures.attributeMissingOnDelete(version, "the object has no " + key);
            }
            AttributeChange change;
            if (!version.is2x() || current != null) {
                StoredAttribute target = version.is2x() ? AttributeEdits.instanceWithValue(instances, current)
                        : AttributeEdits.instanceAt(instances, request.attributeIndex() == null ? 0 : request.attributeIndex());
                if (target == null) {
                    throw Failures.instanceMissing(version, "no such instance of " + key);
                }
                change = new AttributeChange.Delete(storeKey, target.index());
            } else {
                change = new AttributeChange.DeleteAll(storeKey);
            }
            ctx.response("deletedInstances", Integer.toString(change instanceof AttributeChange.Delete ? 1 : instances.size()));
            return AttributeEdits.apply(tx, ctx, o, tag, null, change);
        });
        Attribute deleted = AttributeMapping.toCodec(result.affected().get(0), version);
        return new DeleteAttributeResponse(uid, version.is2x() ? null : deleted);
    }
}

package io.kmipserver.server.operation;

import io.kmipserver.codec.attribute.Attribute;
import io.kmipserver.codec.attribute.AttributeKey;
import io.kmipserver.codec.payload.GetAttributeListRequest;
import io.kmipserver.codec.payload.GetAttributeListResponse;
import io.kmipserver.codec.payload.ResponsePayload;
import io.kmipserver.codec.spec.Operation;
import io.kmipserver.server.protocol.OperationContext;
import io.kmipserver.server.store.ManagedObject;
import io.kmipserver.server.store.ObjectStore;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Get Attribute List (KMIP 1.4 §4.13 Tables 198-199, errors Table 340; 2.1 §6.1.21): the names of the
 * object's attributes — each once — that the request's version defines.
 */
final class GetAttributeListHandler extends AbstractHandler<GetAttributeListRequest> {

    private final ObjectStore store;

    GetAttributeListHandler(ObjectStore store) {
        super(Operation.GET_ATTRIBUTE_LIST, GetAttributeListRequest.class);
        this.store = store;
    }

    @Override
    public ResponsePayload handle(GetAttributeListRequest request, OperationContext ctx) {
        String uid = ctx.resolve(request.uniqueIdentifier());
        ManagedObject o = StoredObjects.load(store, ctx, uid);
        Set<AttributeKey> keys = new LinkedHashSet<>();
        for (Attribute a : AttributeViews.of(o, ctx.now(), ctx.version(), s -> true)) {
            keys.add(a.key());
        }
        ctx.response("attributeCount", Integer.toString(keys.size()));
        return new GetAttributeListResponse(uid, new ArrayList<>(keys));
    }
}

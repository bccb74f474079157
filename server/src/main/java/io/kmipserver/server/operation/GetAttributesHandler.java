package io.kmipserver.server.operation;

import io.kmipserver.codec.attribute.AttributeKey;
import io.kmipserver.codec.attribute.Attributes;
import io.kmipserver.codec.payload.GetAttributesRequest;
import io.kmipserver.codec.payload.GetAttributesResponse;
import io.kmipserver.codec.payload.ResponsePayload;
import io.kmipserver.codec.spec.Operation;
import io.kmipserver.server.protocol.InvalidMessageException;
import io.kmipserver.server.protocol.OperationContext;
import io.kmipserver.server.store.ManagedObject;
import io.kmipserver.server.store.ObjectStore;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Get Attributes (KMIP 1.4 §4.12 Tables 196-197, errors Table 339; 2.1 §6.1.20): the requested
 * attributes with every instance, or all when none is named; an attribute the object lacks is simply
 * absent. The same name twice is Invalid Message (Table 339). Only what the request's version defines
 * is returned.
 */
final class GetAttributesHandler extends AbstractHandler<GetAttributesRequest> {

    private final ObjectStore store;

    GetAttributesHandler(ObjectStore store) {
        super(Operation.GET_ATTRIBUTES, GetAttributesRequest.class);
        this.store = store;
    }

    @Override
    public ResponsePayload handle(GetAttributesRequest request, OperationContext ctx) {
        List<AttributeKey> requested = request.attributes();
        Set<io.kmipserver.server.store.AttributeKey> keys = new HashSet<>();
        StringJoiner names = new StringJoiner(", ");
        for (AttributeKey k : requested) {
            if (!keys.add(AttributeMapping.toStore(k))) {
                throw new InvalidMessageException("the attribute " + k + " is requested more than once");
            }
            names.add(k.toString());
        }
        if (!requested.isEmpty()) {
            ctx.request("attributes", names.toString());
        }
        String uid = ctx.resolve(request.uniqueIdentifier());
        ManagedObject o = StoredObjects.load(store, ctx, uid);
        Attributes out = AttributeViews.of(o, ctx.now(), ctx.version(),
                s -> requested.isEmpty() || keys.contains(s.key()));
        ctx.response("attributeCount", Integer.toString(out.size()));
        return new GetAttributesResponse(uid, out);
    }
}

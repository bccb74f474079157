package io.kmipserver.server.operation;

import io.kmipserver.codec.attribute.TtlvItems;
import io.kmipserver.codec.payload.QueryRequest;
import io.kmipserver.codec.payload.QueryResponse;
import io.kmipserver.codec.payload.ResponsePayload;
import io.kmipserver.codec.spec.ObjectType;
import io.kmipserver.codec.spec.Operation;
import io.kmipserver.codec.spec.QueryFunction;
import io.kmipserver.codec.spec.Tag;
import io.kmipserver.codec.ttlv.TtlvItem;
import io.kmipserver.server.protocol.OperationContext;
import io.kmipserver.server.protocol.ProcessorSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * Query (KMIP 1.4 §4.25 Tables 222-223; 2.1 §6.1.40): Query Operations lists the operations this
 * server handles that the request's version defines and the caller's adapter may use; Query Objects
 * the object types it manages (Symmetric Key, Secret Data, Opaque Object); Query Server Information
 * the Vendor Identification and a Server Information structure (2.x fields Server Name, Server
 * Version, Product Name; a 1.x structure is vendor-specific and left empty). Other query functions
 * have nothing to report here and add nothing ("the response payload is empty if there are no values
 * to return").
 */
final class QueryHandler extends AbstractHandler<QueryRequest> {

    private static final List<ObjectType> OBJECT_TYPES = List.of(ObjectType.SYMMETRIC_KEY, ObjectType.SECRET_DATA,
            ObjectType.OPAQUE_OBJECT);

    private final List<Operation> operations;
    private final ProcessorSettings settings;

    QueryHandler(List<Operation> operations, ProcessorSettings settings) {
        super(Operation.QUERY, QueryRequest.class);
        this.operations = List.copyOf(operations);
        this.settings = settings;
    }

    @Override
    public ResponsePayload handle(QueryRequest request, OperationContext ctx) {
        StringJoiner asked = new StringJoiner(", ");
        request.queryFunctions().forEach(f -> asked.add(f.specName()));
        ctx.request("queryFunctions", asked.toString());
        List<Operation> ops = new ArrayList<>();
        List<ObjectType> types = new ArrayList<>();
        String vendor = null;
        TtlvItem info = null;
        if (request.queryFunctions().contains(QueryFunction.QUERY_OPERATIONS)) {
            for (Operation op : operations) {
                if (op.knownIn(ctx.version()) && ctx.adapter().allows(op.value())) {
                    ops.add(op);
                }
            }
        }
        if (request.queryFunctions().contains(QueryFunction.QUERY_OBJECTS)) {
            types.addAll(OBJECT_TYPES);
        }
        if (request.queryFunctions().contains(QueryFunction.QUERY_SERVER_INFORMATION)) {
            vendor = settings.vendorIdentification();
            TtlvItem.Structure full = TtlvItems.structureBuilder(Tag.SERVER_INFORMATION)
                    .text(Tag.SERVER_NAME, settings.nodeId())
                    .text(Tag.SERVER_VERSION, settings.serverVersion())
                    .text(Tag.PRODUCT_NAME, settings.vendorIdentification())
                    .build();
            info = TtlvItems.withoutUnknownFields(full, ctx.version());
        }
        ctx.response("operations", Integer.toString(ops.size()));
        return new QueryResponse(ops, types, vendor, info, null, null, null, null, null, null, null, null, null, null);
    }
}

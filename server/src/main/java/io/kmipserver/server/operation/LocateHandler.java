package io.kmipserver.server.operation;

import io.kmipserver.codec.payload.LocateRequest;
import io.kmipserver.codec.payload.LocateResponse;
import io.kmipserver.codec.payload.ResponsePayload;
import io.kmipserver.codec.spec.Operation;
import io.kmipserver.codec.spec.Tag;
import io.kmipserver.codec.spec.TagDefinition;
import io.kmipserver.codec.spec.TagRegistry;
import io.kmipserver.server.protocol.OperationContext;
import io.kmipserver.server.store.ObjectStore;
import java.util.List;

/**
 * Locate (KMIP 1.4 §4.9 Tables 190-191, errors Table 336; 2.1 §6.1.28 Tables 247-249): the adapter's
 * objects matching every criterion ({@link Locates}), newest first (2.1: "descending order of object
 * creation"), after Offset Items, at most Maximum Items (and the store's cap). Located Items (1.3+)
 * counts every match. One result goes into the ID Placeholder; several, or none, empty it (§4.9).
 *
 * <p>State criteria match the stored state: an object whose Activation or Deactivation Date passed
 * since it was last written is found under its previous state until a write persists the change
 * (see {@link io.kmipserver.server.policy.Lifecycle}).
 */
final class LocateHandler extends AbstractHandler<LocateRequest> {

    /** At most this many located identifiers are named in the audit event's target. */
    private static final int AUDITED_TARGETS = 100;

    private final ObjectStore store;

    LocateHandler(ObjectStore store) {
        super(Operation.LOCATE, LocateRequest.class);
        this.store = store;
    }

    @Override
    public ResponsePayload handle(LocateRequest request, OperationContext ctx) {
        Locates.Plan plan = Locates.plan(request, ctx.version());
        ctx.request("filters", plan.description());
        if (request.maximumItems() != null) {
            ctx.request("maximumItems", request.maximumItems().toString());
        }
        if (request.offsetItems() != null) {
            ctx.request("offsetItems", request.offsetItems().toString());
        }
        if (request.storageStatusMask() != null) {
            ctx.request("storageStatusMask", request.storageStatusMask().toString());
        }
        if (request.objectGroupMember() != null) {
            ctx.request("objectGroupMember", request.objectGroupMember().specName());
        }
        List<String> found = plan.query() == null ? List.of() : store.locate(ctx.adapterId(), plan.query());
        Integer located = null;
        if (knownIn(Tag.LOCATED_ITEMS, ctx)) {
            located = plan.query() == null ? 0 : (int) Math.min(Integer.MAX_VALUE,
                    store.count(ctx.adapterId(), plan.query().filters()));
            ctx.response("locatedItems", located.toString());
        }
        ctx.response("returnedItems", Integer.toString(found.size()));
        for (int i = 0; i < found.size(); i++) {
            ctx.returned(found.get(i), found.size() == 1);
            if (i < AUDITED_TARGETS) {
                ctx.target(found.get(i));
            }
        }
        if (found.size() != 1) {
            ctx.clearPlaceholder();
        }
        return new LocateResponse(located, found);
    }

    private static boolean knownIn(int tag, OperationContext ctx) {
        TagDefinition d = TagRegistry.byNumber(tag);
        return d != null && d.knownIn(ctx.version());
    }
}

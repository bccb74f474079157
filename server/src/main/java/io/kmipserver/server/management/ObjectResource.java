package io.kmipserver.server.management;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kmipserver.codec.spec.CryptographicAlgorithm;
import io.kmipserver.codec.spec.KmipVersion;
import io.kmipserver.codec.spec.ObjectType;
import io.kmipserver.codec.spec.ResultReason;
import io.kmipserver.codec.spec.State;
import io.kmipserver.codec.spec.Tag;
import io.kmipserver.codec.ttlv.TtlvItem;
import io.kmipserver.server.operation.Destruction;
import io.kmipserver.server.operation.StoredObjects;
import io.kmipserver.server.protocol.KmipException;
import io.kmipserver.server.store.Adapter;
import io.kmipserver.server.store.AttributeKey;
import io.kmipserver.server.store.LocateFilter;
import io.kmipserver.server.store.LocateQuery;
import io.kmipserver.server.store.ManagedObject;
import io.kmipserver.server.store.ObjectStore;
import io.kmipserver.server.store.StoredAttribute;
import io.netty.handler.codec.http.HttpMethod;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /api/v2/kmip_adapters/{adapter}/kmip_objects}: an adapter's Managed Objects — metadata only,
 * never key material. List (filter {@code state=1,2} by KMIP State value or name, {@code limit} up to
 * 1,000, {@code offset}; newest first, an indexed store query like Locate), read, and delete with
 * KMIP Destroy semantics through {@link Destruction} (the Destroy handler's own unit): refused with 409
 * while the object is Active or already destroyed; the metadata stays.
 *
 * <p>Resource: {@code id, kmip_object_type, kmip_object_type_name, object_state, object_state_name,
 * cryptographic_algorithm, cryptographic_length, names, object_groups, created_at (Initial Date),
 * updated_at (Last Change Date), activation_date, deactivation_date, destroyed_at, compromised_at,
 * key_material_present}. {@code object_state} is the effective state: an Activation or Deactivation
 * Date already passed counts, as for KMIP reads; the {@code state} filter matches the stored state,
 * as KMIP Locate does.
 */
final class ObjectResource {

    static final String COLLECTION_TYPE = "application/vnd.ibm.kms.kmip_object+json";
    private static final String BASE = ManagementResources.API + "/kmip_adapters/{adapter}/kmip_objects";
    private static final int MAX_LIMIT = 1000;

    private final ManagementServices services;
    private final ObjectStore store;

    ObjectResource(ManagementServices services) {
        this.services = services;
        this.store = services.store();
    }

    void register(Router router) {
        router.add(HttpMethod.GET, BASE, "object", "list", ManagementResources.ADMIN_ONLY, this::list)
                .add(HttpMethod.GET, BASE + "/{id}", "object", "read", ManagementResources.ADMIN_ONLY, this::read)
                .add(HttpMethod.DELETE, BASE + "/{id}", "object", "delete", ManagementResources.ADMIN_ONLY,
                        this::delete);
    }

    private ApiResponse list(ApiCall call) {
        Adapter adapter = AdapterResource.find(call, store);
        List<LocateFilter> filters = new ArrayList<>();
        Set<Long> states = states(call.queryValues("state"));
        if (!states.isEmpty()) {
            filters.add(new LocateFilter.NumberIn(AttributeKey.standard(Tag.STATE), states));
            call.request("state", states.toString());
        }
        int limit = call.queryInt("limit", 200, 1, MAX_LIMIT);
        int offset = call.queryInt("offset", 0, 0, Integer.MAX_VALUE);
        List<String> ids = store.locate(adapter.id(), new LocateQuery(filters, limit, offset));
        long total = store.count(adapter.id(), filters);
        Instant now = services.clock().instant();
        List<JsonNode> page = new ArrayList<>(ids.size());
        for (String id : ids) {
            // deleted between the two reads: skip, the next page's total says so
            store.findObject(adapter.id(), id).ifPresent(o -> page.add(json(o, now)));
        }
        call.response("count", Integer.toString(page.size()));
        return ApiResponse.ok(Json.collection(COLLECTION_TYPE, total, page));
    }

    private ApiResponse read(ApiCall call) {
        Adapter adapter = AdapterResource.find(call, store);
        ManagedObject o = find(call, adapter);
        return ApiResponse.ok(Json.collection(COLLECTION_TYPE, 1, List.of(json(o, services.clock().instant()))));
    }

    private ApiResponse delete(ApiCall call) {
        Adapter adapter = AdapterResource.find(call, store);
        String id = call.pathParameter("id");
        call.target(id);
        // The management API speaks the KMIP 2.1 rules: Wrong Key Lifecycle State and Object Destroyed.
        Destruction destruction = new Destruction(adapter.id(), id, services.clock().instant(), KmipVersion.V2_1);
        try {
            call.commit(store, 204, tx -> {
                try {
                    return destruction.apply(tx);
                } finally {
                    describe(call, destruction);
                }
            });
        } catch (KmipException e) {
            throw translate(e);
        }
        return ApiResponse.noContent();
    }

    private static void describe(ApiCall call, Destruction destruction) {
        if (destruction.objectType() != null) {
            call.targetType(destruction.objectType().specName());
        }
        if (destruction.before() != null) {
            call.request("state.before", destruction.before().specName());
        }
        if (destruction.after() != null) {
            call.response("state.after", destruction.after().specName());
            call.response("materialErased", Boolean.toString(destruction.materialErased()));
        }
    }

    private static ApiException translate(KmipException e) {
        if (e.resultReason() == ResultReason.ITEM_NOT_FOUND) {
            return ApiException.notFound(e.getMessage());
        }
        if (e.resultReason() == ResultReason.WRONG_KEY_LIFECYCLE_STATE
                || e.resultReason() == ResultReason.OBJECT_DESTROYED
                || e.resultReason() == ResultReason.PERMISSION_DENIED) {
            return ApiException.conflict(e.getMessage());
        }
        throw e;
    }

    private ManagedObject find(ApiCall call, Adapter adapter) {
        String id = call.pathParameter("id");
        call.target(id);
        ManagedObject o = store.findObject(adapter.id(), id)
                .orElseThrow(() -> ApiException.notFound("no KMIP object " + id + " in adapter " + adapter.name()));
        call.targetType(StoredObjects.objectType(o).specName());
        return o;
    }

    /** {@code state} values: KMIP State enumeration values or names ({@code active}, {@code pre-active}). */
    static Set<Long> states(List<String> values) {
        Set<Long> out = new LinkedHashSet<>();
        for (String v : values) {
            State state = null;
            try {
                state = State.fromValue(Integer.parseInt(v));
            } catch (NumberFormatException e) {
                String wanted = squash(v);
                for (State s : State.values()) {
                    if (squash(s.specName()).equals(wanted)) {
                        state = s;
                    }
                }
            }
            if (state == null) {
                throw ApiException.badRequest("state: '" + v + "' is no KMIP State (1 Pre-Active, 2 Active,"
                        + " 3 Deactivated, 4 Compromised, 5 Destroyed, 6 Destroyed Compromised)");
            }
            out.add((long) state.value());
        }
        return out;
    }

    private static String squash(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    static ObjectNode json(ManagedObject o, Instant now) {
        ObjectNode node = Json.object();
        node.put("id", o.uniqueIdentifier());
        node.put("kmip_object_type", o.objectType());
        ObjectType type = ObjectType.fromValue(o.objectType());
        node.put("kmip_object_type_name", type != null ? type.specName() : null);
        State state = StoredObjects.effectiveState(o, now);
        node.put("object_state", state.value());
        node.put("object_state_name", state.specName());
        if (o.cryptographicAlgorithm() != null) {
            CryptographicAlgorithm algorithm = CryptographicAlgorithm.fromValue(o.cryptographicAlgorithm());
            node.put("cryptographic_algorithm", algorithm != null ? algorithm.specName()
                    : Integer.toString(o.cryptographicAlgorithm()));
        } else {
            node.putNull("cryptographic_algorithm");
        }
        if (o.cryptographicLength() != null) {
            node.put("cryptographic_length", o.cryptographicLength());
        } else {
            node.putNull("cryptographic_length");
        }
        texts(node.putArray("names"), o, Tag.NAME);
        texts(node.putArray("object_groups"), o, Tag.OBJECT_GROUP);
        Json.putInstant(node, "created_at", o.initialDate());
        Json.putInstant(node, "updated_at", o.lastChangeDate());
        Json.putInstant(node, "activation_date", o.activationDate());
        Json.putInstant(node, "deactivation_date", o.deactivationDate());
        Json.putInstant(node, "destroyed_at", o.destroyDate());
        Json.putInstant(node, "compromised_at", o.compromiseDate());
        node.put("key_material_present", o.hasMaterial());
        return node;
    }

    /** The text of each instance: a Text String, or a structure's first Text String (Name Value). */
    private static void texts(ArrayNode out, ManagedObject o, int tag) {
        for (StoredAttribute a : o.attributes(AttributeKey.standard(tag))) {
            text(a.value()).ifPresent(out::add);
        }
    }

    private static Optional<String> text(TtlvItem item) {
        if (item instanceof TtlvItem.TextString t) {
            return Optional.of(t.value());
        }
        if (item instanceof TtlvItem.Structure s) {
            for (TtlvItem child : s.items()) {
                if (child instanceof TtlvItem.TextString t) {
                    return Optional.of(t.value());
                }
            }
        }
        return Optional.empty();
    }
}

package io.kmipserver.server.management;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kmipserver.codec.spec.Operation;
import io.kmipserver.server.store.Adapter;
import io.kmipserver.server.store.ConflictException;
import io.kmipserver.server.store.NewAdapter;
import io.kmipserver.server.store.ObjectStore;
import io.netty.handler.codec.http.HttpMethod;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code /api/v2/kmip_adapters}: the tenants. Create (with its root key), list, read and delete (refused
 * with 409 while the adapter owns objects; its clients' open KMIP connections are cut). An adapter is
 * named in paths by its id or its name.
 *
 * <p>Resource: {@code id, name, description, profile, profile_data, allowed_operations (null: all),
 * credential_required, created_by, created_at, updated_by, updated_at}.
 */
final class AdapterResource {

    static final String COLLECTION_TYPE = "application/vnd.ibm.kms.kmip_adapter+json";
    static final String TARGET_TYPE = "kmip_adapter";
    private static final String BASE = ManagementResources.API + "/kmip_adapters";

    private final ManagementServices services;
    private final ObjectStore store;

    AdapterResource(ManagementServices services) {
        this.services = services;
        this.store = services.store();
    }

    void register(Router router) {
        router.add(HttpMethod.POST, BASE, "adapter", "create", ManagementResources.ADMIN_ONLY, this::create)
                .add(HttpMethod.GET, BASE, "adapter", "list", ManagementResources.ADMIN_ONLY, this::list)
                .add(HttpMethod.GET, BASE + "/{adapter}", "adapter", "read", ManagementResources.ADMIN_ONLY, this::read)
                .add(HttpMethod.DELETE, BASE + "/{adapter}", "adapter", "delete", ManagementResources.ADMIN_ONLY,
                        this::delete);
    }

    private ApiResponse create(ApiCall call) {
        JsonNode body = call.resource();
        String name = Fields.requiredText(body, "name", 128);
        String description = Fields.optionalText(body, "description", 1024);
        String profile = Fields.optionalText(body, "profile", 64);
        if (profile != null && !profile.equals(NewAdapter.DEFAULT_PROFILE)) {
            throw ApiException.badRequest("profile must be " + NewAdapter.DEFAULT_PROFILE);
        }
        Set<Integer> allowed = allowedOperations(body.get("allowed_operations"));
        call.request("name", name);
        if (allowed != null) {
            call.request("allowed_operations", names(allowed).toString());
        }
        call.targetType(TARGET_TYPE);
        call.targetAdapter(name);
        NewAdapter adapter = new NewAdapter(name, description, profile, allowed, null);
        Adapter created;
        try {
            created = call.commit(store, 201, tx -> {
                Adapter a = tx.insertAdapter(adapter, call.caller().actor());
                call.target(a.id());
                // In the unit: an adapter exists only with its root key (the call is idempotent, and a
                // unit that fails after it leaves at most an unused key behind).
                services.keyProtector().createRootKey(a.id());
                return a;
            });
        } catch (ConflictException e) {
            throw ApiException.conflict("an adapter named '" + name + "' exists already");
        }
        services.trust().refresh();
        return ApiResponse.created(Json.collection(COLLECTION_TYPE, 1, List.of(json(created))));
    }

    private ApiResponse list(ApiCall call) {
        List<Adapter> adapters = new ArrayList<>(store.listAdapters());
        adapters.sort(Comparator.comparing(Adapter::createdAt, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Adapter::name));
        int limit = call.queryInt("limit", 200, 1, 5000);
        int offset = call.queryInt("offset", 0, 0, Integer.MAX_VALUE);
        List<JsonNode> page = new ArrayList<>();
        for (int i = offset; i < adapters.size() && page.size() < limit; i++) {
            page.add(json(adapters.get(i)));
        }
        call.targetType(TARGET_TYPE);
        call.response("count", Integer.toString(page.size()));
        return ApiResponse.ok(Json.collection(COLLECTION_TYPE, adapters.size(), page));
    }

    private ApiResponse read(ApiCall call) {
        Adapter adapter = find(call);
        return ApiResponse.ok(Json.collection(COLLECTION_TYPE, 1, List.of(json(adapter))));
    }

    private ApiResponse delete(ApiCall call) {
        Adapter adapter = find(call);
        try {
            call.commit(store, 204, tx -> {
                tx.deleteAdapter(adapter.id(), call.caller().actor());
                return null;
            });
        } catch (ConflictException e) {
            throw ApiException.conflict("adapter '" + adapter.name() + "' still owns KMIP objects (destroyed objects keep"
                    + " their metadata); it cannot be deleted");
        }
        services.trust().refresh();
        // After the commit (and its event): the trust no longer admits them, now cut what is open.
        services.kmipServer().disconnect(session -> session.adapterId().equals(adapter.id()));
        return ApiResponse.noContent();
    }

    /**
     * The adapter a path names, by id or by name; records it as the call's target. 404 when none.
     * Shared by the resources under an adapter.
     */
    static Adapter find(ApiCall call, ObjectStore store) {
        String ref = call.pathParameter("adapter");
        Adapter adapter = store.findAdapter(ref).or(() -> store.findAdapterByName(ref))
                .orElseThrow(() -> ApiException.notFound("no adapter '" + ref + "'"));
        call.targetAdapter(adapter.name());
        return adapter;
    }

    private Adapter find(ApiCall call) {
        Adapter adapter = find(call, store);
        call.target(adapter.id());
        call.targetType(TARGET_TYPE);
        return adapter;
    }

    static ObjectNode json(Adapter a) {
        ObjectNode node = Json.object();
        node.put("id", a.id());
        node.put("name", a.name());
        node.put("description", a.description());
        node.put("profile", a.profile());
        node.putObject("profile_data");
        if (a.allowedOperations() == null) {
            node.putNull("allowed_operations");
        } else {
            ArrayNode ops = node.putArray("allowed_operations");
            names(a.allowedOperations()).forEach(ops::add);
        }
        node.put("credential_required", a.credential() != null);
        node.put("created_by", a.createdBy());
        Json.putInstant(node, "created_at", a.createdAt());
        node.put("updated_by", a.updatedBy());
        Json.putInstant(node, "updated_at", a.updatedAt());
        return node;
    }

    private static List<String> names(Set<Integer> operations) {
        List<String> out = new ArrayList<>();
        for (Integer value : new TreeSet<>(operations)) {
            Operation op = operationOrNull(value);
            out.add(op != null ? op.specName() : Integer.toString(value));
        }
        return out;
    }

    private static Operation operationOrNull(int value) {
        return Operation.fromValue(value);
    }

    /**
     * {@code allowed_operations}: absent or null for all, else an array of KMIP operation names
     * ({@code "Get"}, {@code "Get Attributes"}, case and separators ignored) or enumeration values.
     */
    static Set<Integer> allowedOperations(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isArray()) {
            throw ApiException.badRequest("allowed_operations must be an array of KMIP operation names");
        }
        Set<Integer> out = new LinkedHashSet<>();
        for (JsonNode item : node) {
            if (item.isInt()) {
                Operation op = operationOrNull(item.asInt());
                if (op == null) {
                    throw ApiException.badRequest("allowed_operations: no KMIP operation has the value " + item.asInt());
                }
                out.add(op.value());
            } else if (item.isTextual()) {
                out.add(operationNamed(item.asText()).value());
            } else {
                throw ApiException.badRequest("allowed_operations must hold operation names or values");
            }
        }
        return out;
    }

    private static Operation operationNamed(String name) {
        String wanted = squash(name);
        for (Operation op : Operation.values()) {
            if (squash(op.specName()).equals(wanted) || squash(op.name()).equals(wanted)) {
                return op;
            }
        }
        throw ApiException.badRequest("allowed_operations: unknown KMIP operation '" + name + "'");
    }

    private static String squash(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}

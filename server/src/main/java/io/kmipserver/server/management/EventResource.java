package io.kmipserver.server.management;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kmipserver.audit.event.AuditEvent;
import io.kmipserver.audit.event.Outcome;
import io.kmipserver.audit.event.Severity;
import io.kmipserver.audit.export.CadfJson;
import io.kmipserver.audit.query.EventPage;
import io.kmipserver.audit.query.EventQueries;
import io.kmipserver.audit.query.EventQuery;
import io.kmipserver.audit.query.InvalidCursorException;
import io.kmipserver.audit.query.Subscription;
import io.kmipserver.audit.query.UsageSummary;
import io.kmipserver.server.store.Adapter;
import io.netty.handler.codec.http.HttpMethod;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The audit journal's questions ({@link EventQueries}, answered by the node's audit index):
 * {@code GET /api/v2/events} (filters, newest first, cursor), {@code GET /api/v2/events/{id}},
 * {@code GET /api/v2/events/stream} (Server-Sent Events of new matching events) and
 * {@code GET /api/v2/kmip_adapters/{adapter}/kmip_objects/{id}/usage}. Admins and auditors.
 *
 * <p>An event is its CADF JSON ({@link CadfJson}), the same document {@code audit export} writes.
 */
final class EventResource {

    static final String COLLECTION_TYPE = "application/vnd.ibm.kms.event+json";
    static final String USAGE_TYPE = "application/vnd.ibm.kms.kmip_object_usage+json";
    static final String TARGET_TYPE = "audit_event";
    private static final String BASE = ManagementResources.API + "/events";
    private static final Set<String> FILTERS = Set.of("from", "to", "action", "target", "initiator", "outcome", "severity",
            "reason", "correlationId");
    private static final Set<String> LIST_PARAMETERS = union(FILTERS, Set.of("limit", "cursor"));
    /** A comment line every so often keeps proxies and idle timeouts from closing a quiet stream. */
    static final long HEARTBEAT_SECONDS = 15;
    private static final int LAST_USERS = 10;

    /** Heartbeats of every open stream; a daemon thread: streams end with their connections. */
    private static final ScheduledExecutorService HEARTBEATS = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "kmip-management-sse-heartbeat");
        thread.setDaemon(true);
        return thread;
    });

    private final ManagementServices services;

    EventResource(ManagementServices services) {
        this.services = services;
    }

    void register(Router router) {
        router.add(HttpMethod.GET, BASE, "event", "list", ManagementResources.READERS, this::list)
                .add(HttpMethod.GET, BASE + "/stream", "event", "stream", ManagementResources.READERS, this::stream)
                .add(HttpMethod.GET, BASE + "/{id}", "event", "read", ManagementResources.READERS, this::read)
                .add(HttpMethod.GET, ManagementResources.API + "/kmip_adapters/{adapter}/kmip_objects/{id}/usage", "usage",
                        "read", ManagementResources.READERS, this::usage);
    }

    private EventQueries queries() {
        return services.audit().queries();
    }

    private ApiResponse list(ApiCall call) {
        EventQuery query = query(call, LIST_PARAMETERS);
        EventPage page;
        try {
            page = queries().search(query);
        } catch (InvalidCursorException e) {
            throw new ApiException(400, "invalid_cursor", e.getMessage());
        }
        call.response("count", Integer.toString(page.events().size()));
        List<JsonNode> resources = new ArrayList<>(page.events().size());
        for (AuditEvent event : page.events()) {
            resources.add(json(event));
        }
        ObjectNode document = Json.collection(COLLECTION_TYPE, resources.size(), resources);
        ((ObjectNode) document.get("metadata")).put("nextCursor", page.nextCursor());
        return ApiResponse.ok(document);
    }

    private ApiResponse read(ApiCall call) {
        String id = call.pathParameter("id");
        call.target(id);
        call.targetType(TARGET_TYPE);
        AuditEvent event = queries().find(id).orElseThrow(() -> ApiException.notFound("no audit event '" + id + "'"));
        return ApiResponse.ok(Json.collection(COLLECTION_TYPE, 1, List.of(json(event))));
    }

    private ApiResponse usage(ApiCall call) {
        Adapter adapter = AdapterResource.find(call, services.store());
        String id = call.pathParameter("id");
        call.target(id);
        call.targetType("kmip_object");
        if (services.store().findObject(adapter.id(), id).isEmpty()) {
            throw ApiException.notFound("adapter '" + adapter.name() + "' has no KMIP object '" + id + "'");
        }
        UsageSummary usage = queries().usage(adapter.name(), id, LAST_USERS);
        ObjectNode resource = Json.object();
        resource.put("adapter", usage.adapter());
        resource.put("uniqueIdentifier", usage.uniqueIdentifier());
        Json.putInstant(resource, "firstUse", usage.firstUse());
        Json.putInstant(resource, "lastUse", usage.lastUse());
        long total = 0;
        ObjectNode byAction = resource.putObject("byAction");
        for (Map.Entry<String, UsageSummary.ActionUsage> entry : new java.util.TreeMap<>(usage.byAction()).entrySet()) {
            UsageSummary.ActionUsage a = entry.getValue();
            ObjectNode node = byAction.putObject(entry.getKey());
            node.put("count", a.count());
            node.put("failures", a.failures());
            Json.putInstant(node, "firstUse", a.firstUse());
            Json.putInstant(node, "lastUse", a.lastUse());
            total += a.count();
        }
        resource.put("totalEvents", total);
        var users = resource.putArray("lastUsers");
        for (UsageSummary.UsageUser u : usage.lastUsers()) {
            ObjectNode node = users.addObject();
            node.put("adapter", u.adapter());
            node.put("certificateSubject", u.certificateSubject());
            node.put("certificateFingerprint", u.certificateFingerprint());
            node.put("remoteAddress", u.remoteAddress());
            node.put("lastAction", u.lastAction());
            Json.putInstant(node, "lastUse", u.lastUse());
        }
        call.response("totalEvents", Long.toString(total));
        return ApiResponse.ok(Json.collection(USAGE_TYPE, 1, List.of(resource)));
    }

    private ApiResponse stream(ApiCall call) {
        EventQuery filter = query(call, FILTERS);
        EventQueries queries = queries();
        return ApiResponse.stream("text/event-stream", stream -> {
            // runs on the connection's event loop: subscribe and schedule only, nothing that blocks
            stream.send(": subscribed\n\n");
            Subscription subscription = queries.subscribe(filter, event -> {
                if (!stream.send(sse(event))) {
                    stream.close();
                }
            });
            ScheduledFuture<?> heartbeat = HEARTBEATS.scheduleAtFixedRate(() -> {
                if (!stream.send(": heartbeat\n\n")) {
                    stream.close();
                }
            }, HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
            stream.onClose(() -> {
                subscription.close();
                heartbeat.cancel(false);
            });
        });
    }

    /** One SSE message: the event id as {@code id}, its CADF JSON (one line) as {@code data}. */
    static String sse(AuditEvent event) {
        return "id: " + event.id().replace('\n', ' ') + "\nevent: audit\ndata: " + CadfJson.toJson(event) + "\n\n";
    }

    /** The filters of a call; 400 for an unknown parameter or a value that cannot be a filter. */
    private static EventQuery query(ApiCall call, Set<String> allowed) {
        for (String name : call.queryNames()) {
            if (!allowed.contains(name)) {
                throw ApiException.badRequest("unknown query parameter '" + name + "'; expected one of "
                        + new java.util.TreeSet<>(allowed));
            }
        }
        Instant from = call.query("from").map(v -> instant("from", v)).orElse(null);
        Instant to = call.query("to").map(v -> instant("to", v)).orElse(null);
        if (from != null && to != null && !from.isBefore(to)) {
            throw ApiException.badRequest("'from' must be before 'to'");
        }
        List<String> actions = call.queryValues("action");
        for (String action : actions) {
            if (action.equals(".*") || action.contains("*") && !action.endsWith(".*") || action.length() > 128) {
                throw ApiException.badRequest("action '" + action + "' is neither an action (kmip.get) nor a prefix ending"
                        + " in .* (kmip.*)");
            }
        }
        Outcome outcome = call.query("outcome").map(v -> enumValue(Outcome.class, "outcome", v)).orElse(null);
        Severity severity = call.query("severity").map(v -> enumValue(Severity.class, "severity", v)).orElse(null);
        int limit = allowed.contains("limit")
                ? call.queryInt("limit", EventQuery.DEFAULT_LIMIT, 1, EventQuery.MAX_LIMIT) : EventQuery.DEFAULT_LIMIT;
        String cursor = allowed.contains("cursor") ? call.query("cursor").filter(c -> !c.isEmpty()).orElse(null) : null;
        EventQuery query = new EventQuery(from, to, actions, text(call, "target"), text(call, "initiator"), outcome,
                severity, text(call, "reason"), text(call, "correlationId"), limit, cursor);
        record(call, query);
        return query;
    }

    /** The filters go into the call's own audit event: who searched for what. */
    private static void record(ApiCall call, EventQuery query) {
        call.request("from", query.from() == null ? null : query.from().toString());
        call.request("to", query.to() == null ? null : query.to().toString());
        call.request("action", query.actions().isEmpty() ? null : String.join(",", query.actions()));
        call.request("target", query.target());
        call.request("initiator", query.initiator());
        call.request("outcome", query.outcome() == null ? null : query.outcome().name().toLowerCase(Locale.ROOT));
        call.request("severity", query.severity() == null ? null : query.severity().name().toLowerCase(Locale.ROOT));
        call.request("reason", query.reason());
        call.request("correlationId", query.correlationId());
        call.request("limit", Integer.toString(query.limit()));
        call.request("cursor", query.cursor());
    }

    private static String text(ApiCall call, String name) {
        Optional<String> value = call.query(name);
        if (value.isPresent() && value.get().length() > 1024) {
            throw ApiException.badRequest("query parameter '" + name + "' is longer than 1024 characters");
        }
        return value.filter(v -> !v.isEmpty()).orElse(null);
    }

    /** ISO-8601: an instant ({@code 2026-11-22T10:00:00Z}, offsets allowed) or a date (its start, UTC). */
    static Instant instant(String name, String value) {
        try {
            if (value.contains("T")) {
                return java.time.OffsetDateTime.parse(value).toInstant();
            }
            return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("query parameter '" + name + "' must be an ISO-8601 instant"
                    + " (2026-11-22T10:00:00Z) or date (2026-11-22), not '" + value + "'");
        }
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String name, String value) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value)) {
                return constant;
            }
        }
        List<String> names = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            names.add(constant.name().toLowerCase(Locale.ROOT));
        }
        throw ApiException.badRequest("query parameter '" + name + "' must be one of " + names + ", not '" + value + "'");
    }

    private static JsonNode json(AuditEvent event) {
        try {
            return Json.MAPPER.readTree(CadfJson.toJson(event));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("CadfJson wrote invalid JSON", e);
        }
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}

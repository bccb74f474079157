package io.kmipserver.server.management;

import com.fasterxml.jackson.databind.JsonNode;
import io.kmipserver.server.store.ObjectStore;
import io.kmipserver.server.store.WriteUnit;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One management call as a handler sees it: the caller, the route's path parameters, the query and
 * body — and the audit fields the handler fills for the call's one event (target, request and
 * response data: identifiers and non-secret values only, DESIGN invariant 3).
 *
 * <p>A handler that changes the store does so in one {@link #commit}: the unit's pre-commit hook
 * appends the call's success event, so the change commits only with its event (DESIGN invariant 2).
 * A read-only handler appends nothing: the dispatcher appends before the response is sent. A handler
 * whose answer depends on whether the journal can be written ({@code /healthz}) appends its event
 * itself with {@link #auditNow}.
 *
 * <p>Confined to one worker thread (the store's writer thread runs the unit and hook of
 * {@link #commit} while the worker waits).
 */
public final class ApiCall {

    /** Appends the call's event with this status; set by the dispatcher. */
    @FunctionalInterface
    interface CallAuditor {
        void append(ApiCall call, int status, String message);
    }

    private final HttpMethod method;
    private final String path;
    private final Map<String, List<String>> query;
    private final byte[] body;
    private final String contentType;
    private final Caller caller;
    private final String requestId;
    private Route route;
    private Map<String, String> parameters = Map.of();
    private CallAuditor auditor;

    private final List<String> targets = new ArrayList<>(1);
    private String targetType;
    private String targetAdapter;
    private final Map<String, String> requestData = new LinkedHashMap<>();
    private final Map<String, String> responseData = new LinkedHashMap<>();
    private volatile boolean audited;

    ApiCall(HttpMethod method, String uri, byte[] body, String contentType, Caller caller, String requestId) {
        this.method = method;
        QueryStringDecoder decoder = new QueryStringDecoder(uri);
        this.path = decoder.path();
        this.query = decoder.parameters();
        this.body = body;
        this.contentType = contentType;
        this.caller = caller;
        this.requestId = requestId;
    }

    void routeTo(Route route, Map<String, String> parameters, CallAuditor auditor) {
        this.route = route;
        this.parameters = Map.copyOf(parameters);
        this.auditor = auditor;
    }

    public HttpMethod method() {
        return method;
    }

    /** The request path without the query. */
    public String path() {
        return path;
    }

    public Caller caller() {
        return caller;
    }

    /** Unique per call on this node; the audit event's correlation id and the {@code X-Request-Id} header. */
    public String requestId() {
        return requestId;
    }

    /** The route, once resolved; {@code null} for a call that matched none. */
    public Route route() {
        return route;
    }

    /** A path parameter of the route's template, e.g. {@code id} of {@code /kmip_adapters/{id}}. */
    public String pathParameter(String name) {
        String value = parameters.get(name);
        if (value == null) {
            throw new IllegalArgumentException("the route has no parameter " + name);
        }
        return value;
    }

    /** Every value of a query parameter; comma-separated values count as several. */
    public List<String> queryValues(String name) {
        List<String> out = new ArrayList<>();
        for (String v : query.getOrDefault(name, List.of())) {
            for (String part : v.split(",")) {
                if (!part.isBlank()) {
                    out.add(part.trim());
                }
            }
        }
        return out;
    }

    /** The single value of a query parameter, if given. */
    public Optional<String> query(String name) {
        List<String> values = query.getOrDefault(name, List.of());
        if (values.size() > 1) {
            throw ApiException.badRequest("query parameter '" + name + "' is given more than once");
        }
        return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** An integer query parameter in [{@code min}, {@code max}], or {@code fallback} when absent. */
    public int queryInt(String name, int fallback, int min, int max) {
        Optional<String> raw = query(name);
        if (raw.isEmpty()) {
            return fallback;
        }
        try {
            int v = Integer.parseInt(raw.get().trim());
            if (v < min || v > max) {
                throw ApiException.badRequest("query parameter '" + name + "' must be between " + min + " and " + max);
            }
            return v;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("query parameter '" + name + "' must be an integer");
        }
    }

    /** The names of the query parameters given. */
    public java.util.Set<String> queryNames() {
        return query.keySet();
    }

    /** The raw body (empty when none). */
    public byte[] body() {
        return body;
    }

    /**
     * The JSON body: 415 when the content type is not JSON ({@code application/json} or a
     * {@code +json} type), 400 when it is not one valid JSON value.
     */
    public JsonNode json() {
        String type = contentType == null ? "" : contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if (!type.equals("application/json") && !type.endsWith("+json")) {
            throw ApiException.unsupportedMediaType("the request body must be JSON (Content-Type: application/json)"
                    + (type.isEmpty() ? "" : ", not " + type));
        }
        return Json.parse(body);
    }

    /**
     * The one resource a create request carries: {@code {"metadata":…,"resources":[{…}]}} (IBM Key
     * Protect's shape; {@code metadata} optional) or the resource object itself.
     */
    public JsonNode resource() {
        JsonNode document = json();
        if (!document.isObject()) {
            throw ApiException.badRequest("the request body must be a JSON object");
        }
        JsonNode resources = document.get("resources");
        if (resources == null) {
            return document;
        }
        if (!resources.isArray() || resources.size() != 1 || !resources.get(0).isObject()) {
            throw ApiException.badRequest("'resources' must be an array of exactly one object");
        }
        JsonNode metadata = document.get("metadata");
        if (metadata != null && !metadata.isNull()) {
            JsonNode total = metadata.get("collectionTotal");
            if (!metadata.isObject() || (total != null && (!total.canConvertToInt() || total.asInt() != 1))) {
                throw ApiException.badRequest("'metadata.collectionTotal' must be 1 when given");
            }
        }
        return resources.get(0);
    }

    // ---- audit fields

    /** Adds the identifier of a resource this call acts on to the event's target. */
    public void target(String id) {
        if (id != null && !targets.contains(id)) {
            targets.add(id);
        }
    }

    /** The kind of target (a KMIP Object Type name, or {@code kmip_adapter}, {@code certificate}). */
    public void targetType(String type) {
        this.targetType = type;
    }

    /** The adapter (name) the target belongs to. */
    public void targetAdapter(String adapterName) {
        this.targetAdapter = adapterName;
    }

    /** A non-secret request value for the audit event; never key material, private keys or passwords. */
    public void request(String name, String value) {
        if (value != null) {
            requestData.put(name, value);
        }
    }

    /** A non-secret response value for the audit event. */
    public void response(String name, String value) {
        if (value != null) {
            responseData.put(name, value);
        }
    }

    List<String> targets() {
        return targets;
    }

    String targetType() {
        return targetType;
    }

    String targetAdapter() {
        return targetAdapter;
    }

    Map<String, String> requestData() {
        return requestData;
    }

    Map<String, String> responseData() {
        return responseData;
    }

    /**
     * Appends the call's event now, with the status the handler is about to answer; the dispatcher
     * then appends nothing. For a handler that reports the journal's own health.
     *
     * @throws io.kmipserver.audit.journal.AuditJournalException when the journal cannot be written
     */
    public void auditNow(int status, String message) {
        auditor.append(this, status, message);
        audited = true;
    }

    /**
     * Declares that this call's event cannot be written (the journal is down) and that the handler
     * answers anyway: only {@code /healthz}, whose answer says so, may do this.
     */
    public void auditImpossible() {
        audited = true;
    }

    boolean audited() {
        return audited;
    }

    void markAudited() {
        audited = true;
    }

    /**
     * Runs {@code unit} as this call's one store transaction and waits: its pre-commit hook appends the
     * call's success event (with {@code successStatus}, the status the handler then answers), so the change commits only with its event, and a journal failure rolls it
     * back (fail closed). Fill the audit fields before, or inside the unit. The unit's exceptions are
     * rethrown as they are.
     */
    public <T> T commit(ObjectStore store, int successStatus, WriteUnit<T> unit) {
        return store.write(unit, result -> {
            auditor.append(this, successStatus, null);
            audited = true;
        });
    }
}

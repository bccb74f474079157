package io.kmipserver.server.management;

import io.kmipserver.audit.journal.AuditJournalException;
import io.kmipserver.server.store.ConflictException;
import io.kmipserver.server.store.NotFoundException;
import io.kmipserver.server.store.StoreBusyException;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place a management call goes through: route, role, handler, audit event, response — in
 * that order, so that every call (reads and refused ones included) leaves exactly one audit event,
 * appended before its response is sent (DESIGN invariants 1 and 2):
 * <ol>
 *   <li>the route by method and path (no route: 404, another method: 405);
 *   <li>the caller's role against the route's roles (no role, or not one of them: 403);
 *   <li>the handler; a state change commits with its success event ({@link ApiCall#commit}), a
 *       read's success event is appended here after the handler returned;
 *   <li>a failure's event is appended here, with the HTTP status as reason.
 * </ol>
 * When the journal cannot be written the call fails with 500 and nothing is committed (fail closed).
 * Anything unexpected is a 500 whose message is an incident id; the detail goes to the log only.
 *
 * <p>Thread-safe; runs on management worker threads (handlers block on the store and the journal).
 */
public final class ManagementApi {

    private static final Logger LOG = LoggerFactory.getLogger(ManagementApi.class);

    private final Router router;
    private final ManagementAudit audit;

    public ManagementApi(Router router, ManagementAudit audit) {
        this.router = Objects.requireNonNull(router, "router");
        this.audit = Objects.requireNonNull(audit, "audit");
    }

    public Router router() {
        return router;
    }

    /** Answers one call; never throws. */
    public ApiResponse handle(ApiCall call) {
        String action = ManagementAudit.INVALID_ACTION;
        String allow = null;
        try {
            Router.Resolution resolution = router.resolve(call.method(), call.path());
            if (resolution instanceof Router.NotFound) {
                throw ApiException.notFound("no endpoint " + call.path());
            }
            if (resolution instanceof Router.MethodNotAllowed notAllowed) {
                action = "management." + notAllowed.resource() + ".invalid";
                allow = notAllowed.allowed().stream().map(Object::toString).collect(Collectors.joining(", "));
                throw new ApiException(405, "method_not_allowed", call.method() + " is not allowed here; allowed: "
                        + allow);
            }
            Router.Matched matched = (Router.Matched) resolution;
            Route route = matched.route();
            action = route.action();
            call.routeTo(route, matched.parameters(), (c, status, message) -> audit.call(c, c.route().action(),
                    status, message));
            Role role = call.caller().role();
            if (role == null) {
                throw ApiException.forbidden("the client certificate has no management role");
            }
            if (!route.roles().contains(role)) {
                throw ApiException.forbidden("role " + role.label() + " may not call " + route.method() + " "
                        + route.template());
            }
            ApiResponse response = route.handler().handle(call);
            if (!call.audited()) {
                audit.call(call, action, response.status(), null);
                call.markAudited();
            }
            return response;
        } catch (RuntimeException e) {
            ApiResponse failure = failed(call, action, e);
            return allow != null && failure.status() == 405 ? failure.withHeader("Allow", allow) : failure;
        }
    }

    /**
     * Answers a request that is refused before any handler runs (body too large, not readable as
     * HTTP): one failure event under the action its method and path resolve to, then the error.
     */
    public ApiResponse refuse(ApiCall call, ApiException refusal) {
        String action = ManagementAudit.INVALID_ACTION;
        Router.Resolution resolution = router.resolve(call.method(), call.path());
        if (resolution instanceof Router.Matched matched) {
            action = matched.route().action();
        }
        return failed(call, action, refusal);
    }

    private ApiResponse failed(ApiCall call, String action, RuntimeException e) {
        ApiException error = translate(call, e);
        if (call.audited()) {
            // The pre-commit hook journaled a success, then the commit failed: nothing persisted.
            // Record the failure too, so the trail does not claim a change that did not happen.
            LOG.error("Management call {} was journaled as a success but failed after: {}", call.requestId(),
                    error.getMessage());
        }
        try {
            audit.call(call, action, error.status(), error.getMessage());
            return ApiResponse.error(error);
        } catch (RuntimeException auditFailure) {
            String incident = UUID.randomUUID().toString();
            LOG.error("Incident {}: the audit journal refused the event of management call {} ({} {} → {})",
                    incident, call.requestId(), call.method(), call.path(), error.status(), auditFailure);
            return ApiResponse.error(internal(incident));
        }
    }

    /** The status and message the caller sees for a failure; logs what it hides. */
    private static ApiException translate(ApiCall call, RuntimeException e) {
        if (e instanceof ApiException api) {
            return api;
        }
        if (e instanceof AuditJournalException) {
            String incident = UUID.randomUUID().toString();
            LOG.error("Incident {}: management call {} failed because the audit journal cannot be written; nothing"
                    + " was changed", incident, call.requestId(), e);
            return internal(incident);
        }
        if (e instanceof StoreBusyException) {
            return new ApiException(503, "unavailable", "the store is busy; retry later");
        }
        if (e instanceof NotFoundException) {
            return ApiException.notFound("not found");
        }
        if (e instanceof ConflictException) {
            return ApiException.conflict("the request conflicts with the current state");
        }
        String incident = UUID.randomUUID().toString();
        LOG.error("Incident {}: management call {} ({} {}) failed", incident, call.requestId(), call.method(),
                call.path(), e);
        return internal(incident);
    }

    private static ApiException internal(String incident) {
        return new ApiException(500, "internal_error", "internal error; incident " + incident);
    }
}

package io.kmipserver.server.protocol;

import io.kmipserver.audit.event.AuditEvent;
import io.kmipserver.audit.event.AuditEventIds;
import io.kmipserver.audit.event.Initiator;
import io.kmipserver.audit.event.Severity;
import io.kmipserver.audit.event.Target;
import io.kmipserver.codec.message.ProtocolVersion;
import io.kmipserver.codec.spec.KmipVersion;
import io.kmipserver.codec.spec.Operation;
import io.kmipserver.codec.spec.ResultReason;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Builds the one audit event of each batch item and of each undecodable message (DESIGN invariant 1,
 * issue 5 "The event"): action {@code kmip.<operation>} in lower-kebab case, outcome, reason (the
 * Result Reason's spec name and the message the client got), severity, initiator from the session,
 * target, the message's correlation id, and the non-secret request/response values the handler
 * recorded. Nothing here reads a payload: handlers choose what is safe to record.
 *
 * <p>Thread-safe.
 */
public final class AuditEvents {

    /** Action of a message that could not be decoded. */
    public static final String INVALID_ACTION = "kmip.invalid";

    /** Reason code of a batch item that was not executed because an earlier item failed (Stop / Undo). */
    public static final String NOT_EXECUTED = "Not Executed";

    private final String observer;
    private final Clock clock;
    private final AuditEventIds ids;

    public AuditEvents(String observer, Clock clock) {
        this.observer = Objects.requireNonNull(observer, "observer");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = new AuditEventIds(observer, clock);
    }

    /** {@link #action} of every Operation, made once: building it per event cost two regex compilations. */
    private static final Map<Operation, String> ACTIONS = new EnumMap<>(Operation.class);

    static {
        for (Operation operation : Operation.values()) {
            ACTIONS.put(operation, "kmip." + kebab(operation.specName()));
        }
    }

    /**
     * {@code kmip.} and the operation's spec name in lower-kebab case: Create → {@code kmip.create},
     * Get Attribute List → {@code kmip.get-attribute-list}, Re-key → {@code kmip.re-key}. An Operation
     * value no version defines → {@code kmip.unknown-operation}.
     */
    public static String action(Operation operation) {
        return operation == null ? "kmip.unknown-operation" : ACTIONS.get(operation);
    }

    /** Lower case, every run of characters other than a-z and 0-9 one hyphen, none at either end. */
    private static String kebab(String name) {
        StringBuilder out = new StringBuilder(name.length());
        boolean gap = false;
        for (char c : name.toLowerCase(Locale.ROOT).toCharArray()) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (gap && out.length() > 0) {
                    out.append('-');
                }
                out.append(c);
                gap = false;
            } else {
                gap = true;
            }
        }
        return out.toString();
    }

    /**
     * Critical for Destroy and for authentication or permission failures; warning for Revoke, Re-key,
     * Delete Attribute and every other failure; normal otherwise (issue 5).
     */
    public static Severity severity(Operation operation, ResultReason failure) {
        if (operation == Operation.DESTROY || failure == ResultReason.PERMISSION_DENIED
                || failure == ResultReason.AUTHENTICATION_NOT_SUCCESSFUL) {
            return Severity.CRITICAL;
        }
        if (failure != null || operation == Operation.REVOKE || operation == Operation.RE_KEY
                || operation == Operation.DELETE_ATTRIBUTE) {
            return Severity.WARNING;
        }
        return Severity.NORMAL;
    }

    public static Initiator initiator(ClientSession s) {
        return new Initiator(s.adapterName(), s.certificateSubject(), s.certificateFingerprint(), s.remoteAddress(),
                s.remotePort() > 0 ? s.remotePort() : null, s.tlsProtocol(), s.cipherSuite());
    }

    /** The event of a batch item that succeeded. */
    AuditEvent success(OperationContext ctx) {
        return base(ctx).success().severity(severity(ctx.operation(), null)).build();
    }

    /** The event of a batch item that failed with {@code failure}. */
    AuditEvent failure(OperationContext ctx, Failure failure) {
        return failed(ctx, failure).build();
    }

    private AuditEvent.Builder failed(OperationContext ctx, Failure failure) {
        AuditEvent.Builder b = base(ctx)
                .failure(failure.reason().specName(ctx.version()), failure.message())
                .severity(severity(ctx.operation(), failure.reason()));
        if (failure.incidentId() != null) {
            b.response("incident", failure.incidentId());
        }
        return b;
    }

    /**
     * The event of a batch item whose success event was journaled (in the pre-commit hook) before
     * its COMMIT failed: the change did not happen. It names that event ({@code supersedes}), so that
     * whoever reads the trail, or filters it, can tell the earlier success was undone.
     */
    AuditEvent commitFailedAfter(OperationContext ctx, Failure failure, String supersededEventId) {
        AuditEvent.Builder b = failed(ctx, failure);
        if (supersededEventId != null) {
            b.response("supersedes", supersededEventId);
        }
        return b.build();
    }

    /** The event of a batch item that was not executed because an earlier item of its batch failed. */
    AuditEvent notExecuted(OperationContext ctx, String why) {
        return base(ctx).failure(NOT_EXECUTED, why).severity(Severity.WARNING).build();
    }

    /** The one event of a message that could not be decoded or has an unsupported version. */
    AuditEvent invalid(ClientSession session, String correlationId, ProtocolVersion version, ResultReason reason,
            String message, Operation failedOperation, int batchItems) {
        KmipVersion rules = version == null ? null : version.rules();
        AuditEvent.Builder b = AuditEvent.builder()
                .id(ids.next())
                .eventTime(clock.instant())
                .action(INVALID_ACTION)
                .failure(rules == null ? reason.specName() : reason.specName(rules), message)
                .severity(Severity.WARNING)
                .initiator(initiator(session))
                .target(new Target(List.of(), null, session.adapterName()))
                .correlationId(correlationId)
                .observer(observer);
        if (version != null) {
            b.request("protocolVersion", version.toString());
        }
        if (failedOperation != null) {
            b.request("operation", failedOperation.specName());
        }
        if (batchItems > 0) {
            b.request("batchItems", Integer.toString(batchItems));
        }
        return b.build();
    }

    private AuditEvent.Builder base(OperationContext ctx) {
        AuditEvent.Builder b = AuditEvent.builder()
                .id(ids.next())
                .eventTime(clock.instant())
                .action(action(ctx.operation()))
                .initiator(initiator(ctx.session()))
                .target(new Target(ctx.targets(), ctx.objectType() == null ? null : ctx.objectType().specName(),
                        ctx.session().adapterName()))
                .correlationId(ctx.correlationId())
                .observer(observer);
        b.request("protocolVersion", ctx.protocolVersion().toString());
        for (Map.Entry<String, String> e : ctx.requestData().entrySet()) {
            b.request(e.getKey(), e.getValue());
        }
        for (Map.Entry<String, String> e : ctx.responseData().entrySet()) {
            b.response(e.getKey(), e.getValue());
        }
        return b;
    }
}

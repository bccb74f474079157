package io.kmipserver.server.management;

import io.kmipserver.audit.event.AuditEvent;
import io.kmipserver.audit.event.AuditEventIds;
import io.kmipserver.audit.event.Outcome;
import io.kmipserver.audit.event.Reason;
import io.kmipserver.audit.event.Severity;
import io.kmipserver.audit.event.Target;
import io.kmipserver.audit.journal.AuditJournal;
import io.kmipserver.server.runtime.JournalConnectionAuditor;
import java.time.Clock;
import java.util.Objects;

/**
 * Writes the management API's audit events: one per call, {@code management.<resource>.<verb>}, with
 * the HTTP status as reason code; one per refused TLS handshake, {@value #HANDSHAKE_ACTION}.
 *
 * <p>Thread-safe; blocks on the journal, so it is called from worker threads only. An append that
 * fails throws {@link io.kmipserver.audit.journal.AuditJournalException} to the caller.
 */
public final class ManagementAudit {

    /** A TLS handshake on the management port that was refused (no, untrusted or expired certificate). */
    public static final String HANDSHAKE_ACTION = "management.handshake";
    /** A request that matched no route or could not be read as HTTP. */
    public static final String INVALID_ACTION = "management.request.invalid";

    private final AuditJournal journal;
    private final AuditEventIds ids;
    private final String nodeId;
    private final Clock clock;

    public ManagementAudit(AuditJournal journal, AuditEventIds ids, String nodeId, Clock clock) {
        this.journal = Objects.requireNonNull(journal, "journal");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.nodeId = Objects.requireNonNull(nodeId, "nodeId");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Appends the event of a call.
     *
     * @param action the route's action, or {@link #INVALID_ACTION}
     * @param message safe to show an auditor; {@code null} on success
     */
    public void call(ApiCall call, String action, int status, String message) {
        boolean success = status < 400;
        AuditEvent.Builder event = AuditEvent.builder()
                .id(ids.next())
                .eventTime(clock.instant())
                .action(action)
                .outcome(success ? Outcome.SUCCESS : Outcome.FAILURE)
                .reason(new Reason(Integer.toString(status), message))
                .severity(severity(status))
                .initiator(call.caller().initiator())
                .target(call.targets().isEmpty() && call.targetType() == null && call.targetAdapter() == null
                        ? Target.NONE : new Target(call.targets(), call.targetType(), call.targetAdapter()))
                .correlationId(call.requestId())
                .observer(nodeId);
        event.request("method", call.method().name());
        event.request("path", call.path());
        if (call.caller().role() != null) {
            event.request("role", call.caller().role().label());
        }
        call.requestData().forEach(event::request);
        call.responseData().forEach(event::response);
        journal.append(event.build());
    }

    /** Appends the event of a refused handshake (severity critical, reason 401). */
    public void handshakeRefused(String remoteAddress, int remotePort, String subject, String fingerprint,
            String reason) {
        journal.append(JournalConnectionAuditor.refusedHandshake(ids.next(), clock, nodeId, HANDSHAKE_ACTION, "401",
                remoteAddress, remotePort, subject, fingerprint, reason));
    }

    private static Severity severity(int status) {
        if (status == 401 || status == 403 || status >= 500) {
            return Severity.WARNING;
        }
        return Severity.NORMAL;
    }
}

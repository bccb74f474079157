package io.kmipserver.server.runtime;

import io.kmipserver.audit.event.AuditEvent;
import io.kmipserver.audit.event.AuditEventIds;
import io.kmipserver.audit.event.Initiator;
import io.kmipserver.audit.event.Severity;
import io.kmipserver.audit.event.Target;
import io.kmipserver.audit.journal.AuditJournal;
import io.kmipserver.server.protocol.ClientSession;
import io.kmipserver.server.protocol.ConnectionAuditor;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * Writes connection-level events to the audit journal: {@code kmip.handshake} for every refused
 * client (severity critical: someone tried to reach keys without being admitted) and
 * {@code kmip.invalid} for every stream that broke the framing rules (severity warning). Both are
 * failures with reason code {@value #HANDSHAKE_REASON} or {@value #INVALID_REASON} — the KMIP 1.4
 * §9.1.3.2.29 Result Reasons that describe them — and the detail as reason message.
 *
 * <p>Thread-safe; blocks on the journal, so it is called from worker threads only. An append that
 * fails is thrown to the caller, which logs it: the connection is closed either way.
 */
public final class JournalConnectionAuditor implements ConnectionAuditor {

    public static final String HANDSHAKE_ACTION = "kmip.handshake";
    public static final String INVALID_ACTION = "kmip.invalid";
    public static final String HANDSHAKE_REASON = "Authentication Not Successful";
    public static final String INVALID_REASON = "Invalid Message";

    private final AuditJournal journal;
    private final AuditEventIds ids;
    private final String nodeId;
    private final Clock clock;

    public JournalConnectionAuditor(AuditJournal journal, AuditEventIds ids, String nodeId, Clock clock) {
        this.journal = Objects.requireNonNull(journal, "journal");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.nodeId = Objects.requireNonNull(nodeId, "nodeId");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void handshakeRefused(String remoteAddress, int remotePort, String subject, String fingerprint,
            String reason) {
        journal.append(refusedHandshake(ids.next(), clock, nodeId, HANDSHAKE_ACTION, HANDSHAKE_REASON, remoteAddress,
                remotePort, subject, fingerprint, reason));
    }

    /**
     * The event of a refused TLS handshake, on either listener: critical, no adapter (none was
     * identified), the peer and whatever certificate it showed.
     *
     * @param action     {@value #HANDSHAKE_ACTION} or the management listener's own
     * @param reasonCode the listener's way of saying "not authenticated" (a KMIP Result Reason, an HTTP status)
     */
    public static AuditEvent refusedHandshake(String id, Clock clock, String nodeId, String action, String reasonCode,
            String remoteAddress, int remotePort, String subject, String fingerprint, String reason) {
        return AuditEvent.builder()
                .id(id)
                .eventTime(clock.instant())
                .action(action)
                .failure(reasonCode, reason)
                .severity(Severity.CRITICAL)
                .initiator(new Initiator(null, subject, fingerprint, remoteAddress,
                        remoteAddress != null ? remotePort : null, null, null))
                .observer(nodeId)
                .build();
    }

    @Override
    public void frameRejected(ClientSession session, String reason) {
        journal.append(AuditEvent.builder()
                .id(ids.next())
                .eventTime(clock.instant())
                .action(INVALID_ACTION)
                .failure(INVALID_REASON, reason)
                .severity(Severity.WARNING)
                .initiator(new Initiator(session.adapterName(), session.certificateSubject(),
                        session.certificateFingerprint(), session.remoteAddress(), session.remotePort(),
                        session.tlsProtocol(), session.cipherSuite()))
                .target(new Target(List.of(), null, session.adapterName()))
                .correlationId(session.connectionId())
                .observer(nodeId)
                .build());
    }
}

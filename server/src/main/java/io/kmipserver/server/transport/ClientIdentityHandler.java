package io.kmipserver.server.transport;

import io.kmipserver.certs.Fingerprints;
import io.kmipserver.server.identity.ClientCertificateRefusedException;
import io.kmipserver.server.identity.ClientTrust;
import io.kmipserver.server.identity.ClientTrustSource;
import io.kmipserver.server.identity.Refusal;
import io.kmipserver.server.protocol.ClientSession;
import io.kmipserver.server.protocol.ConnectionAuditor;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.ssl.SslHandshakeCompletionEvent;
import io.netty.handler.ssl.SslHandshakeTimeoutException;
import io.netty.util.AttributeKey;
import io.netty.util.ReferenceCountUtil;
import java.net.InetSocketAddress;
import java.nio.channels.ClosedChannelException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Locale;
import java.util.function.Supplier;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides once per connection, when the TLS handshake ends, who the client is: the adapter its
 * certificate belongs to ({@link ClientTrust#identify}). An admitted client gets its
 * {@link ClientSession} in the channel attribute {@link #SESSION}, and this handler removes itself.
 *
 * <p>Every refusal leaves exactly one {@code kmip.handshake} audit event (DESIGN.md invariant 1):
 * a failed handshake (no certificate, untrusted or expired certificate, TLS 1.1, not TLS at all) and
 * a certificate that belongs to no adapter. The audit is appended on a worker thread; a client
 * refused after the handshake is closed only once its event is in the journal.
 *
 * <p>A peer that closes the connection before the handshake ends (a port probe, a load balancer's
 * health check) is not refused, only gone: no event, no warning. Neither is a client that completes
 * the handshake and closes without a request, as vCenter does to test a connection.
 *
 * <p>One instance per channel; confined to its event loop.
 */
public final class ClientIdentityHandler extends ChannelInboundHandlerAdapter {

    /** The identified client of a connection; set before any request is read. */
    static final AttributeKey<ClientSession> SESSION = AttributeKey.valueOf(ClientIdentityHandler.class, "session");

    private static final Logger LOG = LoggerFactory.getLogger(ClientIdentityHandler.class);

    private final ClientTrustSource trust;
    private final ConnectionAuditor auditor;
    private final WorkerPool workers;
    private final Clock clock;
    private final Supplier<String> connectionIds;
    private boolean decided;

    ClientIdentityHandler(ClientTrustSource trust, ConnectionAuditor auditor, WorkerPool workers, Clock clock,
            Supplier<String> connectionIds) {
        this.trust = trust;
        this.auditor = auditor;
        this.workers = workers;
        this.clock = clock;
        this.connectionIds = connectionIds;
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
        if (evt instanceof SslHandshakeCompletionEvent handshake && !decided) {
            decided = true;
            if (handshake.isSuccess()) {
                identify(ctx);
            } else {
                handshakeFailed(ctx, handshake.cause());
            }
        }
        super.userEventTriggered(ctx, evt);
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        // Only reachable when a refused client's data was already decrypted: drop it.
        ReferenceCountUtil.release(msg);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        // Before identification every error is a handshake error, audited through the handshake
        // completion event; the SslHandler closes the channel.
        LOG.debug("Connection {} failed before identification: {}", ctx.channel().id().asShortText(), cause.toString());
        ctx.close();
    }

    private void identify(ChannelHandlerContext ctx) {
        SSLSession tls = ctx.pipeline().get(SslHandler.class).engine().getSession();
        X509Certificate[] chain = peerChain(tls);
        InetSocketAddress remote = remote(ctx);
        ClientTrust.Identification identification = trust.current().identify(chain, clock.instant());
        if (identification instanceof ClientTrust.Admitted admitted) {
            X509Certificate leaf = chain[0];
            ClientSession session = new ClientSession(connectionIds.get(), admitted.adapterId(), admitted.adapterName(),
                    leaf.getSubjectX500Principal().getName(), Fingerprints.sha256Hex(leaf), address(remote),
                    remote.getPort(), tls.getProtocol(), tls.getCipherSuite());
            ctx.channel().attr(SESSION).set(session);
            LOG.debug("Connection {} from {}:{} is adapter {} ({}, {})", session.connectionId(), session.remoteAddress(),
                    session.remotePort(), session.adapterName(), session.tlsProtocol(), session.cipherSuite());
            ctx.pipeline().remove(this);
        } else {
            ClientCertificateRefusedException refusal = ((ClientTrust.Refused) identification).reason();
            ctx.channel().config().setAutoRead(false);
            audit(ctx, remote, refusal.subject(), refusal.fingerprint(), refusal.auditReason(), true);
        }
    }

    private void handshakeFailed(ChannelHandlerContext ctx, Throwable cause) {
        if (causedBy(cause, ClosedChannelException.class) != null) {
            LOG.debug("Connection {} closed by the peer during the TLS handshake", ctx.channel().id().asShortText());
            return;
        }
        InetSocketAddress remote = remote(ctx);
        ClientCertificateRefusedException refusal = causedBy(cause, ClientCertificateRefusedException.class);
        if (refusal != null) {
            audit(ctx, remote, refusal.subject(), refusal.fingerprint(), refusal.auditReason(), false);
        } else {
            audit(ctx, remote, null, null, classify(cause), false);
        }
    }

    /**
     * The audit reason of a failed handshake: the refusal code and message of our trust manager's
     * verdict when it gave one, else a classification of the provider-specific failure. Shared with
     * the management listener, whose refusals are audited the same way.
     */
    public static String refusalReason(Throwable cause) {
        ClientCertificateRefusedException refusal = causedBy(cause, ClientCertificateRefusedException.class);
        return refusal != null ? refusal.auditReason() : classify(cause);
    }

    /** The reason of a handshake that failed without a verdict of ours (provider-specific messages). */
    static String classify(Throwable cause) {
        if (cause instanceof SslHandshakeTimeoutException) {
            return Refusal.TLS_FAILURE.code() + ": the TLS handshake did not complete in time";
        }
        Throwable root = cause;
        StringBuilder messages = new StringBuilder();
        for (Throwable t = cause; t != null; t = t.getCause()) {
            root = t;
            if (t.getMessage() != null) {
                messages.append(t.getMessage().toLowerCase(Locale.ROOT)).append(' ');
            }
        }
        String text = messages.toString();
        if (text.contains("certificate_required") || text.contains("empty client certificate")
                || text.contains("did not return a certificate") || text.contains("peer_did_not_return_a_certificate")
                || text.contains("no client certificate") || text.contains("certificate required")) {
            return Refusal.NO_CERTIFICATE.code() + ": no client certificate";
        }
        String detail = root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
        return Refusal.TLS_FAILURE.code() + ": " + detail;
    }

    private void audit(ChannelHandlerContext ctx, InetSocketAddress remote, String subject, String fingerprint,
            String reason, boolean thenClose) {
        String address = address(remote);
        int port = remote != null ? remote.getPort() : 0;
        LOG.warn("Refused KMIP client {}:{}{}: {}", address, port, subject != null ? " (" + subject + ")" : "", reason);
        workers.run(ctx.channel(), () -> {
            auditor.handshakeRefused(address, port, subject, fingerprint, reason);
            return null;
        }, (ignored, failure) -> {
            if (failure != null) {
                LOG.error("Could not audit the refused handshake from {}:{}", address, port, failure);
            }
            if (thenClose) {
                ctx.close();
            }
        });
    }

    /** The peer's chain, leaf first; empty when it sent none. Shared with the management listener. */
    public static X509Certificate[] peerChain(SSLSession session) {
        try {
            Certificate[] certificates = session.getPeerCertificates();
            X509Certificate[] chain = new X509Certificate[certificates.length];
            for (int i = 0; i < certificates.length; i++) {
                chain[i] = (X509Certificate) certificates[i];
            }
            return chain;
        } catch (SSLPeerUnverifiedException e) {
            return new X509Certificate[0];
        }
    }

    /** The peer's socket address, or {@code null}. */
    public static InetSocketAddress remote(ChannelHandlerContext ctx) {
        return ctx.channel().remoteAddress() instanceof InetSocketAddress address ? address : null;
    }

    /** The peer's IP address as text, or {@code null}. */
    public static String address(InetSocketAddress remote) {
        if (remote == null) {
            return null;
        }
        return remote.getAddress() != null ? remote.getAddress().getHostAddress() : remote.getHostString();
    }

    /** The first throwable of {@code type} in the cause chain, or {@code null}. */
    public static <T extends Throwable> T causedBy(Throwable cause, Class<T> type) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}

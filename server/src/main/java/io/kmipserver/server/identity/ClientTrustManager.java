package io.kmipserver.server.identity;

import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Objects;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * The KMIP listener's trust manager: admits a client chain when {@link ClientTrust#verify} does, on
 * the snapshot current at the handshake. Server-side only.
 *
 * <p>{@link #getAcceptedIssuers()} is empty on purpose. TLS servers send these names in the
 * CertificateRequest (RFC 8446 §4.2.4, RFC 5246 §7.4.4), and client stacks such as SunJSSE offer only
 * a certificate issued by one of them: a client holding a pinned self-signed certificate would then
 * send none. An empty list lets every client send the certificate it has.
 *
 * <p>Thread-safe; runs on the event loop (BCJSSE) or on a delegated-task thread (SunJSSE, OpenSSL).
 */
public final class ClientTrustManager extends X509ExtendedTrustManager {

    private static final X509Certificate[] NO_ISSUERS = new X509Certificate[0];

    private final ClientTrustSource source;
    private final Clock clock;

    public ClientTrustManager(ClientTrustSource source, Clock clock) {
        this.source = Objects.requireNonNull(source, "source");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        source.current().verify(chain, clock.instant());
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        checkClientTrusted(chain, authType);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        checkClientTrusted(chain, authType);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("this trust manager only checks KMIP clients");
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        checkServerTrusted(chain, authType);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        checkServerTrusted(chain, authType);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return NO_ISSUERS;
    }
}

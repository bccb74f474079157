package io.kmipserver.certs;

import static org.assertj.core.api.Assertions.assertThat;

import io.kmipserver.certs.DevPki.Role;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedKeyManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated PKI works for mutual TLS 1.3 with the JDK's own provider (SunJSSE): server and client
 * certificates from {@link DevPki} in PKCS#12 key stores, client authentication required, the client
 * verifying the server's address against its SANs. Then the refusals that matter: a client
 * certificate of another CA, an expired one, and certificates whose EKU is not clientAuth.
 *
 * <p>With TLS 1.3 a refused client may still see its own handshake complete; the refusal reaches it as
 * an alert on the first read (../shared/DEPENDENCIES.md). Outcomes are therefore judged on the server.
 */
class MutualTlsHandshakeIT {
    private static final char[] PASSWORD = "test-only".toCharArray();
    private static final String PROVIDER = "SunJSSE";
    private static final String ALIAS = "key";

    @TempDir
    static Path temp;

    private static DevPki pki;
    private static ExecutorService serverThread;

    @BeforeAll
    static void createPki() throws Exception {
        pki = DevPki.ensure(temp.resolve("pki"), List.of(), List.of(), Clock.systemUTC());
        serverThread = Executors.newSingleThreadExecutor();
    }

    @AfterAll
    static void stopServerThread() {
        serverThread.shutdownNow();
    }

    @Test
    void devPkiClientAndServerCompleteAMutualTls13HandshakeOnLoopback() throws Exception {
        Outcome outcome = handshake(pki.load(Role.CLIENT));

        assertThat(outcome.serverFailure()).isNull();
        assertThat(outcome.protocol()).isEqualTo("TLSv1.3");
        assertThat(Fingerprints.sha256Hex(outcome.clientCertificateSeenByServer())).isEqualTo(pki.fingerprint(Role.CLIENT));
        assertThat(Fingerprints.sha256Hex(outcome.serverCertificateSeenByClient())).isEqualTo(pki.fingerprint(Role.SERVER));
        assertThat(outcome.echo()).isEqualTo(42);
    }

    @Test
    void adminAndAuditorCertificatesAreAcceptedAsClientCertificates() throws Exception {
        for (Role role : List.of(Role.ADMIN, Role.AUDITOR)) {
            Outcome outcome = handshake(pki.load(role));

            assertThat(outcome.serverFailure()).as(role.name()).isNull();
            assertThat(outcome.clientCertificateSeenByServer().getSubjectX500Principal().getName())
                    .isEqualTo("CN=" + role.name().toLowerCase());
        }
    }

    @Test
    void clientCertificateOfAnotherCaIsRefused() throws Exception {
        CertifiedKey stranger = TestPki.newCa(KeySpec.EC_P256).issueClient("mallory");

        assertThat(handshake(stranger).serverFailure())
                .isInstanceOf(SSLException.class).hasMessageContaining("PKIX path");
    }

    @Test
    void expiredClientCertificateIsRefused() throws Exception {
        CertificateAuthority ca = CertificateAuthority.load(pki.load(Role.CA), Clock.systemUTC());
        Instant now = Instant.now();
        CertifiedKey expired = ca.issueClient("late", KeySpec.EC_P256,
                new Validity(now.minus(Duration.ofDays(60)), now.minus(Duration.ofDays(1))));

        assertThat(handshake(expired).serverFailure())
                .isInstanceOf(SSLException.class).hasMessageContaining("validity check failed");
    }

    @Test
    void certificatesWithoutClientAuthUsageAreRefusedAsClientCertificates() throws Exception {
        for (Role role : List.of(Role.SERVER, Role.AUDIT_SIGNING)) {
            assertThat(handshake(pki.load(role)).serverFailure()).as(role.name())
                    .isInstanceOf(SSLException.class).hasMessageContaining("Extended key usage");
        }
    }

    private record Outcome(Throwable serverFailure, String protocol, X509Certificate clientCertificateSeenByServer,
            X509Certificate serverCertificateSeenByClient, int echo) {}

    private record ServerSide(Throwable failure, X509Certificate peer) {}

    /** One connection: the server accepts, requires a client certificate, echoes one byte. */
    private static Outcome handshake(CertifiedKey clientKey) throws Exception {
        List<X509Certificate> trusted = List.of(pki.certificate(Role.CA));
        SSLContext serverContext = context(pki.load(Role.SERVER), trusted);
        SSLContext clientContext = context(clientKey, trusted);
        try (SSLServerSocket listener = (SSLServerSocket) serverContext.getServerSocketFactory().createServerSocket()) {
            listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            listener.setNeedClientAuth(true);
            listener.setEnabledProtocols(new String[] {"TLSv1.3"});
            Future<ServerSide> server = serverThread.submit(() -> serve(listener));

            String protocol = null;
            X509Certificate serverCertificate = null;
            int echo = -1;
            try (SSLSocket client = (SSLSocket) clientContext.getSocketFactory().createSocket(
                    "127.0.0.1", listener.getLocalPort())) {
                client.setSoTimeout(10_000);
                SSLParameters parameters = client.getSSLParameters();
                parameters.setProtocols(new String[] {"TLSv1.3"});
                // Verify the server's identity against its SANs (here IP:127.0.0.1), as KMIP clients must.
                parameters.setEndpointIdentificationAlgorithm("HTTPS");
                client.setSSLParameters(parameters);
                client.startHandshake();
                protocol = client.getSession().getProtocol();
                serverCertificate = (X509Certificate) client.getSession().getPeerCertificates()[0];
                client.getOutputStream().write(42);
                client.getOutputStream().flush();
                echo = client.getInputStream().read();
            } catch (IOException expectedWhenRefused) {
                // The server's verdict below is what the tests assert.
            }
            ServerSide side = server.get(20, TimeUnit.SECONDS);
            return new Outcome(side.failure(), protocol, side.peer(), serverCertificate, echo);
        }
    }

    private static ServerSide serve(SSLServerSocket listener) {
        try (SSLSocket connection = (SSLSocket) listener.accept()) {
            connection.setSoTimeout(10_000);
            connection.startHandshake();
            X509Certificate peer = (X509Certificate) connection.getSession().getPeerCertificates()[0];
            int received = connection.getInputStream().read();
            connection.getOutputStream().write(received);
            connection.getOutputStream().flush();
            return new ServerSide(null, peer);
        } catch (IOException e) {
            return new ServerSide(e, null);
        }
    }

    private static SSLContext context(CertifiedKey key, List<X509Certificate> trusted) throws Exception {
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance("PKIX", PROVIDER);
        keyManagers.init(Pkcs12Files.keyStore(ALIAS, key, PASSWORD), PASSWORD);
        TrustManagerFactory trustManagers = TrustManagerFactory.getInstance("PKIX", PROVIDER);
        trustManagers.init(Pkcs12Files.trustStore(trusted));
        SSLContext context = SSLContext.getInstance("TLSv1.3", PROVIDER);
        X509ExtendedKeyManager keyManager = (X509ExtendedKeyManager) keyManagers.getKeyManagers()[0];
        context.init(new KeyManager[] {new AlwaysPresentKeyManager(keyManager, key.privateKey().getAlgorithm())},
                trustManagers.getTrustManagers(), null);
        return context;
    }

    /**
     * Presents its one certificate whatever CAs the server asks for. SunJSSE's own client key manager
     * would quietly send no certificate when its issuer is not in the server's list; an attacker's
     * client sends it anyway, and that is the case the server must refuse.
     */
    private static final class AlwaysPresentKeyManager extends X509ExtendedKeyManager {
        private final X509ExtendedKeyManager delegate;
        private final String alias;

        AlwaysPresentKeyManager(X509ExtendedKeyManager delegate, String keyAlgorithm) {
            this.delegate = delegate;
            // The PKIX key manager renames key store aliases ("0.0.key"); ask it for the one it uses.
            this.alias = delegate.getClientAliases(keyAlgorithm, null)[0];
        }

        @Override
        public String chooseEngineClientAlias(String[] keyType, Principal[] issuers, SSLEngine engine) {
            return alias;
        }

        @Override
        public String chooseClientAlias(String[] keyType, Principal[] issuers, Socket socket) {
            return alias;
        }

        @Override
        public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
            return delegate.chooseServerAlias(keyType, issuers, socket);
        }

        @Override
        public String[] getClientAliases(String keyType, Principal[] issuers) {
            return new String[] {alias};
        }

        @Override
        public String[] getServerAliases(String keyType, Principal[] issuers) {
            return delegate.getServerAliases(keyType, issuers);
        }

        @Override
        public X509Certificate[] getCertificateChain(String alias) {
            return delegate.getCertificateChain(alias);
        }

        @Override
        public PrivateKey getPrivateKey(String alias) {
            return delegate.getPrivateKey(alias);
        }
    }
}

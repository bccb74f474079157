package io.kmipserver.bench.load;

import io.kmipserver.certs.CertifiedKey;
import io.kmipserver.certs.PemFiles;
import io.kmipserver.certs.Pkcs12Files;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;

/**
 * The client side of mutual TLS with the JDK's own provider (SunJSSE): the client's certificate
 * chain and key from PEM files, the server verified against the CA in a PEM file, and (unless
 * disabled) its certificate checked for the host name or address connected to, as HTTPS does
 * (RFC 2818 §3.1). The JDK provider on the client side keeps the client's cost the same whichever
 * TLS provider the server under test uses.
 *
 * <p>Immutable and thread-safe once built; {@link #connect} may be called from any thread.
 *
 * @param context the initialised TLS context
 * @param protocols the protocol versions offered, e.g. {@code [TLSv1.3, TLSv1.2]}
 * @param hostnameCheck whether the server certificate must name the host connected to
 */
public record ClientTls(SSLContext context, List<String> protocols, boolean hostnameCheck) {

    /** The versions offered when none is chosen: the server's preference decides. */
    public static final List<String> DEFAULT_PROTOCOLS = List.of("TLSv1.3", "TLSv1.2");

    public ClientTls {
        Objects.requireNonNull(context, "context");
        protocols = List.copyOf(protocols);
        for (String p : protocols) {
            if (!p.equals("TLSv1.3") && !p.equals("TLSv1.2")) {
                throw new IllegalArgumentException("TLS protocol must be TLSv1.3 or TLSv1.2, not '" + p + "'");
            }
        }
    }

    /**
     * Reads the PEM files and builds the TLS context.
     *
     * @param caFile the CA certificate(s) the server's certificate must chain to
     * @param certificateFile the client certificate, optionally followed by its issuers
     * @param keyFile the client's unencrypted PKCS#8 private key
     * @throws IOException when a file cannot be read, or the key does not belong to the certificate
     */
    public static ClientTls fromPem(Path caFile, Path certificateFile, Path keyFile, List<String> protocols,
            boolean hostnameCheck) throws IOException {
        CertifiedKey clientKey;
        try {
            clientKey = PemFiles.readCertifiedKey(certificateFile, keyFile);
        } catch (RuntimeException e) {
            throw new IOException("cannot use client certificate " + certificateFile + " with key " + keyFile
                    + ": " + e.getMessage(), e);
        }
        try {
            // The in-memory key store's password protects nothing on disk; a fresh random one per run.
            char[] password = new char[16];
            SecureRandom random = new SecureRandom();
            for (int i = 0; i < password.length; i++) {
                password[i] = (char) ('a' + random.nextInt(26));
            }
            KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keyManagers.init(Pkcs12Files.keyStore("client", clientKey, password), password);
            KeyStore trusted = Pkcs12Files.trustStore(readCa(caFile));
            TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trustManagers.init(trusted);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keyManagers.getKeyManagers(), trustManagers.getTrustManagers(), random);
            return new ClientTls(context, protocols, hostnameCheck);
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot build the TLS context: " + e.getMessage(), e);
        }
    }

    private static List<X509Certificate> readCa(Path caFile) throws IOException {
        try {
            return PemFiles.readCertificates(caFile);
        } catch (RuntimeException e) {
            throw new IOException("cannot read CA certificates from " + caFile + ": " + e.getMessage(), e);
        }
    }

    /**
     * Connects {@code plain} (new, unconnected) to {@code host:port} and completes the TLS handshake,
     * with no timeout of the socket's own: the caller bounds the connect, the handshake and every
     * later read by closing {@code plain} from another thread, which ends any of them at once.
     *
     * <p>Why not SO_TIMEOUT: the JDK's socket turns non-blocking for good at its first timed
     * operation (a connect with a timeout, a read with SO_TIMEOUT), and from then on every read that
     * finds no data yet costs a read that returns nothing, a poll, and the read again. A load
     * generator waits for every response, so that was two system calls per request more than a
     * blocking read, on the cores it shares with the server it measures.
     *
     * @throws IOException when the connection or the handshake fails, or {@code plain} was closed
     */
    public SSLSocket connect(Socket plain, String host, int port) throws IOException {
        try {
            plain.setTcpNoDelay(true);
            plain.connect(new InetSocketAddress(host, port));
            SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket(plain, host, port, true);
            SSLParameters parameters = socket.getSSLParameters();
            parameters.setProtocols(protocols.toArray(String[]::new));
            if (hostnameCheck) {
                parameters.setEndpointIdentificationAlgorithm("HTTPS");
            }
            socket.setSSLParameters(parameters);
            socket.setUseClientMode(true);
            socket.startHandshake();
            return socket;
        } catch (IOException | RuntimeException e) {
            plain.close();
            throw e;
        }
    }
}

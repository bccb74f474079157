package io.kmipserver.server.testing;

import io.kmipserver.certs.CertifiedKey;
import io.kmipserver.certs.Pkcs12Files;
import io.kmipserver.codec.message.KmipMessages;
import io.kmipserver.codec.message.RequestMessage;
import io.kmipserver.codec.message.ResponseMessage;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;

/**
 * A blocking KMIP client over SunJSSE for tests: one TLS socket, requests encoded and responses
 * decoded by the codec module. It verifies the server's certificate against the given CA and its
 * IP address SAN, as a real client would.
 */
public final class KmipTestClient implements AutoCloseable {

    private static final char[] PASSWORD = "test".toCharArray();

    private final SSLSocket socket;
    private final OutputStream out;
    private final DataInputStream in;

    private KmipTestClient(SSLSocket socket) throws IOException {
        this.socket = socket;
        this.out = socket.getOutputStream();
        this.in = new DataInputStream(socket.getInputStream());
    }

    /**
     * Connects and completes the TLS handshake (client side).
     *
     * @param clientKey the client's key and chain, or {@code null} to present no certificate
     * @param protocols the TLS versions the client offers
     */
    public static KmipTestClient connect(InetSocketAddress server, CertifiedKey clientKey,
            List<X509Certificate> trustedCas, String... protocols) throws Exception {
        SSLContext context = SSLContext.getInstance("TLS");
        KeyManager[] keyManagers = null;
        if (clientKey != null) {
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(Pkcs12Files.keyStore("client", clientKey, PASSWORD), PASSWORD);
            keyManagers = kmf.getKeyManagers();
        }
        KeyStore trust = Pkcs12Files.trustStore(trustedCas);
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        context.init(keyManagers, tmf.getTrustManagers(), new SecureRandom());
        SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket();
        socket.connect(server, 5_000);
        socket.setSoTimeout(10_000);
        SSLParameters parameters = socket.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        parameters.setProtocols(protocols.length > 0 ? protocols : new String[] {"TLSv1.3", "TLSv1.2"});
        socket.setSSLParameters(parameters);
        try {
            socket.startHandshake();
        } catch (IOException e) {
            socket.close();
            throw e;
        }
        return new KmipTestClient(socket);
    }

    public SSLSocket socket() {
        return socket;
    }

    /** Sends a request and reads its response. */
    public ResponseMessage call(RequestMessage request) throws IOException {
        send(request);
        return receive();
    }

    public void send(RequestMessage request) throws IOException {
        ByteBuf buffer = Unpooled.buffer();
        try {
            KmipMessages.encodeRequest(request, buffer);
            byte[] bytes = new byte[buffer.readableBytes()];
            buffer.readBytes(bytes);
            sendRaw(bytes);
        } finally {
            buffer.release();
        }
    }

    public void sendRaw(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    /** Reads one response message. */
    public ResponseMessage receive() throws IOException {
        byte[] header = new byte[8];
        in.readFully(header);
        int length = ((header[4] & 0xFF) << 24) | ((header[5] & 0xFF) << 16) | ((header[6] & 0xFF) << 8)
                | (header[7] & 0xFF);
        byte[] frame = new byte[8 + length];
        System.arraycopy(header, 0, frame, 0, 8);
        in.readFully(frame, 8, length);
        ByteBuf buffer = Unpooled.wrappedBuffer(frame);
        try {
            return KmipMessages.decodeResponse(buffer);
        } finally {
            buffer.release();
        }
    }

    /**
     * Waits for the server to close the connection (end of stream, or a TLS alert or reset) and says
     * whether it did within {@code timeout}; bytes that arrive meanwhile are discarded.
     */
    public boolean awaitClosedByServer(Duration timeout) throws IOException {
        socket.setSoTimeout((int) Math.max(1, timeout.toMillis()));
        InputStream input = socket.getInputStream();
        byte[] sink = new byte[4096];
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (System.nanoTime() < deadline) {
                if (input.read(sink) < 0) {
                    return true;
                }
            }
            return false;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (EOFException | SSLException e) {
            return true;
        } catch (IOException e) {
            // connection reset
            return true;
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}

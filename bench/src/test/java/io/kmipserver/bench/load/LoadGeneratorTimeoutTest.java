package io.kmipserver.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.kmipserver.certs.DevPki;
import io.kmipserver.certs.PemFiles;
import io.kmipserver.certs.Pkcs12Files;
import io.kmipserver.codec.message.ProtocolVersion;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The timeout of the load generator, whose sockets have none of their own: a server that stops
 * answering, or never completes the handshake, ends the connection with a timeout failure within
 * about the timeout instead of holding the run.
 */
class LoadGeneratorTimeoutTest {

    private static final Duration TIMEOUT = Duration.ofMillis(300);

    @TempDir
    Path dir;

    private DevPki pki;
    private ClientTls tls;
    private final List<Socket> accepted = new CopyOnWriteArrayList<>();
    private ServerSocket server;

    @BeforeEach
    void pki() throws IOException {
        pki = DevPki.ensure(dir.resolve("pki"), List.of(), List.of(), Clock.systemUTC());
        tls = ClientTls.fromPem(pki.certificateFile(DevPki.Role.CA), pki.certificateFile(DevPki.Role.CLIENT),
                pki.keyFile(DevPki.Role.CLIENT), ClientTls.DEFAULT_PROTOCOLS, false);
    }

    @AfterEach
    void close() throws IOException {
        if (server != null) {
            server.close();
        }
        for (Socket s : accepted) {
            s.close();
        }
    }

    @Test
    void aServerThatStopsAnsweringEndsTheConnectionWithATimeoutFailure() throws Exception {
        SSLServerSocket tlsServer = (SSLServerSocket) serverTls().getServerSocketFactory()
                .createServerSocket(0, 4, InetAddress.getLoopbackAddress());
        server = tlsServer;
        serve(s -> {
            ((SSLSocket) s).startHandshake();
            drain(s);
        });

        long start = System.nanoTime();
        LoadReport report = new LoadGenerator(settings(), tls, 60).run();
        long tookMillis = (System.nanoTime() - start) / 1_000_000;

        assertThat(report.failure()).isEqualTo("connection 0: no answer within the timeout of 300 ms; closed");
        assertThat(report.total().errors()).as("the request that got no answer").isEqualTo(1);
        assertThat(tookMillis).as("the 1 s run, not longer").isLessThan(5_000);
    }

    @Test
    void aServerThatNeverCompletesTheHandshakeFailsTheSetUpWithinTheTimeout() throws Exception {
        server = new ServerSocket(0, 4, InetAddress.getLoopbackAddress());
        serve(LoadGeneratorTimeoutTest::drain);

        long start = System.nanoTime();
        LoadReport report = new LoadGenerator(settings(), tls, 60).run();
        long tookMillis = (System.nanoTime() - start) / 1_000_000;

        assertThat(report.failure()).isEqualTo("connection 0: no answer within the timeout of 300 ms; closed");
        assertThat(report.total().count()).isZero();
        assertThat(tookMillis).as("the timeout, not the 60 s set-up bound").isLessThan(5_000);
    }

    private LoadSettings settings() {
        return new LoadSettings("127.0.0.1", server.getLocalPort(), 1, Duration.ofSeconds(1), Duration.ZERO,
                Scenario.MIX, OperationMix.parse("discover:100"), 1, ProtocolVersion.V1_2, TIMEOUT, 1 << 20,
                "timeout-test");
    }

    private SSLContext serverTls() throws Exception {
        char[] password = "test-only".toCharArray();
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(Pkcs12Files.keyStore("server", PemFiles.readCertifiedKey(pki.certificateFile(DevPki.Role.SERVER),
                pki.keyFile(DevPki.Role.SERVER)), password), password);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), null, null);
        return context;
    }

    /** Accepts connections on a daemon thread and hands each to {@code session} there. */
    private void serve(Session session) {
        Thread acceptor = new Thread(() -> {
            try {
                while (true) {
                    Socket s = server.accept();
                    accepted.add(s);
                    session.run(s);
                }
            } catch (IOException e) {
                // the test closed the server, or the client closed the connection
            }
        }, "timeout-test-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Reads whatever the client sends and never writes, until the connection closes. */
    private static void drain(Socket s) throws IOException {
        InputStream in = s.getInputStream();
        byte[] buffer = new byte[4096];
        while (in.read(buffer) >= 0) {
            // discard
        }
    }

    private interface Session {
        void run(Socket s) throws IOException;
    }
}

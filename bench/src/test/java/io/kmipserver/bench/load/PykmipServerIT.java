package io.kmipserver.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.kmipserver.certs.DevPki;
import io.kmipserver.codec.message.ProtocolVersion;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The load generator against an independent KMIP server: PyKMIP's own {@code pykmip-server} (Debian
 * package python3-pykmip), started by {@code scripts/pykmip-server.sh} on a free loopback port with
 * the development PKI kmip-server itself makes ({@link DevPki}). Fails, never skips, when PyKMIP is
 * not installed.
 */
class PykmipServerIT {

    private static final Path PYKMIP_SERVER = Path.of("/usr/bin/pykmip-server");
    private static final Path SCRIPT = Path.of("scripts/pykmip-server.sh");
    private static final Path JAR = Path.of("target/kmip-bench.jar");

    @TempDir
    static Path dir;

    private static Process server;
    private static DevPki pki;
    private static int port;

    @BeforeAll
    static void startPykmipServer() throws Exception {
        assertThat(PYKMIP_SERVER)
                .as("PyKMIP's server is required for this test: apt-get install -y python3-pykmip "
                        + "(bin/test-all installs it)")
                .isExecutable();
        pki = DevPki.ensure(dir.resolve("pki"), List.of(), List.of(), Clock.systemUTC());
        port = freePort();
        server = new ProcessBuilder("bash", SCRIPT.toString(), "--port", Integer.toString(port),
                "--pki", pki.directory().toString())
                .redirectError(dir.resolve("pykmip-server.stderr").toFile())
                .start();
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        String line;
        try {
            line = CompletableFuture.supplyAsync(() -> readLine(out)).get(60, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            line = null;
        }
        assertThat(line)
                .as("pykmip-server.sh did not report READY; its stderr: %s", stderr())
                .startsWith("READY 127.0.0.1:" + port);
    }

    @AfterAll
    static void stopPykmipServer() throws InterruptedException {
        if (server != null) {
            server.destroy();
            if (!server.waitFor(15, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    @Test
    void getHeavyLoadOverTwoConnectionsIsCountedWithoutErrors() throws Exception {
        LoadSettings settings = new LoadSettings("127.0.0.1", port, 2, Duration.ofSeconds(3), Duration.ofMillis(500),
                Scenario.MIX, OperationMix.parse("get:90,create:10"), 4, ProtocolVersion.V1_2, Duration.ofSeconds(10),
                1 << 20, "pykmip-it");
        ClientTls tls = ClientTls.fromPem(pki.certificateFile(DevPki.Role.CA), pki.certificateFile(DevPki.Role.CLIENT),
                pki.keyFile(DevPki.Role.CLIENT), ClientTls.DEFAULT_PROTOCOLS, true);

        LoadReport report = new LoadGenerator(settings, tls, 120).run();

        assertThat(report.failure()).as(report.table()).isNull();
        assertThat(report.errors()).as(report.table()).isEmpty();
        assertThat(report.total().errors()).isZero();
        assertThat(report.operations()).extracting(LoadReport.Row::operation).containsExactly("create", "get");
        assertThat(report.operations().get(1).count()).as(report.table()).isPositive();
        assertThat(report.total().opsPerSecond()).isPositive();
        assertThat(report.total().p50Micros()).isPositive();
        // PyKMIP 0.10 speaks TLS 1.2 only; the generator offered 1.3 and 1.2.
        assertThat(report.tls()).startsWith("TLSv1.2 ");
    }

    @Test
    void lifecycleThroughTheBenchJarExitsZeroAndPrintsTheTableAndOneJsonLine() throws Exception {
        assertThat(JAR).as("the shaded jar is built by 'mvn -pl bench package' before integration tests").exists();
        Path output = dir.resolve("lifecycle.out");
        Process load = new ProcessBuilder("java", "-jar", JAR.toString(), "load", "--host", "localhost",
                "--port", Integer.toString(port),
                "--ca", pki.certificateFile(DevPki.Role.CA).toString(),
                "--cert", pki.certificateFile(DevPki.Role.CLIENT).toString(),
                "--key", pki.keyFile(DevPki.Role.CLIENT).toString(),
                "--scenario", "lifecycle", "--connections", "1", "--duration", "2", "--warmup", "0",
                "--tls-protocol", "TLSv1.2", "--json", "--label", "pykmip-lifecycle")
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        boolean ended = load.waitFor(60, TimeUnit.SECONDS);
        if (!ended) {
            load.destroyForcibly();
        }
        String text = Files.readString(output);

        assertThat(ended).as(text).isTrue();
        assertThat(load.exitValue()).as(text).isZero();
        assertThat(text).contains("kmip load [pykmip-lifecycle]: localhost:" + port + ", lifecycle, 1 connection");
        List<String> json = text.lines().filter(l -> l.startsWith("{")).toList();
        assertThat(json).as(text).hasSize(1);
        for (String op : List.of("create", "activate", "get", "revoke", "destroy")) {
            assertThat(json.get(0)).contains("{\"operation\":\"" + op + "\",\"count\":");
        }
        assertThat(json.get(0)).contains("\"errors\":[]").contains("\"failure\":null").doesNotContain("\"count\":0,");
    }

    private static String readLine(BufferedReader reader) {
        try {
            return reader.readLine();
        } catch (IOException e) {
            return null;
        }
    }

    private static String stderr() {
        try {
            return Files.readString(dir.resolve("pykmip-server.stderr"));
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}

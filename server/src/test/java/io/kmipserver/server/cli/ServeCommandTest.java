package io.kmipserver.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.kmipserver.certs.PemFiles;
import io.kmipserver.codec.message.ProtocolVersion;
import io.kmipserver.server.config.ConfigLoader;
import io.kmipserver.server.config.ServerConfig;
import io.kmipserver.server.testing.KmipTestClient;
import io.kmipserver.server.testing.TestProcessor;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code serve} run in-process: flags, the connect information it prints, and a clean stop. */
class ServeCommandTest {

    private static final Pattern LISTENING = Pattern.compile("listening for KMIP on ([0-9.]+):([0-9]+)");

    @TempDir
    Path dir;

    private final TestProcessor processor = new TestProcessor();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private CommandLine commandLine(ServeCommand command) {
        CommandLine commandLine = new CommandLine(command);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine;
    }

    private ServeCommand command(Map<String, String> environment) {
        return new ServeCommand(services -> processor, Clock.systemUTC(), environment, false);
    }

    @Test
    void servePrintsHowToConnectAndAnswersTheDevClientUntilStopped() throws Exception {
        ServeCommand serve = command(Map.of());
        Path data = dir.resolve("data");
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> commandLine(serve).execute(
                "--data-dir", data.toString(), "--kmip-port", "0", "--admin-port", "0", "--bind", "127.0.0.1"));

        Matcher listening = awaitOutput(exit);
        int port = Integer.parseInt(listening.group(2));
        Path pki = data.resolve("pki").toAbsolutePath();
        String printed = out.toString();
        assertThat(printed)
                .contains(pki.resolve("ca.pem").toString())
                .contains(pki.resolve("client.pem").toString())
                .contains(pki.resolve("client-key.pem").toString())
                .contains("[client]", "host=127.0.0.1", "port=" + port, "certfile=" + pki.resolve("client.pem"),
                        "keyfile=" + pki.resolve("client-key.pem"), "ca_certs=" + pki.resolve("ca.pem"))
                .contains("adapter 'default'");

        try (KmipTestClient client = KmipTestClient.connect(new InetSocketAddress("127.0.0.1", port),
                PemFiles.readCertifiedKey(pki.resolve("client.pem"), pki.resolve("client-key.pem")),
                List.of(PemFiles.readCertificate(pki.resolve("ca.pem"))))) {
            assertThat(client.call(TestProcessor.discoverVersions(ProtocolVersion.V1_4)).batchItems().get(0).isSuccess())
                    .isTrue();
        }
        assertThat(processor.sessions()).extracting(s -> s.adapterName()).containsExactly("default");

        serve.stop();
        assertThat(exit.get(20, TimeUnit.SECONDS)).isZero();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void everyFlagOverridesItsConfigurationKey() {
        ServeCommand serve = command(Map.of());
        commandLine(serve).parseArgs("--data-dir", "/srv/kmip", "--kmip-port", "15696", "--admin-port", "19443",
                "--bind", "0.0.0.0", "--tls-provider", "openssl", "--key-protector", "pkcs11",
                "--pkcs11-library", "/usr/lib/softhsm/libsofthsm2.so", "--pkcs11-slot-index", "2",
                "--pkcs11-token-label", "kmip", "--pkcs11-pin-file", "/run/pin", "--store", "postgresql", "--jdbc-url", "jdbc:postgresql://db/kmip",
                "--db-user", "kmip", "--db-password-file", "/run/dbpw", "--set", "kmip.max-connections=64");

        assertThat(serve.overrides()).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("data.dir", "/srv/kmip"),
                Map.entry("kmip.port", "15696"),
                Map.entry("management.port", "19443"),
                Map.entry("kmip.bind", "0.0.0.0"),
                Map.entry("management.bind", "0.0.0.0"),
                Map.entry("tls.provider", "openssl"),
                Map.entry("keys.protector", "pkcs11"),
                Map.entry("keys.pkcs11-library", "/usr/lib/softhsm/libsofthsm2.so"),
                Map.entry("keys.pkcs11-slot-index", "2"),
                Map.entry("keys.pkcs11-token-label", "kmip"),
                Map.entry("keys.pkcs11-pin-file", "/run/pin"),
                Map.entry("store.type", "postgresql"),
                Map.entry("store.jdbc-url", "jdbc:postgresql://db/kmip"),
                Map.entry("store.db-user", "kmip"),
                Map.entry("store.db-password-file", "/run/dbpw"),
                Map.entry("kmip.max-connections", "64")));
    }

    @Test
    void flagsNotGivenLeaveTheFileAndTheEnvironmentInCharge() throws Exception {
        Path file = dir.resolve("kmip.properties");
        Files.writeString(file, "kmip.port=15696\ntls.provider=jdk\nkmip.max-connections=10\n");
        ServeCommand serve = command(Map.of());
        commandLine(serve).parseArgs("--config", file.toString(), "--tls-provider", "bcjsse");

        ServerConfig config = ConfigLoader.load(file, Map.of(ConfigLoader.envName("kmip.max-connections"), "20"),
                serve.overrides());
        assertThat(config.kmip().port()).isEqualTo(15696);
        assertThat(config.kmip().maxConnections()).isEqualTo(20);
        assertThat(config.tls().provider()).isEqualTo(ServerConfig.TlsProvider.BCJSSE);
        assertThat(config.dataDir()).isEqualTo(Path.of("./data"));
    }

    @Test
    void invalidConfigurationExitsWithTwoAndNamesEveryProblem() {
        int code = commandLine(command(Map.of())).execute("--data-dir", dir.toString(), "--kmip-port", "70000",
                "--tls-provider", "gnutls");

        assertThat(code).isEqualTo(ServeCommand.INVALID_CONFIGURATION);
        assertThat(err.toString()).contains("kmip.port", "70000", "tls.provider", "gnutls");
        assertThat(dir.resolve("pki")).doesNotExist();
    }

    @Test
    void startThatFailsExitsWithOneAndSaysWhy() throws Exception {
        Files.writeString(dir.resolve("pki"), "a file where the PKI directory should be");
        int code = commandLine(command(Map.of())).execute("--data-dir", dir.toString(), "--kmip-port", "0");

        assertThat(code).isEqualTo(ServeCommand.STARTUP_FAILED);
        assertThat(err.toString()).startsWith("kmip-server: cannot start:");
    }

    private Matcher awaitOutput(CompletableFuture<Integer> exit) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            Matcher m = LISTENING.matcher(out.toString());
            if (m.find() && out.toString().contains("Stop with")) {
                return m;
            }
            if (exit.isDone()) {
                throw new AssertionError("serve exited with " + exit.get() + ": " + err);
            }
            Thread.sleep(20);
        }
        throw new AssertionError("serve printed no connect information: " + out + err);
    }
}

package io.kmipserver.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.kmipserver.audit.event.AuditEvent;
import io.kmipserver.audit.event.Outcome;
import io.kmipserver.audit.journal.JournalReader;
import io.kmipserver.certs.PemFiles;
import io.kmipserver.codec.message.ProtocolVersion;
import io.kmipserver.codec.message.ResponseMessage;
import io.kmipserver.codec.payload.DiscoverVersionsResponse;
import io.kmipserver.server.testing.KmipTestClient;
import io.kmipserver.server.testing.TestJournal;
import io.kmipserver.server.testing.TestProcessor;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
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

/** The {@code kmip-server} command tree, and {@code serve} with the real request processor. */
class MainTest {

    private static final Pattern LISTENING = Pattern.compile("listening for KMIP on ([0-9.]+):([0-9]+)");

    @TempDir
    Path dir;

    @Test
    void serveCertsAndAuditAreMounted() {
        CommandLine main = Main.commandLine();
        assertThat(main.getSubcommands()).containsKeys("serve", "certs", "audit");
        assertThat(main.getSubcommands().get("certs").getSubcommands()).containsKeys("init", "client", "sign-csr");
        assertThat(main.getSubcommands().get("audit").getSubcommands()).containsKeys("verify", "export", "tail");
    }

    @Test
    void certsInitThroughMainWritesTheDevPki() {
        StringWriter out = new StringWriter();
        CommandLine main = Main.commandLine();
        main.setOut(new PrintWriter(out, true));

        assertThat(main.execute("certs", "init", "--dir", dir.toString())).isZero();
        assertThat(dir.resolve("ca.pem")).isRegularFile();
        assertThat(dir.resolve("client-key.pem")).isRegularFile();
    }

    @Test
    void serveWithTheRealProcessorAnswersAndAuditsDiscoverVersions() throws Exception {
        StringWriter out = new StringWriter();
        ServeCommand serve = new ServeCommand(Main::defaultProcessor, Clock.systemUTC(), Map.of(), false);
        CommandLine commandLine = new CommandLine(serve);
        commandLine.setOut(new PrintWriter(out, true));
        Path data = dir.resolve("data");
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> commandLine.execute(
                "--data-dir", data.toString(), "--kmip-port", "0", "--admin-port", "0"));
        int port = awaitPort(out, exit);
        Path pki = data.resolve("pki");

        try (KmipTestClient client = KmipTestClient.connect(new InetSocketAddress("127.0.0.1", port),
                PemFiles.readCertifiedKey(pki.resolve("client.pem"), pki.resolve("client-key.pem")),
                List.of(PemFiles.readCertificate(pki.resolve("ca.pem"))))) {
            ResponseMessage response = client.call(TestProcessor.discoverVersions(ProtocolVersion.V1_2));
            assertThat(response.protocolVersion()).isEqualTo(ProtocolVersion.V1_2);
            assertThat(response.batchItems().get(0).payload(DiscoverVersionsResponse.class).protocolVersions())
                    .containsExactly(ProtocolVersion.V1_2);
        }
        serve.stop();
        assertThat(exit.get(20, TimeUnit.SECONDS)).isZero();

        try (JournalReader reader = JournalReader.openReadOnly(data.resolve("audit").resolve("journal"))) {
            List<AuditEvent> events = TestJournal.events(reader);
            assertThat(events).extracting(AuditEvent::action, AuditEvent::outcome)
                    .contains(org.assertj.core.groups.Tuple.tuple("kmip.discover-versions", Outcome.SUCCESS));
            assertThat(events).allSatisfy(e -> assertThat(e.initiator().adapter()).isEqualTo("default"));
        }
    }

    private static int awaitPort(StringWriter out, CompletableFuture<Integer> exit) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            Matcher m = LISTENING.matcher(out.toString());
            if (m.find()) {
                return Integer.parseInt(m.group(2));
            }
            if (exit.isDone()) {
                throw new AssertionError("serve exited with " + exit.get() + ": " + out);
            }
            Thread.sleep(20);
        }
        throw new AssertionError("serve printed no address: " + out);
    }
}

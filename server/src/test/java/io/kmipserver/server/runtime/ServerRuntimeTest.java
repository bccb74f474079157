package io.kmipserver.server.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kmipserver.audit.event.AuditEvent;
import io.kmipserver.audit.event.Outcome;
import io.kmipserver.audit.journal.AuditJournalException;
import io.kmipserver.certs.CertificateAuthority;
import io.kmipserver.certs.DevPki;
import io.kmipserver.certs.Fingerprints;
import io.kmipserver.certs.KeySpec;
import io.kmipserver.certs.PemFiles;
import io.kmipserver.certs.Validity;
import io.kmipserver.codec.message.ProtocolVersion;
import io.kmipserver.server.config.ConfigLoader;
import io.kmipserver.server.config.ServerConfig;
import io.kmipserver.server.store.AdapterTrust;
import io.kmipserver.server.testing.KmipTestClient;
import io.kmipserver.server.testing.TestJournal;
import io.kmipserver.server.testing.TestProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A whole node opened from a configuration in an empty (or prepared) data directory. */
class ServerRuntimeTest {

    @TempDir
    Path dir;

    private final TestProcessor processor = new TestProcessor();
    private final AtomicReference<NodeServices> services = new AtomicReference<>();

    private ServerConfig config(Map<String, String> extra) {
        Map<String, String> settings = new HashMap<>();
        settings.put("data.dir", dir.toString());
        settings.put("kmip.port", "0");
        settings.put("management.port", "0");
        settings.put("node.id", "node-1");
        settings.putAll(extra);
        return ConfigLoader.load(null, Map.of(), settings);
    }

    private ServerRuntime start(Map<String, String> extra) throws IOException {
        return ServerRuntime.start(config(extra), s -> {
            services.set(s);
            return processor;
        }, Clock.systemUTC());
    }

    private KmipTestClient connect(ServerRuntime runtime) throws Exception {
        DevPki pki = runtime.pki();
        return KmipTestClient.connect(runtime.kmipServer().localAddress(), pki.load(DevPki.Role.CLIENT),
                List.of(pki.certificate(DevPki.Role.CA)));
    }

    @Test
    void firstStartWritesThePkiAndCreatesTheDefaultAdapterToWhichClientPemBelongs() throws Exception {
        try (ServerRuntime runtime = start(Map.of())) {
            for (String file : List.of("ca.pem", "ca-key.pem", "server.pem", "server-key.pem", "client.pem",
                    "client-key.pem", "admin.pem", "admin-key.pem", "audit-signing.pem", "audit-signing-key.pem")) {
                assertThat(dir.resolve("pki").resolve(file)).isRegularFile();
            }
            assertThat(dir.resolve("store").resolve("kmip.db")).isRegularFile();
            assertThat(dir.resolve("keys")).isDirectory();
            assertThat(dir.resolve("audit").resolve("journal")).isDirectory();

            String caFingerprint = runtime.pki().fingerprint(DevPki.Role.CA);
            assertThat(runtime.defaultAdapter().name()).isEqualTo("default");
            assertThat(runtime.store().trustOf(runtime.defaultAdapter().id()))
                    .extracting(AdapterTrust::caFingerprint).containsExactly(caFingerprint);
            assertThat(runtime.keyProtector().hasRootKey(runtime.defaultAdapter().id())).isTrue();
            assertThat(services.get().nodeId()).isEqualTo("node-1");
            assertThat(services.get().store()).isSameAs(runtime.store());

            try (KmipTestClient client = connect(runtime)) {
                assertThat(client.call(TestProcessor.discoverVersions(ProtocolVersion.V1_4)).batchItems().get(0)
                        .isSuccess()).isTrue();
            }
            assertThat(processor.sessions().get(0).adapterId()).isEqualTo(runtime.defaultAdapter().id());
        }
    }

    @Test
    void restartReusesThePkiTheAdapterAndItsTrust() throws Exception {
        String adapterId;
        String caFingerprint;
        try (ServerRuntime first = start(Map.of())) {
            adapterId = first.defaultAdapter().id();
            caFingerprint = first.pki().fingerprint(DevPki.Role.CA);
        }
        try (ServerRuntime second = start(Map.of())) {
            assertThat(second.pki().created()).isEmpty();
            assertThat(second.pki().fingerprint(DevPki.Role.CA)).isEqualTo(caFingerprint);
            assertThat(second.defaultAdapter().id()).isEqualTo(adapterId);
            assertThat(second.store().trustOf(adapterId)).hasSize(1);
            try (KmipTestClient client = connect(second)) {
                assertThat(client.call(TestProcessor.discoverVersions(ProtocolVersion.V2_0)).protocolVersion())
                        .isEqualTo(ProtocolVersion.V2_0);
            }
        }
    }

    @Test
    void ownCaInThePkiDirectoryIssuesTheMissingFilesAndBecomesTheDefaultAdaptersTrust() throws Exception {
        Clock clock = Clock.systemUTC();
        CertificateAuthority own = CertificateAuthority.createSelfSigned("CN=Example Corp issuing CA,O=Example",
                KeySpec.EC_P256, Validity.starting(clock, Duration.ofDays(365)), clock);
        Path pki = dir.resolve("pki");
        Files.createDirectories(pki);
        PemFiles.writeCertifiedKey(pki.resolve("ca.pem"), pki.resolve("ca-key.pem"), own.certifiedKey());

        try (ServerRuntime runtime = start(Map.of())) {
            String ownFingerprint = Fingerprints.sha256Hex(own.certificate());
            assertThat(runtime.pki().fingerprint(DevPki.Role.CA)).isEqualTo(ownFingerprint);
            assertThat(runtime.store().trustOf(runtime.defaultAdapter().id()))
                    .extracting(AdapterTrust::caFingerprint).containsExactly(ownFingerprint);
            try (KmipTestClient client = connect(runtime)) {
                assertThat(client.call(TestProcessor.discoverVersions(ProtocolVersion.V1_4)).batchItems().get(0)
                        .isSuccess()).isTrue();
            }
        }
    }

    @Test
    void refusedHandshakesGoToTheNodesAuditJournal() throws Exception {
        try (ServerRuntime runtime = start(Map.of())) {
            DevPki pki = runtime.pki();
            try (KmipTestClient noCertificate = KmipTestClient.connect(runtime.kmipServer().localAddress(), null,
                    List.of(pki.certificate(DevPki.Role.CA)))) {
                noCertificate.awaitClosedByServer(Duration.ofSeconds(5));
            } catch (IOException refused) {
                // fine: the refusal may end the client's handshake
            }
            List<AuditEvent> events = awaitEvents(runtime, 1);
            assertThat(events).extracting(AuditEvent::action).containsExactly("kmip.handshake");
            assertThat(events.get(0).observer()).isEqualTo("node-1");
        }
    }

    @Test
    void closeStopsTheListenerAndTheJournal() throws Exception {
        ServerRuntime runtime = start(Map.of());
        int port = runtime.kmipServer().port();
        runtime.close();

        try (ServerSocket again = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            assertThat(again.isBound()).isTrue();
        }
        assertThatThrownBy(() -> runtime.audit().journal().append(AuditEvent.builder().id("x").action("test")
                .outcome(Outcome.SUCCESS).observer("node-1").build()))
                .isInstanceOf(AuditJournalException.class);
        runtime.close();
    }

    @Test
    void startThatCannotBindClosesWhatItOpenedSoTheDirectoryCanBeUsedAgain() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> start(Map.of("kmip.port", String.valueOf(taken.getLocalPort()))))
                    .isInstanceOf(UncheckedIOException.class)
                    .hasMessageContaining(String.valueOf(taken.getLocalPort()));
        }
        try (ServerRuntime runtime = start(Map.of())) {
            assertThat(runtime.kmipServer().port()).isPositive();
        }
    }

    private static List<AuditEvent> awaitEvents(ServerRuntime runtime, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        List<AuditEvent> events;
        do {
            events = TestJournal.events(runtime.audit().reader());
            if (events.size() >= count) {
                break;
            }
            Thread.sleep(20);
        } while (System.nanoTime() < deadline);
        return events;
    }
}

package io.kmipserver.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kmipserver.certs.CertifiedKey;
import io.kmipserver.certs.PemFiles;
import io.kmipserver.codec.message.ProtocolVersion;
import io.kmipserver.codec.message.RequestMessage;
import io.kmipserver.codec.payload.CreateResponse;
import io.kmipserver.server.protocol.Requests;
import io.kmipserver.server.testing.KmipTestClient;
import io.kmipserver.server.testing.ServerProcess;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 5, "kill -9 during load": the event is appended before the response is written, so every
 * Create a client saw acknowledged has its {@code kmip.create} event even when the server dies by
 * SIGKILL right after — and the journal it leaves, and the one after a restart, pass
 * {@code audit verify} (events after the last checkpoint are reported unsealed, which is a warning,
 * not a failure).
 */
class KillNineAuditIT {

    private static final int CLIENTS = 4;

    @TempDir
    Path tmp;

    @Test
    void everyAcknowledgedCreateHasItsEventAfterSigkillAndTheJournalVerifies() throws Exception {
        Path data = tmp.resolve("data");
        Set<String> acknowledged = new HashSet<>();
        try (ServerProcess server = ServerProcess.start(data, "--set", "audit.checkpoint-every-events=50")) {
            AtomicBoolean killed = new AtomicBoolean();
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            List<Future<List<String>>> results = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                results.add(clients.submit(() -> {
                    List<String> mine = new ArrayList<>();
                    try (KmipTestClient client = connect(data, server.port())) {
                        while (!killed.get()) {
                            mine.add(client.call(RequestMessage.of(ProtocolVersion.V1_4, Requests.createAes(256)))
                                    .batchItems().get(0).payload(CreateResponse.class).uniqueIdentifier());
                        }
                    } catch (Exception connectionCutByTheKill) {
                        // Expected once the server is gone: what was acknowledged before is in `mine`.
                    }
                    return mine;
                }));
            }
            // Kill only once a checkpoint is on disk (so verify checks signed seals, not only an
            // unsealed tail) and half a second of load has gone on after it.
            Path checkpoints = data.resolve("audit").resolve("seal").resolve("checkpoints.jsonl");
            long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
            Thread.sleep(2_000);
            while (!hasLines(checkpoints) && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            Thread.sleep(500);
            killed.set(true);
            assertThat(server.kill(Duration.ofSeconds(30))).as("exit code of SIGKILL").isEqualTo(137);
            clients.shutdown();
            for (Future<List<String>> f : results) {
                acknowledged.addAll(f.get());
            }
        }
        assertThat(acknowledged).as("Creates acknowledged before the kill").hasSizeGreaterThan(20);

        AuditCli.Result asKilled = AuditCli.verify(data);
        assertThat(asKilled.exitCode()).as("audit verify on the journal SIGKILL left: " + asKilled).isZero();
        assertThat(asKilled.out()).startsWith("VERIFIED: ").doesNotContain("FAILURE");
        assertThat(checkpointsVerified(asKilled)).as(asKilled.out()).isPositive();

        try (ServerProcess again = ServerProcess.start(data)) {
            assertThat(again.stop(Duration.ofSeconds(30))).as("exit code after SIGTERM").isEqualTo(143);
        }

        Set<String> created = new HashSet<>();
        for (JsonNode event : AuditCli.export(data).events()) {
            if (event.get("action").asText().equals("kmip.create") && event.get("outcome").asText().equals("success")) {
                event.get("target").get("uniqueIdentifiers").forEach(uid -> created.add(uid.asText()));
            }
        }
        assertThat(created).as("identifiers of kmip.create success events").containsAll(acknowledged);

        AuditCli.Result afterRestart = AuditCli.verify(data);
        assertThat(afterRestart.exitCode()).as("audit verify after restart and SIGTERM: " + afterRestart).isZero();
        assertThat(afterRestart.out()).startsWith("VERIFIED: ").doesNotContain("FAILURE");
    }

    private static boolean hasLines(Path file) throws IOException {
        return Files.exists(file) && !Files.readString(file).isBlank();
    }

    /** The count in verify's verdict line, "VERIFIED: N checkpoint(s) and M event(s) verified…". */
    private static int checkpointsVerified(AuditCli.Result verify) {
        Matcher m = Pattern.compile("^VERIFIED: (\\d+) checkpoint").matcher(verify.out());
        assertThat(m.find()).as(verify.out()).isTrue();
        return Integer.parseInt(m.group(1));
    }

    private static KmipTestClient connect(Path data, int port) throws Exception {
        Path pki = data.resolve("pki");
        CertifiedKey key = PemFiles.readCertifiedKey(pki.resolve("client.pem"), pki.resolve("client-key.pem"));
        List<X509Certificate> ca = List.of(PemFiles.readCertificate(pki.resolve("ca.pem")));
        return KmipTestClient.connect(new InetSocketAddress("127.0.0.1", port), key, ca);
    }
}

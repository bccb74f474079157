package io.kmipserver.server.durability;

import static org.assertj.core.api.Assertions.assertThat;

import io.kmipserver.certs.PemFiles;
import io.kmipserver.codec.message.ProtocolVersion;
import io.kmipserver.codec.message.RequestMessage;
import io.kmipserver.codec.message.ResponseBatchItem;
import io.kmipserver.codec.message.ResponseMessage;
import io.kmipserver.codec.object.SymmetricKey;
import io.kmipserver.codec.payload.CreateResponse;
import io.kmipserver.codec.payload.GetResponse;
import io.kmipserver.server.protocol.Requests;
import io.kmipserver.server.testing.KmipTestClient;
import io.kmipserver.server.testing.ServerProcess;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DESIGN.md invariant 5, "acknowledged means durable": the server runs as its own process, clients
 * create keys concurrently, the process is killed with SIGKILL in the middle of the load, and after a
 * restart every key whose Create the clients saw acknowledged is there with the same material.
 */
class KillNineDurabilityIT {

    @TempDir
    Path dir;

    private KmipTestClient connect(ServerProcess server) throws Exception {
        Path pki = dir.resolve("pki");
        return KmipTestClient.connect(new InetSocketAddress("127.0.0.1", server.port()),
                PemFiles.readCertifiedKey(pki.resolve("client.pem"), pki.resolve("client-key.pem")),
                List.of(PemFiles.readCertificate(pki.resolve("ca.pem"))));
    }

    private static String hexMaterial(ResponseBatchItem item) {
        SymmetricKey key = (SymmetricKey) item.payload(GetResponse.class).object();
        return HexFormat.of().formatHex(key.keyBlock().keyBytes());
    }

    @Test
    void everyAcknowledgedCreateSurvivesSigkill() throws Exception {
        Map<String, String> acknowledged = new LinkedHashMap<>();
        AtomicBoolean killed = new AtomicBoolean();
        try (ServerProcess server = ServerProcess.start(dir)) {
            ExecutorService clients = Executors.newFixedThreadPool(4);
            List<Future<Map<String, String>>> results = new ArrayList<>();
            for (int c = 0; c < 4; c++) {
                results.add(clients.submit(() -> {
                    Map<String, String> mine = new LinkedHashMap<>();
                    try (KmipTestClient client = connect(server)) {
                        while (!killed.get()) {
                            ResponseMessage created = client.call(
                                    RequestMessage.of(ProtocolVersion.V1_4, Requests.createAes(256)));
                            String uid = created.batchItems().get(0).payload(CreateResponse.class).uniqueIdentifier();
                            ResponseMessage got = client.call(RequestMessage.of(ProtocolVersion.V1_4, Requests.get(uid)));
                            mine.put(uid, hexMaterial(got.batchItems().get(0)));
                        }
                    } catch (Exception connectionCutByTheKill) {
                        // Expected once the server is gone: what was acknowledged before is in `mine`.
                    }
                    return mine;
                }));
            }
            Thread.sleep(4000);
            killed.set(true);
            assertThat(server.kill(Duration.ofSeconds(30))).as("exit code of SIGKILL").isEqualTo(137);
            clients.shutdown();
            for (Future<Map<String, String>> f : results) {
                acknowledged.putAll(f.get());
            }
        }
        assertThat(acknowledged).as("keys created before the kill").hasSizeGreaterThan(10);

        try (ServerProcess again = ServerProcess.start(dir); KmipTestClient client = connect(again)) {
            for (Map.Entry<String, String> e : acknowledged.entrySet()) {
                ResponseBatchItem item = client.call(RequestMessage.of(ProtocolVersion.V1_4, Requests.get(e.getKey())))
                        .batchItems().get(0);
                assertThat(item.isSuccess()).as("Get " + e.getKey() + " after restart: " + item).isTrue();
                assertThat(hexMaterial(item)).as("material of " + e.getKey()).isEqualTo(e.getValue());
            }
            again.stop(Duration.ofSeconds(30));
        }
    }
}

package io.kmipserver.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.kmipserver.audit.event.AuditEvent;
import io.kmipserver.audit.journal.JournalEntry;
import io.kmipserver.audit.journal.JournalReader;
import io.kmipserver.audit.journal.JournalTailer;
import io.kmipserver.codec.message.ProtocolVersion;
import io.kmipserver.codec.message.RequestMessage;
import io.kmipserver.codec.message.ResponseBatchItem;
import io.kmipserver.codec.object.SymmetricKey;
import io.kmipserver.codec.payload.CreateResponse;
import io.kmipserver.codec.payload.GetResponse;
import io.kmipserver.codec.payload.RequestPayload;
import io.kmipserver.server.config.ConfigLoader;
import io.kmipserver.server.protocol.ClientSession;
import io.kmipserver.server.protocol.Requests;
import io.kmipserver.server.runtime.ServerRuntime;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class KeysCommandTest {

    @TempDir
    Path dir;

    private ServerRuntime start() throws Exception {
        return ServerRuntime.start(ConfigLoader.load(null, Map.of(),
                Map.of("data.dir", dir.toString(), "kmip.port", "0", "management.port", "0", "node.id", "keys-test")),
                Main::defaultProcessor, Clock.systemUTC());
    }

    private static ResponseBatchItem call(ServerRuntime node, RequestPayload payload) {
        ClientSession session = new ClientSession("c1", node.defaultAdapter().id(), node.defaultAdapter().name(),
                "CN=client", "00", "127.0.0.1", 1, "TLSv1.3", "TLS_AES_128_GCM_SHA256");
        ResponseBatchItem item = node.processor().process(RequestMessage.of(ProtocolVersion.V1_4, payload), session)
                .batchItems().get(0);
        assertThat(item.isSuccess()).as(item.toString()).isTrue();
        return item;
    }

    private static byte[] material(ServerRuntime node, String id) {
        return ((SymmetricKey) call(node, Requests.get(id)).payload(GetResponse.class).object()).keyBlock().keyBytes();
    }

    @Test
    void rotateRootRewrapsEveryObjectUnderANewVersionAndLeavesOneCriticalEvent() throws Exception {
        Map<String, byte[]> before = new LinkedHashMap<>();
        try (ServerRuntime node = start()) {
            for (int i = 0; i < 3; i++) {
                String id = call(node, Requests.createAes(256)).payload(CreateResponse.class).uniqueIdentifier();
                before.put(id, material(node, id));
            }
        }

        StringWriter out = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out));
        int exit = cli.execute("keys", "rotate-root", "--adapter", "default", "--data-dir", dir.toString());

        assertThat(exit).as(out.toString()).isZero();
        assertThat(out.toString()).contains("root key version 1 -> 2", "3 objects, 3 re-wrapped", "0 failed");
        try (ServerRuntime node = start()) {
            for (Map.Entry<String, byte[]> e : before.entrySet()) {
                assertThat(material(node, e.getKey())).as(e.getKey()).isEqualTo(e.getValue());
                assertThat(node.store().findMaterial(node.defaultAdapter().id(), e.getKey()).orElseThrow()
                        .material().rootKeyVersion()).isEqualTo(2);
            }
        }
        List<AuditEvent> rotations = new ArrayList<>();
        try (JournalReader reader = JournalReader.openReadOnly(dir.resolve("audit").resolve("journal"))) {
            JournalTailer tailer = reader.tailer();
            for (JournalEntry entry = tailer.next(); entry != null; entry = tailer.next()) {
                if (entry.event().action().equals("management.root-key.rotate")) {
                    rotations.add(entry.event());
                }
            }
        }
        assertThat(rotations).singleElement().satisfies(e -> {
            assertThat(e.severity().name()).isEqualTo("CRITICAL");
            assertThat(e.outcome().name()).isEqualTo("SUCCESS");
            assertThat(e.responseData()).containsEntry("rewrapped", "3").containsEntry("toVersion", "2");
        });
    }

    @Test
    void rotateRootOfAnUnknownAdapterIsAUsageError() throws Exception {
        try (ServerRuntime node = start()) {
            assertThat(node.defaultAdapter()).isNotNull();
        }
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setErr(new PrintWriter(err));
        assertThat(cli.execute("keys", "rotate-root", "--adapter", "nobody", "--data-dir", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("no adapter named 'nobody'");
    }
}

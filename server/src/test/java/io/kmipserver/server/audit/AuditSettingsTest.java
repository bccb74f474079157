package io.kmipserver.server.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kmipserver.audit.journal.JournalReader;
import io.kmipserver.audit.journal.JournalTailer;
import io.kmipserver.certs.DevPki;
import io.kmipserver.codec.message.ProtocolVersion;
import io.kmipserver.codec.message.RequestMessage;
import io.kmipserver.server.config.ConfigException;
import io.kmipserver.server.config.ConfigLoader;
import io.kmipserver.server.config.ServerConfig;
import io.kmipserver.server.protocol.DefaultRequestProcessor;
import io.kmipserver.server.protocol.ProcessorSettings;
import io.kmipserver.server.protocol.Requests;
import io.kmipserver.server.runtime.ServerRuntime;
import io.kmipserver.server.testing.KmipTestClient;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code audit.*} configuration keys and what the runtime does with {@code audit.journal}. */
class AuditSettingsTest {

    @TempDir
    Path dir;

    @Test
    void defaultsAreTheChronicleJournalWithoutFsync() {
        ServerConfig.Audit audit = ConfigLoader.load(null, Map.of(), Map.of()).audit();

        assertThat(audit.journal()).isEqualTo(ServerConfig.AuditJournalType.CHRONICLE);
        assertThat(audit.fsync()).isFalse();
        assertThat(audit.retentionDays()).isEqualTo(180);
    }

    @Test
    void fsyncAndTheNoopJournalAreSetByKeyOrEnvironment() {
        ServerConfig.Audit byKey = ConfigLoader.load(null, Map.of(),
                Map.of("audit.fsync", "true", "audit.journal", "noop")).audit();
        ServerConfig.Audit byEnvironment = ConfigLoader.load(null,
                Map.of("KMIP_SERVER_AUDIT_FSYNC", "true", "KMIP_SERVER_AUDIT_JOURNAL", "NOOP"), Map.of()).audit();

        assertThat(byKey.fsync()).isTrue();
        assertThat(byKey.journal()).isEqualTo(ServerConfig.AuditJournalType.NOOP);
        assertThat(byEnvironment).isEqualTo(byKey);
    }

    @Test
    void badFsyncAndJournalValuesAreBothReported() {
        assertThatThrownBy(() -> ConfigLoader.load(null, Map.of(),
                Map.of("audit.fsync", "yes", "audit.journal", "kafka")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("audit.fsync: expected true or false, got 'yes'")
                .hasMessageContaining("audit.journal: expected one of [chronicle, noop], got 'kafka'");
    }

    @Test
    void theNoopJournalServesRequestsAndRecordsNothing() throws Exception {
        assertThat(eventsAfterOneCreate("noop", false)).isZero();
    }

    @Test
    void theChronicleJournalRecordsTheCreateWithFsyncOn() throws Exception {
        assertThat(eventsAfterOneCreate("chronicle", true)).isEqualTo(1);
    }

    /** Starts a node with the real processor, runs one Create, stops it and counts the journal's entries. */
    private long eventsAfterOneCreate(String journal, boolean fsync) throws Exception {
        Map<String, String> settings = new HashMap<>();
        settings.put("data.dir", dir.toString());
        settings.put("kmip.port", "0");
        settings.put("management.port", "0");
        settings.put("node.id", "node-1");
        settings.put("audit.journal", journal);
        settings.put("audit.fsync", String.valueOf(fsync));
        ServerConfig config = ConfigLoader.load(null, Map.of(), settings);
        try (ServerRuntime runtime = ServerRuntime.start(config, services -> new DefaultRequestProcessor(
                services.store(), services.keyProtector(), services.journal(),
                ProcessorSettings.defaults(services.nodeId()).withClock(services.clock())), Clock.systemUTC())) {
            DevPki pki = runtime.pki();
            try (KmipTestClient client = KmipTestClient.connect(runtime.kmipServer().localAddress(),
                    pki.load(DevPki.Role.CLIENT), List.of(pki.certificate(DevPki.Role.CA)))) {
                assertThat(client.call(RequestMessage.of(ProtocolVersion.V1_4, Requests.createAes(256)))
                        .batchItems().get(0).isSuccess()).as("Create answered").isTrue();
            }
        }
        try (JournalReader reader = JournalReader.openReadOnly(dir.resolve("audit").resolve("journal"))) {
            return countEntries(reader);
        }
    }

    private static long countEntries(JournalReader reader) {
        long count = 0;
        try (JournalTailer tailer = reader.tailer()) {
            while (tailer.next() != null) {
                count++;
            }
        }
        return count;
    }
}

package io.kmipserver.server.management;

import static org.assertj.core.api.Assertions.assertThat;

import io.kmipserver.audit.event.AuditEvent;
import io.kmipserver.certs.CertificateAuthority;
import io.kmipserver.certs.KeySpec;
import io.kmipserver.certs.Validity;
import io.kmipserver.codec.message.ProtocolVersion;
import io.kmipserver.server.testing.ManagementClient.Reply;
import io.kmipserver.server.testing.KmipTestClient;
import io.kmipserver.server.testing.TestProcessor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The management API's transport, roles, errors and audit over real HTTPS with the dev PKI's
 * certificates, on a whole node started in-process.
 */
class ManagementApiTest {

    @TempDir
    static Path dir;

    static ManagementFixture node;

    @BeforeAll
    static void start() throws Exception {
        node = ManagementFixture.start(dir);
    }

    @AfterAll
    static void stop() {
        if (node != null) {
            node.close();
        }
    }

    @Test
    void healthzAnswersOkWithEveryCheckAndIsAudited() throws Exception {
        Reply[] reply = new Reply[1];
        AuditEvent event = node.onlyEventOf(() -> (reply[0] = node.admin.get("/healthz")).status(),
                "management.health.read", 200);
        assertThat(reply[0].json().path("status").asText()).isEqualTo("ok");
        assertThat(reply[0].json().path("checks").path("store").asText()).isEqualTo("ok");
        assertThat(reply[0].json().path("checks").path("journal").asText()).isEqualTo("ok");
        assertThat(reply[0].json().path("checks").path("key_protector").asText()).startsWith("ok");
        assertThat(event.initiator().certificateFingerprint()).isEqualTo(node.pki().fingerprint(
                io.kmipserver.certs.DevPki.Role.ADMIN));
        assertThat(event.initiator().remoteAddress()).isEqualTo("127.0.0.1");
        assertThat(event.requestData()).containsEntry("role", "admin");
        assertThat(event.correlationId()).isEqualTo(reply[0].header("X-Request-Id"));
    }

    @Test
    void auditorMayReadHealthButNotAdapters() throws Exception {
        node.onlyEventOf(() -> node.auditor.get("/healthz").status(), "management.health.read", 200);
        Reply[] reply = new Reply[1];
        AuditEvent event = node.onlyEventOf(() -> (reply[0] = node.auditor.get("/api/v2/kmip_adapters")).status(),
                "management.adapter.list", 403);
        assertThat(reply[0].errorCode()).isEqualTo("forbidden");
        assertThat(event.requestData()).containsEntry("role", "auditor");
        node.onlyEventOf(() -> node.auditor.post("/api/v2/kmip_adapters", "{\"name\":\"x\"}").status(),
                "management.adapter.create", 403);
        assertThat(node.runtime.store().findAdapterByName("x")).isEmpty();
    }

    @Test
    void aCertificateOfTheCaWithoutARoleIsRefusedEveryCallAndAudited() throws Exception {
        Reply[] reply = new Reply[1];
        AuditEvent event = node.onlyEventOf(() -> (reply[0] = node.stranger.get("/healthz")).status(),
                "management.health.read", 403);
        assertThat(reply[0].errorCode()).isEqualTo("forbidden");
        assertThat(event.initiator().certificateSubject()).contains("CN=stranger");
        assertThat(event.reason().message()).contains("no management role");
    }

    @Test
    void aCertificateNobodyTrustsFailsTheHandshakeWhichIsAudited() throws Exception {
        Clock clock = Clock.systemUTC();
        CertificateAuthority other = CertificateAuthority.createSelfSigned("CN=Other CA", KeySpec.EC_P256,
                Validity.starting(clock, Duration.ofDays(30)), clock);
        int mark = node.events().size();
        try (KmipTestClient outsider = KmipTestClient.connect(node.managementAddress(), other.issueClient("outsider"),
                List.of(node.pki().certificate(io.kmipserver.certs.DevPki.Role.CA)))) {
            outsider.sendRaw("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            assertThat(outsider.awaitClosedByServer(Duration.ofSeconds(5))).isTrue();
        } catch (IOException refusedDuringHandshake) {
            // TLS 1.3 may deliver the refusal while the client still writes
        }
        List<AuditEvent> events = awaitEvents(mark, 1);
        Thread.sleep(200);
        assertThat(node.eventsAfter(mark)).hasSize(1);
        assertThat(events).extracting(AuditEvent::action).containsExactly("management.handshake");
        assertThat(events.get(0).reason().code()).isEqualTo("401");
        assertThat(events.get(0).initiator().certificateSubject()).contains("CN=outsider");
    }

    @Test
    void unknownPathIs404AndWrongMethodIs405WithAllow() throws Exception {
        Reply[] reply = new Reply[1];
        node.onlyEventOf(() -> (reply[0] = node.admin.get("/api/v2/nothing")).status(), "management.request.invalid",
                404);
        assertThat(reply[0].errorCode()).isEqualTo("not_found");
        node.onlyEventOf(() -> (reply[0] = node.admin.send("PUT", "/api/v2/kmip_adapters")).status(),
                "management.adapter.invalid", 405);
        assertThat(reply[0].errorCode()).isEqualTo("method_not_allowed");
        assertThat(reply[0].header("Allow")).contains("GET", "POST");
    }

    @Test
    void badJsonIs400AndAnotherContentTypeIs415() throws Exception {
        Reply[] reply = new Reply[1];
        node.onlyEventOf(() -> (reply[0] = node.admin.post("/api/v2/kmip_adapters", "{\"name\": ")).status(),
                "management.adapter.create", 400);
        assertThat(reply[0].errorCode()).isEqualTo("bad_request");
        assertThat(reply[0].json().path("errors").path(0).path("message").asText()).contains("not valid JSON");
        node.onlyEventOf(() -> (reply[0] = node.admin.post("/api/v2/kmip_adapters", "text/plain", "name=x")).status(),
                "management.adapter.create", 415);
        assertThat(reply[0].errorCode()).isEqualTo("unsupported_media_type");
        node.onlyEventOf(() -> node.admin.post("/api/v2/kmip_adapters", "{\"description\":\"no name\"}").status(),
                "management.adapter.create", 400);
    }

    @Test
    void aBodyOverTheLimitIs413AndAudited() throws Exception {
        String big = "{\"name\":\"" + "x".repeat(70_000) + "\"}";
        Reply[] reply = new Reply[1];
        node.onlyEventOf(() -> (reply[0] = node.admin.post("/api/v2/kmip_adapters", big)).status(),
                "management.adapter.create", 413);
        assertThat(reply[0].errorCode()).isEqualTo("payload_too_large");
    }

    @Test
    void metricsShowTheKmipOperationsPerformed() throws Exception {
        try (KmipTestClient kmip = node.kmip(node.pki().load(io.kmipserver.certs.DevPki.Role.CLIENT))) {
            assertThat(kmip.call(TestProcessor.discoverVersions(ProtocolVersion.V1_4)).batchItems().get(0).isSuccess())
                    .isTrue();
        }
        node.admin.get("/healthz");
        Reply[] reply = new Reply[1];
        node.onlyEventOf(() -> (reply[0] = node.auditor.get("/metrics")).status(), "management.metrics.read", 200);
        assertThat(reply[0].contentType()).startsWith("text/plain");
        assertThat(reply[0].text())
                .contains("kmip_requests_seconds_count{operation=\"discover_versions\",outcome=\"success\"}")
                .contains("kmip_connections_open")
                .contains("audit_index_lag_seconds")
                .contains("audit_index_lag_events")
                .contains("management_requests_seconds_count")
                .contains("store_writer_commit_time_seconds_total", "store_wal_syncs_total", "store_writer_queued");
        // the node's start wrote the adapter 'default' through the writer, and SQLite forced the WAL for it
        assertThat(metricValue(reply[0].text(), "store_writer_units_total")).isGreaterThanOrEqualTo(1);
        assertThat(metricValue(reply[0].text(), "store_writer_commits_total")).isGreaterThanOrEqualTo(1);
        assertThat(metricValue(reply[0].text(), "store_wal_syncs_total")).isGreaterThanOrEqualTo(1);
    }

    private static double metricValue(String exposition, String name) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^" + name + "(\\{[^}]*\\})? (\\S+)$").matcher(exposition);
        assertThat(m.find()).as("%s in %s", name, exposition).isTrue();
        return Double.parseDouble(m.group(2));
    }

    private static List<AuditEvent> awaitEvents(int mark, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (true) {
            List<AuditEvent> events = node.eventsAfter(mark);
            if (events.size() >= count || System.nanoTime() > deadline) {
                return events;
            }
            Thread.sleep(20);
        }
    }
}

package io.kmipserver.server.management;

import static io.kmipserver.server.protocol.Requests.activate;
import static io.kmipserver.server.protocol.Requests.createAes;
import static io.kmipserver.server.protocol.Requests.destroy;
import static io.kmipserver.server.protocol.Requests.get;
import static io.kmipserver.server.protocol.Requests.revoke;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kmipserver.certs.DevPki;
import io.kmipserver.codec.message.ProtocolVersion;
import io.kmipserver.codec.message.RequestMessage;
import io.kmipserver.codec.message.ResponseBatchItem;
import io.kmipserver.codec.payload.CreateResponse;
import io.kmipserver.codec.payload.RequestPayload;
import io.kmipserver.codec.spec.ResultReason;
import io.kmipserver.codec.spec.RevocationReasonCode;
import io.kmipserver.server.testing.KmipTestClient;
import io.kmipserver.server.testing.ManagementClient;
import io.kmipserver.server.testing.ManagementClient.Reply;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The events endpoints over real HTTPS on a whole node: a scripted KMIP session's events are found
 * by each filter, pages hold every event once while new ones arrive, the stream delivers a new
 * matching event, usage counts per action, and bad parameters are 400s.
 */
class EventsApiTest {
    private static final ProtocolVersion V = ProtocolVersion.V1_4;
    private static final String UNKNOWN = "00000000-0000-0000-0000-0000000000ee";

    @TempDir
    static Path dir;

    static ManagementFixture node;
    static String key;
    static String clientFingerprint;
    /** {@code &to=…}: the end of the scripted session, so that other tests' events stay out of its answers. */
    static String sessionOnly;

    @BeforeAll
    static void startAndRunAScriptedSession() throws Exception {
        node = ManagementFixture.start(dir);
        clientFingerprint = node.pki().fingerprint(DevPki.Role.CLIENT);
        try (KmipTestClient kmip = kmip()) {
            key = one(kmip, createAes(256)).payload(CreateResponse.class).uniqueIdentifier();
            assertThat(one(kmip, activate(key)).isSuccess()).isTrue();
            assertThat(one(kmip, get(key)).isSuccess()).isTrue();
            assertThat(one(kmip, revoke(key, RevocationReasonCode.CESSATION_OF_OPERATION)).isSuccess()).isTrue();
            assertThat(one(kmip, destroy(key)).isSuccess()).isTrue();
            assertThat(one(kmip, get(UNKNOWN)).resultReason()).isEqualTo(ResultReason.ITEM_NOT_FOUND);
        }
        assertThat(node.runtime.audit().queries().awaitCaughtUp(Duration.ofSeconds(30))).isTrue();
        Thread.sleep(2); // event times are in microseconds: the bound lies after the session's last event
        sessionOnly = "&to=" + q(java.time.Instant.now().toString());
    }

    @AfterAll
    static void stop() {
        if (node != null) {
            node.close();
        }
    }

    private static KmipTestClient kmip() throws Exception {
        return node.kmip(node.pki().load(DevPki.Role.CLIENT));
    }

    private static ResponseBatchItem one(KmipTestClient client, RequestPayload payload) throws IOException {
        return client.call(RequestMessage.of(V, payload)).batchItems().get(0);
    }

    /** The JDK's client with a certificate, for reading a stream as it arrives. */
    private static java.net.http.HttpClient httpClient(io.kmipserver.certs.CertifiedKey key, ManagementFixture node)
            throws Exception {
        char[] password = "test".toCharArray();
        javax.net.ssl.KeyManagerFactory kmf = javax.net.ssl.KeyManagerFactory.getInstance(
                javax.net.ssl.KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(io.kmipserver.certs.Pkcs12Files.keyStore("client", key, password), password);
        javax.net.ssl.TrustManagerFactory tmf = javax.net.ssl.TrustManagerFactory.getInstance(
                javax.net.ssl.TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(io.kmipserver.certs.Pkcs12Files.trustStore(List.of(node.pki().certificate(DevPki.Role.CA))));
        javax.net.ssl.SSLContext context = javax.net.ssl.SSLContext.getInstance("TLS");
        context.init(kmf.getKeyManagers(), tmf.getTrustManagers(), new java.security.SecureRandom());
        return java.net.http.HttpClient.newBuilder().sslContext(context).version(java.net.http.HttpClient.Version.HTTP_1_1)
                .build();
    }

    private static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static List<String> actions(Reply reply) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        List<String> actions = new ArrayList<>();
        reply.json().path("resources").forEach(e -> actions.add(e.path("action").asText()));
        return actions;
    }

    @Test
    void theSessionsEventsAreFoundByEachFilterNewestFirst() throws Exception {
        ManagementClient auditor = node.auditor;
        assertThat(actions(auditor.get("/api/v2/events?target=" + key)))
                .containsExactly("kmip.destroy", "kmip.revoke", "kmip.get", "kmip.activate", "kmip.create");
        assertThat(actions(auditor.get("/api/v2/events?target=" + key + "&action=kmip.get&action=kmip.destroy")))
                .containsExactly("kmip.destroy", "kmip.get");
        assertThat(actions(auditor.get("/api/v2/events?target=" + key + "&action=kmip.*&limit=2")))
                .containsExactly("kmip.destroy", "kmip.revoke");
        assertThat(actions(auditor.get("/api/v2/events?initiator=" + clientFingerprint + "&action=kmip.destroy" + sessionOnly)))
                .containsExactly("kmip.destroy");
        assertThat(actions(auditor.get("/api/v2/events?initiator=default&target=" + key + "&severity=critical")))
                .containsExactly("kmip.destroy");
        String subject = node.pki().load(DevPki.Role.CLIENT).certificate().getSubjectX500Principal().getName();
        assertThat(actions(auditor.get("/api/v2/events?action=kmip.*&initiator=" + q(subject) + sessionOnly))).hasSize(6);

        Reply failures = auditor.get("/api/v2/events?outcome=failure&action=kmip.*" + sessionOnly);
        assertThat(actions(failures)).containsExactly("kmip.get");
        JsonNode failed = failures.json().path("resources").get(0);
        assertThat(failed.path("target").path("uniqueIdentifiers").get(0).asText()).isEqualTo(UNKNOWN);
        assertThat(failed.path("reason").path("code").asText()).isEqualTo("Item Not Found");
        assertThat(failed.path("typeURI").asText()).isEqualTo("http://schemas.dmtf.org/cloud/audit/1.0/event");
        assertThat(actions(auditor.get("/api/v2/events?reason=" + q("Item Not Found") + sessionOnly))).containsExactly("kmip.get");
        assertThat(failures.json().path("metadata").path("collectionType").asText())
                .isEqualTo("application/vnd.ibm.kms.event+json");
        assertThat(failures.json().path("metadata").path("collectionTotal").asInt()).isEqualTo(1);
        assertThat(failures.json().path("metadata").path("nextCursor").isNull()).isTrue();

        String correlation = failed.path("correlationId").asText();
        assertThat(actions(auditor.get("/api/v2/events?correlationId=" + q(correlation)))).containsExactly("kmip.get");
        String from = auditor.get("/api/v2/events?target=" + key + "&action=kmip.create").json()
                .path("resources").get(0).path("eventTime").asText();
        assertThat(actions(auditor.get("/api/v2/events?target=" + key + "&to=" + q(from)))).isEmpty();
        assertThat(actions(auditor.get("/api/v2/events?target=" + key + "&from=" + q(from)))).hasSize(5);

        Reply one = auditor.get("/api/v2/events/" + q(failed.path("id").asText()));
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.resource()).isEqualTo(failed);
    }

    @Test
    void readingEventsIsItselfAudited() throws Exception {
        int mark = node.events().size();
        Reply reply = node.auditor.get("/api/v2/events?target=" + key + "&limit=1");
        assertThat(reply.status()).isEqualTo(200);
        var after = node.eventsAfter(mark);
        assertThat(after).hasSize(1);
        assertThat(after.get(0).action()).isEqualTo("management.event.list");
        assertThat(after.get(0).requestData()).containsEntry("target", key).containsEntry("limit", "1");
    }

    @Test
    void badParametersAndCursorsAre400AndAnUnknownEventIs404() throws Exception {
        String[] bad = {"limit=0", "limit=1001", "limit=x", "outcome=maybe", "severity=loud", "from=yesterday",
            "from=2026-11-22T00:00:00Z&to=2026-11-21T00:00:00Z", "cursor=not-a-cursor", "colour=red", "action=kmip*"};
        for (String query : bad) {
            Reply reply = node.auditor.get("/api/v2/events?" + query);
            assertThat(reply.status()).as(query).isEqualTo(400);
            assertThat(reply.json().path("errors").get(0).path("message").asText()).as(query).isNotBlank();
        }
        assertThat(node.auditor.get("/api/v2/events?cursor=AAAA").errorCode()).isEqualTo("invalid_cursor");
        Reply missing = node.auditor.get("/api/v2/events/no-such-event");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.errorCode()).isEqualTo("not_found");
        assertThat(node.stranger.get("/api/v2/events").status()).isEqualTo(403);
    }

    @Test
    void pagesReturnEveryEventExactlyOnceWhileNewEventsArrive() throws Exception {
        try (KmipTestClient kmip = kmip()) {
            for (int i = 0; i < 40; i++) {
                one(kmip, get(key + "-missing-" + i));
            }
        }
        assertThat(node.runtime.audit().queries().awaitCaughtUp(Duration.ofSeconds(30))).isTrue();
        Set<String> before = new HashSet<>();
        node.events().forEach(e -> before.add(e.id()));
        AtomicBoolean stop = new AtomicBoolean();
        Thread traffic = new Thread(() -> {
            try (KmipTestClient kmip = kmip()) {
                while (!stop.get()) {
                    one(kmip, get(UNKNOWN));
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        traffic.start();
        List<String> seen = new ArrayList<>();
        try {
            String cursor = null;
            do {
                Reply page = node.auditor.get("/api/v2/events?limit=7" + (cursor == null ? "" : "&cursor=" + q(cursor)));
                assertThat(page.status()).as(page.text()).isEqualTo(200);
                page.json().path("resources").forEach(e -> seen.add(e.path("id").asText()));
                JsonNode next = page.json().path("metadata").path("nextCursor");
                cursor = next.isNull() ? null : next.asText();
            } while (cursor != null);
        } finally {
            stop.set(true);
            traffic.join();
        }
        assertThat(seen).doesNotHaveDuplicates();
        assertThat(seen).containsAll(before);
    }

    @Test
    void theStreamDeliversANewMatchingEventAndNothingElse() throws Exception {
        java.net.http.HttpClient http = httpClient(node.pki().load(DevPki.Role.AUDITOR), node);
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("https://127.0.0.1:"
                + node.managementAddress().getPort() + "/api/v2/events/stream?outcome=failure&action=kmip.get")).GET().build();
        var response = http.send(request, java.net.http.HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/event-stream");
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        InputStream body = response.body();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                // the stream closed
            }
        });
        reader.setDaemon(true);
        reader.start();
        assertThat(lines.poll(10, TimeUnit.SECONDS)).isEqualTo(": subscribed");

        String wanted = "00000000-0000-0000-0000-00000000beef";
        try (KmipTestClient kmip = kmip()) {
            assertThat(one(kmip, activate(UNKNOWN)).isSuccess()).isFalse(); // a failure, but not a Get: filtered out
            one(kmip, get(wanted));
        }
        String data = null;
        for (String line = lines.poll(20, TimeUnit.SECONDS); line != null; line = lines.poll(20, TimeUnit.SECONDS)) {
            if (line.startsWith("data: ")) {
                data = line.substring("data: ".length());
                break;
            }
        }
        assertThat(data).as("an SSE data line").isNotNull();
        JsonNode event = Json.MAPPER.readTree(data);
        assertThat(event.path("action").asText()).isEqualTo("kmip.get");
        assertThat(event.path("target").path("uniqueIdentifiers").get(0).asText()).isEqualTo(wanted);
        body.close();
    }

    @Test
    void anOpenStreamEndsCleanlyWhenTheServerStops(@TempDir Path own) throws Exception {
        ManagementFixture other = ManagementFixture.start(own);
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        try {
            java.net.http.HttpClient http = httpClient(other.pki().load(DevPki.Role.AUDITOR), other);
            var response = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("https://127.0.0.1:"
                    + other.managementAddress().getPort() + "/api/v2/events/stream")).GET().build(),
                    java.net.http.HttpResponse.BodyHandlers.ofLines());
            Thread reader = new Thread(() -> {
                try {
                    response.body().forEach(lines::add);
                } catch (java.io.UncheckedIOException e) {
                    // the connection closed without the last chunk: the client sees the stream end either way
                } finally {
                    lines.add("<end of stream>");
                }
            });
            reader.setDaemon(true);
            reader.start();
            assertThat(lines.poll(10, TimeUnit.SECONDS)).isEqualTo(": subscribed");
        } finally {
            long start = System.nanoTime();
            other.close();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("stopping with a stream open").isLessThan(Duration.ofSeconds(10));
        }
        String last = null;
        for (String line = lines.poll(10, TimeUnit.SECONDS); line != null; line = lines.poll(1, TimeUnit.SECONDS)) {
            last = line;
        }
        assertThat(last).isEqualTo("<end of stream>");
    }

    @Test
    void usageCountsEachActionOnTheKey() throws Exception {
        Reply reply = node.admin.get("/api/v2/kmip_adapters/default/kmip_objects/" + key + "/usage");
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        JsonNode usage = reply.resource();
        assertThat(usage.path("uniqueIdentifier").asText()).isEqualTo(key);
        JsonNode byAction = usage.path("byAction");
        for (String action : List.of("kmip.create", "kmip.activate", "kmip.get", "kmip.revoke", "kmip.destroy")) {
            assertThat(byAction.path(action).path("count").asLong()).as(action).isGreaterThanOrEqualTo(1);
        }
        assertThat(byAction.path("kmip.get").path("failures").asLong()).isZero();
        assertThat(usage.path("lastUsers").get(0).path("certificateFingerprint").asText()).isEqualTo(clientFingerprint);
        assertThat(usage.path("firstUse").asText()).isNotBlank();
        assertThat(node.auditor.get("/api/v2/kmip_adapters/default/kmip_objects/" + key + "/usage").status()).isEqualTo(200);
        assertThat(node.auditor.get("/api/v2/kmip_adapters/default/kmip_objects/" + UNKNOWN + "/usage").status())
                .isEqualTo(404);
        assertThat(node.auditor.get("/api/v2/kmip_adapters/nobody/kmip_objects/" + key + "/usage").status()).isEqualTo(404);
    }
}

package io.kmipserver.server.audit;

import static io.kmipserver.server.protocol.Requests.activate;
import static io.kmipserver.server.protocol.Requests.createAes;
import static io.kmipserver.server.protocol.Requests.destroy;
import static io.kmipserver.server.protocol.Requests.get;
import static io.kmipserver.server.protocol.Requests.getAttributes;
import static io.kmipserver.server.protocol.Requests.locate;
import static io.kmipserver.server.protocol.Requests.name;
import static io.kmipserver.server.protocol.Requests.registerAes;
import static io.kmipserver.server.protocol.Requests.revoke;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kmipserver.certs.CertificateAuthority;
import io.kmipserver.certs.CertifiedKey;
import io.kmipserver.certs.Fingerprints;
import io.kmipserver.certs.KeySpec;
import io.kmipserver.certs.PemFiles;
import io.kmipserver.certs.Validity;
import io.kmipserver.codec.attribute.AttributeKey;
import io.kmipserver.codec.message.ProtocolVersion;
import io.kmipserver.codec.message.RequestBatchItem;
import io.kmipserver.codec.message.RequestHeader;
import io.kmipserver.codec.message.RequestMessage;
import io.kmipserver.codec.message.ResponseBatchItem;
import io.kmipserver.codec.message.ResponseMessage;
import io.kmipserver.codec.object.SymmetricKey;
import io.kmipserver.codec.payload.CreateResponse;
import io.kmipserver.codec.payload.DiscoverVersionsRequest;
import io.kmipserver.codec.payload.GetResponse;
import io.kmipserver.codec.payload.LocateResponse;
import io.kmipserver.codec.payload.RegisterResponse;
import io.kmipserver.codec.payload.RequestPayload;
import io.kmipserver.codec.spec.ResultReason;
import io.kmipserver.codec.spec.RevocationReasonCode;
import io.kmipserver.codec.spec.Tag;
import io.kmipserver.server.testing.KmipTestClient;
import io.kmipserver.server.testing.ServerProcess;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 5's invariants on the runnable jar: a scripted session — our own client, PyKMIP, a message
 * that frames but does not decode, a refused handshake — then SIGTERM, and the journal as an
 * operator reads it ({@code audit export}, {@code audit verify}) holds exactly one event per batch
 * item with the right action, outcome, reason, initiator and target, and no secret is anywhere in
 * the audit files or the server's log output.
 */
class AuditedSessionIT {

    private static final String NODE_ID = "audit-it-node";
    private static final ProtocolVersion V = ProtocolVersion.V1_4;
    private static final String BATCH_CORRELATION = "audit-it-batch";
    /** Known material for Register, so that the scan knows exactly what it looks for. */
    private static final byte[] KNOWN_KEY =
            HexFormat.of().parseHex("a1b2c3d4e5f60718293a4b5c6d7e8f90f1e2d3c4b5a69788796a5b4c3d2e1f00");
    /** What {@code interop.py} registers as Secret Data. */
    private static final byte[] PYKMIP_SECRET = "interop secret data 0123456789ab".getBytes(StandardCharsets.US_ASCII);
    private static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final Path PYKMIP_SCRIPT = Path.of("src/test/resources/pykmip/interop.py");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The events interop.py's 1.4 session must leave, in order: one per request it sends. */
    private static final String[] PYKMIP_EVENTS = {
        "kmip.create success", "kmip.get success", "kmip.activate success", "kmip.get-attributes success",
        "kmip.get-attribute-list success", "kmip.locate success", "kmip.get success",
        "kmip.destroy failure", // destroy-active: Permission Denied in 1.x
        "kmip.revoke success", "kmip.get-attributes success", "kmip.destroy success",
        "kmip.get failure", // get-destroyed
        "kmip.get failure", // get-unknown
        "kmip.create success", "kmip.create success", "kmip.activate success", // wrapping key, key to wrap
        "kmip.get failure", // get-wrapped: in 1.x the wrapping key needs Cryptographic Parameters (1.4 §2.1.6)
        "kmip.register success",
        "kmip.get success", "kmip.get success", // get-secret-data calls get twice
    };

    @TempDir
    Path tmp;

    /** One batch item the test sent and the event it must leave. */
    private record Expected(String action, String outcome, String reasonCode, String severity, String uid) {
        static Expected ok(String action, String uid) {
            return new Expected(action, "success", null, "normal", uid);
        }
    }

    /** What the scripted session did, for the assertions on the journal it left. */
    private record Session(List<Expected> expected, int sessionPort, int garbagePort, int strangerPort,
            String strangerFingerprint, String serverLog) {
    }

    @Test
    void everyBatchItemLeavesOneEventAndNoSecretReachesTheJournalOrTheLog() throws Exception {
        Path data = tmp.resolve("data");
        SecretScan secrets = new SecretScan().add("registered AES key", KNOWN_KEY)
                .add("PyKMIP secret data", PYKMIP_SECRET);
        Session session = runScriptedSession(data, secrets);

        AuditCli.Exported exported = AuditCli.export(data);
        List<JsonNode> events = exported.events();
        X509Certificate client = PemFiles.readCertificate(data.resolve("pki").resolve("client.pem"));
        List<JsonNode> ours = assertOurSession(events, session, client);
        List<JsonNode> connections = assertConnectionEvents(events, session);
        List<JsonNode> pykmip = assertPykmipSession(events, session, client);
        assertThat(events).as("nothing else in the journal")
                .hasSize(ours.size() + connections.size() + pykmip.size());

        AuditCli.Result verified = AuditCli.verify(data);
        assertThat(verified.exitCode()).as("audit verify: " + verified).isZero();
        assertThat(verified.out()).startsWith("VERIFIED: ").doesNotContain("FAILURE").doesNotContain("WARNING");

        assertThat(secrets.inFilesUnder(data.resolve("audit"))).as("secrets in the audit files").isEmpty();
        assertThat(secrets.inText("the server's output", session.serverLog())).as("secrets in the server log")
                .isEmpty();
        assertThat(secrets.inText("the export", exported.text())).as("secrets in the export").isEmpty();
        assertThat(session.serverLog()).as("the server log").doesNotContain("ERROR");
    }

    /**
     * Starts the jar, runs our client's session, an undecodable message, a refused stranger and
     * PyKMIP's session against it, and stops it with SIGTERM. Adds the key material clients received
     * to {@code secrets}.
     */
    private static Session runScriptedSession(Path data, SecretScan secrets) throws Exception {
        Path pki = data.resolve("pki");
        try (ServerProcess server = ServerProcess.start(data, "--set", "node.id=" + NODE_ID)) {
            InetSocketAddress address = new InetSocketAddress("127.0.0.1", server.port());
            CertifiedKey clientKey = PemFiles.readCertifiedKey(pki.resolve("client.pem"), pki.resolve("client-key.pem"));
            List<X509Certificate> ca = List.of(PemFiles.readCertificate(pki.resolve("ca.pem")));
            List<Expected> expected = new ArrayList<>();
            int sessionPort;
            try (KmipTestClient client = KmipTestClient.connect(address, clientKey, ca)) {
                sessionPort = client.socket().getLocalPort();
                ourSession(client, expected, secrets);
            }
            int garbagePort;
            try (KmipTestClient garbage = KmipTestClient.connect(address, clientKey, ca)) {
                garbagePort = garbage.socket().getLocalPort();
                // A Request Message header (tag 42 00 78, Structure, length 16) and 16 bytes that are no TTLV.
                garbage.sendRaw(HexFormat.of().parseHex("4200780100000010" + "ff".repeat(16)));
                assertThat(garbage.receive().batchItems().get(0).resultReason()).isEqualTo(ResultReason.INVALID_MESSAGE);
            }
            Clock clock = Clock.systemUTC();
            CertifiedKey stranger = CertificateAuthority.createSelfSigned("CN=foreign CA", KeySpec.EC_P256,
                    Validity.starting(clock, Duration.ofDays(30)), clock).issueClient("audit-it-stranger");
            int strangerPort = refusedConnection(address, stranger, ca);

            Map<String, JsonNode> pykmip = runPykmip(server.port(), pki);
            assertThat(pykmip.values()).as("PyKMIP steps").allMatch(AuditedSessionIT::isExpectedPykmipResult);

            assertThat(server.stop(Duration.ofSeconds(30))).as("exit code after SIGTERM").isEqualTo(143);
            return new Session(expected, sessionPort, garbagePort, strangerPort,
                    Fingerprints.sha256Hex(stranger.certificate()), server.output());
        }
    }

    /** Our client's requests, each recorded in {@code expected} with the event it must leave. */
    private static void ourSession(KmipTestClient client, List<Expected> expected, SecretScan secrets)
            throws IOException {
        String created = one(client, createAes(256, name("audit-it-created")))
                .payload(CreateResponse.class).uniqueIdentifier();
        expected.add(Expected.ok("kmip.create", created));
        String registered = one(client, registerAes(KNOWN_KEY, name("audit-it-registered")))
                .payload(RegisterResponse.class).uniqueIdentifier();
        expected.add(Expected.ok("kmip.register", registered));
        assertThat(material(one(client, get(registered)))).as("Get returns the registered bytes").isEqualTo(KNOWN_KEY);
        expected.add(Expected.ok("kmip.get", registered));
        assertThat(one(client, activate(registered)).isSuccess()).isTrue();
        expected.add(Expected.ok("kmip.activate", registered));
        assertThat(one(client, getAttributes(registered)).isSuccess()).isTrue();
        expected.add(Expected.ok("kmip.get-attributes", registered));
        assertThat(one(client, locate(name("audit-it-registered"))).payload(LocateResponse.class).uniqueIdentifiers())
                .containsExactly(registered);
        expected.add(Expected.ok("kmip.locate", registered));
        assertThat(one(client, revoke(registered, RevocationReasonCode.CESSATION_OF_OPERATION)).isSuccess()).isTrue();
        expected.add(new Expected("kmip.revoke", "success", null, "warning", registered));
        assertThat(one(client, destroy(registered)).isSuccess()).isTrue();
        expected.add(new Expected("kmip.destroy", "success", null, "critical", registered));
        String unknown = "00000000-0000-0000-0000-0000000000aa";
        assertThat(one(client, get(unknown)).resultReason()).isEqualTo(ResultReason.ITEM_NOT_FOUND);
        expected.add(new Expected("kmip.get", "failure", "Item Not Found", "warning", unknown));

        // Two batch items in one message, with a Client Correlation Value: two events sharing it.
        ResponseMessage batch = client.call(new RequestMessage(new RequestHeader(V, null, BATCH_CORRELATION,
                null, null, null, List.of(), null, null, null, null, 2, List.of()),
                List.of(new RequestBatchItem(new byte[] {1}, getAttributes(created, AttributeKey.of(Tag.STATE))),
                        new RequestBatchItem(new byte[] {2}, get(created)))));
        assertThat(batch.batchItems()).allMatch(ResponseBatchItem::isSuccess);
        secrets.add("created AES key", material(batch.batchItems().get(1)));
        expected.add(Expected.ok("kmip.get-attributes", created));
        expected.add(Expected.ok("kmip.get", created));
    }

    /** Exactly the expected events, in order, from our client's connection; returns them. */
    private static List<JsonNode> assertOurSession(List<JsonNode> events, Session run, X509Certificate client) {
        List<Expected> expected = run.expected();
        List<JsonNode> session = fromPort(events, run.sessionPort());
        assertThat(session).extracting(e -> e.get("action").asText())
                .containsExactlyElementsOf(expected.stream().map(Expected::action).toList());
        for (int i = 0; i < expected.size(); i++) {
            Expected want = expected.get(i);
            JsonNode event = session.get(i);
            String what = "event " + i + " " + want.action() + ": " + event;
            assertThat(event.get("outcome").asText()).as(what).isEqualTo(want.outcome());
            assertThat(event.get("severity").asText()).as(what).isEqualTo(want.severity());
            if (want.reasonCode() == null) {
                assertThat(event.get("reason").isNull()).as(what).isTrue();
            } else {
                assertThat(event.get("reason").get("code").asText()).as(what).isEqualTo(want.reasonCode());
            }
            assertThat(event.get("target").get("uniqueIdentifiers")).extracting(JsonNode::asText).as(what)
                    .containsExactly(want.uid());
            assertThat(event.get("target").get("adapter").asText()).as(what).isEqualTo("default");
            JsonNode initiator = event.get("initiator");
            assertThat(initiator.get("adapter").asText()).as(what).isEqualTo("default");
            assertThat(initiator.get("certificateFingerprint").asText()).as(what)
                    .isEqualTo(Fingerprints.sha256Hex(client));
            assertThat(initiator.get("certificateSubject").asText()).as(what)
                    .isEqualTo(client.getSubjectX500Principal().getName());
            assertThat(initiator.get("remoteAddress").asText()).as(what).isEqualTo("127.0.0.1");
            assertThat(initiator.get("tlsProtocol").asText()).as(what).isEqualTo("TLSv1.3");
            assertThat(event.get("observer").asText()).as(what).isEqualTo(NODE_ID);
            assertThat(event.get("id").asText()).as(what).isNotBlank();
        }
        List<String> correlations = session.stream().map(e -> e.get("correlationId").asText()).toList();
        int singles = expected.size() - 2;
        assertThat(correlations.subList(0, singles)).as("one correlation id per single-item message")
                .doesNotHaveDuplicates().doesNotContain(BATCH_CORRELATION);
        assertThat(correlations.subList(singles, expected.size()))
                .as("the items of one message share the client's Client Correlation Value")
                .containsExactly(BATCH_CORRELATION, BATCH_CORRELATION);
        JsonNode register = session.get(1);
        assertThat(register.get("requestData").get("cryptographicAlgorithm").asText()).isEqualTo("AES");
        assertThat(register.get("target").get("objectType").asText()).isEqualTo("Symmetric Key");
        assertThat(session.get(6).get("requestData").get("revocationReason").asText())
                .isEqualTo("Cessation of Operation");
        return session;
    }

    /**
     * One {@code kmip.invalid} for the message that framed but did not decode, from its own
     * connection, and one critical {@code kmip.handshake} naming the stranger's certificate; returns both.
     */
    private static List<JsonNode> assertConnectionEvents(List<JsonNode> events, Session run) {
        List<JsonNode> invalid = ofAction(events, "kmip.invalid");
        assertThat(invalid).hasSize(1);
        assertThat(invalid.get(0).get("initiator").get("remotePort").asInt()).isEqualTo(run.garbagePort());
        assertThat(invalid.get(0).get("reason").get("code").asText()).isEqualTo("Invalid Message");
        assertThat(fromPort(events, run.garbagePort())).hasSize(1);

        List<JsonNode> handshakes = ofAction(events, "kmip.handshake");
        assertThat(handshakes).hasSize(1);
        JsonNode refused = handshakes.get(0);
        assertThat(refused.get("outcome").asText()).isEqualTo("failure");
        assertThat(refused.get("severity").asText()).isEqualTo("critical");
        assertThat(refused.get("reason").get("code").asText()).isEqualTo("Authentication Not Successful");
        assertThat(refused.get("initiator").get("certificateFingerprint").asText())
                .isEqualTo(run.strangerFingerprint());
        assertThat(refused.get("initiator").get("remoteAddress").asText()).isEqualTo("127.0.0.1");
        if (run.strangerPort() > 0) {
            assertThat(refused.get("initiator").get("remotePort").asInt()).isEqualTo(run.strangerPort());
        }
        return List.of(invalid.get(0), refused);
    }

    /** One event per request PyKMIP sent, on its one connection, as our client's identity; returns them. */
    private static List<JsonNode> assertPykmipSession(List<JsonNode> events, Session run, X509Certificate client) {
        Set<Integer> ours = Set.of(run.sessionPort(), run.garbagePort());
        List<JsonNode> pykmip = events.stream()
                .filter(e -> !ours.contains(e.get("initiator").get("remotePort").asInt()))
                .filter(e -> !e.get("action").asText().equals("kmip.handshake"))
                .toList();
        assertThat(pykmip).extracting(e -> e.get("action").asText() + " " + e.get("outcome").asText())
                .containsExactly(PYKMIP_EVENTS);
        assertThat(pykmip.get(7).get("reason").get("code").asText()).isEqualTo("Permission Denied");
        assertThat(pykmip.get(12).get("reason").get("code").asText()).isEqualTo("Item Not Found");
        assertThat(pykmip.get(16).get("reason").get("code").asText()).isEqualTo("Item Not Found");
        assertThat(pykmip.get(16).get("requestData").get("wrappingMethod").asText()).isEqualTo("Encrypt");
        assertThat(pykmip.get(17).get("target").get("objectType").asText()).isEqualTo("Secret Data");
        assertThat(pykmip).extracting(e -> e.get("initiator").get("certificateFingerprint").asText())
                .containsOnly(Fingerprints.sha256Hex(client));
        assertThat(pykmip.stream().map(e -> e.get("initiator").get("remotePort").asInt())
                .collect(Collectors.toSet())).as("one PyKMIP connection").hasSize(1);
        return pykmip;
    }

    private static boolean isExpectedPykmipResult(JsonNode step) {
        String name = step.get("step").asText();
        boolean shouldFail = Set.of("destroy-active", "get-destroyed", "get-unknown", "get-wrapped").contains(name);
        return step.get("ok").asBoolean() != shouldFail;
    }

    private static ResponseBatchItem one(KmipTestClient client, RequestPayload payload) throws IOException {
        return client.call(RequestMessage.of(V, payload)).batchItems().get(0);
    }

    private static byte[] material(ResponseBatchItem item) {
        return ((SymmetricKey) item.payload(GetResponse.class).object()).keyBlock().keyBytes();
    }

    /**
     * Connects with a certificate the server does not trust and waits for the refusal. With TLS 1.3
     * the client's handshake can complete before the server's alert arrives; either way the server
     * refuses. Returns the client's local port, or -1 when the handshake itself failed.
     */
    private static int refusedConnection(InetSocketAddress address, CertifiedKey key, List<X509Certificate> ca)
            throws Exception {
        try (KmipTestClient c = KmipTestClient.connect(address, key, ca)) {
            int port = c.socket().getLocalPort();
            try {
                c.send(RequestMessage.of(V, new DiscoverVersionsRequest(List.of())));
            } catch (IOException alreadyClosed) {
                // the refusal arrived first
            }
            assertThat(c.awaitClosedByServer(Duration.ofSeconds(10))).as("the server closed the connection").isTrue();
            return port;
        } catch (IOException refusedDuringHandshake) {
            return -1;
        }
    }

    private static Map<String, JsonNode> runPykmip(int port, Path pki) throws Exception {
        assertThat(PYTHON).as("python3 with python3-pykmip is required").isExecutable();
        assertThat(PYKMIP_SCRIPT).isRegularFile();
        Process p = new ProcessBuilder(PYTHON.toString(), PYKMIP_SCRIPT.toString(), "127.0.0.1", String.valueOf(port),
                pki.resolve("ca.pem").toString(), pki.resolve("client.pem").toString(),
                pki.resolve("client-key.pem").toString(), "1.4")
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("PyKMIP session finished").isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        Map<String, JsonNode> steps = new LinkedHashMap<>();
        for (String line : out.split("\n")) {
            if (!line.isBlank()) {
                JsonNode step = JSON.readTree(line);
                steps.put(step.get("step").asText(), step);
            }
        }
        assertThat(steps).as(out).containsKeys("create", "register-secret-data", "get-secret-data");
        return steps;
    }

    private static List<JsonNode> fromPort(List<JsonNode> events, int port) {
        return events.stream().filter(e -> e.get("initiator").get("remotePort").asInt() == port).toList();
    }

    private static List<JsonNode> ofAction(List<JsonNode> events, String action) {
        return events.stream().filter(e -> e.get("action").asText().equals(action)).toList();
    }

    static {
        if (!Files.isRegularFile(PYKMIP_SCRIPT)) {
            throw new IllegalStateException(PYKMIP_SCRIPT.toAbsolutePath() + " is missing");
        }
    }
}

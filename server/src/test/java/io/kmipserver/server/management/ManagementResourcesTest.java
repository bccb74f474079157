package io.kmipserver.server.management;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kmipserver.audit.event.AuditEvent;
import io.kmipserver.certs.CertificateAuthority;
import io.kmipserver.certs.CertifiedKey;
import io.kmipserver.certs.DevPki;
import io.kmipserver.certs.Fingerprints;
import io.kmipserver.certs.KeySpec;
import io.kmipserver.certs.PemFiles;
import io.kmipserver.certs.Validity;
import io.kmipserver.codec.message.ProtocolVersion;
import io.kmipserver.codec.message.RequestMessage;
import io.kmipserver.codec.message.ResponseBatchItem;
import io.kmipserver.codec.payload.CreateResponse;
import io.kmipserver.codec.spec.ResultReason;
import io.kmipserver.server.protocol.Requests;
import io.kmipserver.server.testing.KmipTestClient;
import io.kmipserver.server.testing.ManagementClient.Reply;
import java.io.IOException;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Adapters, client certificates and KMIP objects through the management API, checked against what
 * KMIP clients then experience, on a whole node started in-process.
 */
class ManagementResourcesTest {

    private static final String ADAPTERS = "/api/v2/kmip_adapters";
    private static final Duration WAIT = Duration.ofSeconds(5);

    @TempDir
    static Path dir;

    static ManagementFixture node;
    /** A CA the node does not know: its certificates reach KMIP only once registered. */
    static CertificateAuthority foreignCa;

    @BeforeAll
    static void start() throws Exception {
        node = ManagementFixture.start(dir);
        Clock clock = Clock.systemUTC();
        foreignCa = CertificateAuthority.createSelfSigned("CN=Array vendor CA", KeySpec.EC_P256,
                Validity.starting(clock, Duration.ofDays(30)), clock);
    }

    @AfterAll
    static void stop() {
        if (node != null) {
            node.close();
        }
    }

    // ---- adapters

    @Test
    void anAdapterIsCreatedWithItsRootKeyListedReadByIdOrNameAndDeleted() throws Exception {
        Reply[] reply = new Reply[1];
        AuditEvent created = node.onlyEventOf(() -> (reply[0] = node.admin.post(ADAPTERS,
                "{\"metadata\":{\"collectionType\":\"application/vnd.ibm.kms.kmip_adapter+json\",\"collectionTotal\":1},"
                        + "\"resources\":[{\"name\":\"vsphere\",\"description\":\"vCenter 8\"}]}")).status(),
                "management.adapter.create", 201);
        JsonNode adapter = reply[0].resource();
        String id = adapter.path("id").asText();
        assertThat(adapter.path("name").asText()).isEqualTo("vsphere");
        assertThat(adapter.path("description").asText()).isEqualTo("vCenter 8");
        assertThat(adapter.path("profile").asText()).isEqualTo("native_1.0");
        assertThat(adapter.path("allowed_operations").isNull()).isTrue();
        assertThat(adapter.path("created_by").asText()).contains("CN=admin");
        assertThat(adapter.path("created_at").asText()).isNotEmpty();
        assertThat(reply[0].json().path("metadata").path("collectionType").asText())
                .isEqualTo("application/vnd.ibm.kms.kmip_adapter+json");
        assertThat(node.runtime.keyProtector().hasRootKey(id)).isTrue();
        assertThat(created.target().uniqueIdentifiers()).containsExactly(id);
        assertThat(created.target().adapter()).isEqualTo("vsphere");

        node.onlyEventOf(() -> (reply[0] = node.admin.get(ADAPTERS)).status(), "management.adapter.list", 200);
        assertThat(reply[0].json().path("resources").findValuesAsText("name")).contains("default", "vsphere");
        assertThat(reply[0].json().path("metadata").path("collectionTotal").asInt())
                .isEqualTo(reply[0].json().path("resources").size());
        node.onlyEventOf(() -> (reply[0] = node.admin.get(ADAPTERS + "/vsphere")).status(), "management.adapter.read",
                200);
        assertThat(reply[0].resource().path("id").asText()).isEqualTo(id);
        node.onlyEventOf(() -> node.admin.get(ADAPTERS + "/" + id).status(), "management.adapter.read", 200);

        node.onlyEventOf(() -> node.admin.post(ADAPTERS, "{\"name\":\"vsphere\"}").status(), "management.adapter.create",
                409);
        node.onlyEventOf(() -> node.admin.delete(ADAPTERS + "/vsphere").status(), "management.adapter.delete", 204);
        assertThat(node.runtime.store().findAdapter(id)).isEmpty();
        node.onlyEventOf(() -> (reply[0] = node.admin.get(ADAPTERS + "/vsphere")).status(), "management.adapter.read",
                404);
        assertThat(reply[0].errorCode()).isEqualTo("not_found");
        node.onlyEventOf(() -> node.admin.delete(ADAPTERS + "/vsphere").status(), "management.adapter.delete", 404);
    }

    @Test
    void anAdapterFieldThatIsWrongIsA400() throws Exception {
        node.onlyEventOf(() -> node.admin.post(ADAPTERS, "{\"name\":\"p\",\"profile\":\"other\"}").status(),
                "management.adapter.create", 400);
        node.onlyEventOf(() -> node.admin.post(ADAPTERS, "{\"name\":\"p\",\"allowed_operations\":[\"Fly\"]}").status(),
                "management.adapter.create", 400);
        node.onlyEventOf(() -> node.admin.post(ADAPTERS, "{\"name\":42}").status(), "management.adapter.create", 400);
        node.onlyEventOf(() -> node.admin.post(ADAPTERS, "[1,2]").status(), "management.adapter.create", 400);
        node.onlyEventOf(() -> node.admin.post(ADAPTERS, "{\"resources\":[{\"name\":\"a\"},{\"name\":\"b\"}]}").status(),
                "management.adapter.create", 400);
        assertThat(node.runtime.store().findAdapterByName("p")).isEmpty();
    }

    @Test
    void anAdapterWithObjectsIsNotDeletedAndDeletingOneCutsItsClients() throws Exception {
        Reply created = node.admin.post(ADAPTERS, "{\"name\":\"busy\"}");
        assertThat(created.status()).isEqualTo(201);
        CertifiedKey array = foreignCa.issueClient("busy-array");
        register("busy", "array", array);
        try (KmipTestClient kmip = node.kmip(array)) {
            String uid = create(kmip);
            Reply[] reply = new Reply[1];
            node.onlyEventOf(() -> (reply[0] = node.admin.delete(ADAPTERS + "/busy")).status(),
                    "management.adapter.delete", 409);
            assertThat(reply[0].errorCode()).isEqualTo("conflict");
            assertThat(node.runtime.store().findAdapterByName("busy")).isPresent();
            assertThat(uid).isNotEmpty();
        }
        Reply empty = node.admin.post(ADAPTERS, "{\"name\":\"idle\"}");
        assertThat(empty.status()).isEqualTo(201);
        CertifiedKey idleArray = foreignCa.issueClient("idle-array");
        register("idle", "array", idleArray);
        try (KmipTestClient kmip = node.kmip(idleArray)) {
            assertThat(discover(kmip)).isTrue();
            node.onlyEventOf(() -> node.admin.delete(ADAPTERS + "/idle").status(), "management.adapter.delete", 204);
            assertThat(kmip.awaitClosedByServer(WAIT)).as("the deleted adapter's client is cut").isTrue();
        }
    }

    @Test
    void anAdaptersAllowListRefusesOtherOperationsWithPermissionDenied() throws Exception {
        Reply created = node.admin.post(ADAPTERS,
                "{\"name\":\"restricted\",\"allowed_operations\":[\"Discover Versions\",\"create\"]}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.resource().path("allowed_operations").toString())
                .isEqualTo("[\"Create\",\"Discover Versions\"]");
        CertifiedKey array = foreignCa.issueClient("restricted-array");
        register("restricted", "array", array);
        try (KmipTestClient kmip = node.kmip(array)) {
            String uid = create(kmip);
            ResponseBatchItem get = kmip.call(RequestMessage.of(ProtocolVersion.V1_4, Requests.get(uid)))
                    .batchItems().get(0);
            assertThat(get.isSuccess()).isFalse();
            assertThat(get.resultReason()).isEqualTo(ResultReason.PERMISSION_DENIED);
        }
    }

    // ---- certificates

    @Test
    void aRegisteredCertificateConnectsAtOnceAndDeletingItCutsTheConnection() throws Exception {
        assertThat(node.admin.post(ADAPTERS, "{\"name\":\"storage\"}").status()).isEqualTo(201);
        CertifiedKey array = foreignCa.issueClient("array-7");
        expectKmipRefused(array);

        String path = ADAPTERS + "/storage/certificates";
        Reply[] reply = new Reply[1];
        AuditEvent event = node.onlyEventOf(() -> (reply[0] = node.admin.post(path,
                "{\"name\":\"array-7\",\"certificate\":" + json(PemFiles.certificatesToPem(array.chain())) + "}"))
                .status(), "management.certificate.create", 201);
        JsonNode certificate = reply[0].resource();
        String fingerprint = Fingerprints.sha256Hex(array.certificate());
        assertThat(certificate.path("fingerprint").asText()).isEqualTo(fingerprint);
        assertThat(certificate.path("subject").asText()).isEqualTo("CN=array-7");
        assertThat(certificate.path("issuer").asText()).isEqualTo("CN=Array vendor CA");
        assertThat(event.requestData()).containsEntry("fingerprint", fingerprint);
        assertThat(event.target().uniqueIdentifiers()).containsExactly(certificate.path("id").asText());

        node.onlyEventOf(() -> (reply[0] = node.admin.get(path)).status(), "management.certificate.list", 200);
        assertThat(reply[0].json().path("resources").findValuesAsText("name")).containsExactly("array-7");
        node.onlyEventOf(() -> node.admin.get(path + "/array-7").status(), "management.certificate.read", 200);
        node.onlyEventOf(() -> node.admin.get(path + "/" + certificate.path("id").asText()).status(),
                "management.certificate.read", 200);

        try (KmipTestClient kmip = node.kmip(array)) {
            assertThat(discover(kmip)).as("usable at once").isTrue();
            node.onlyEventOf(() -> node.admin.delete(path + "/array-7").status(), "management.certificate.delete", 204);
            assertThat(kmip.awaitClosedByServer(WAIT)).as("the deleted certificate's connection is cut").isTrue();
        }
        expectKmipRefused(array);
        node.onlyEventOf(() -> node.admin.get(path + "/array-7").status(), "management.certificate.read", 404);
    }

    @Test
    void aFingerprintBelongsToOneAdapterAndANameToOneCertificate() throws Exception {
        assertThat(node.admin.post(ADAPTERS, "{\"name\":\"first\"}").status()).isEqualTo(201);
        assertThat(node.admin.post(ADAPTERS, "{\"name\":\"second\"}").status()).isEqualTo(201);
        CertifiedKey array = foreignCa.issueClient("shared");
        register("first", "shared", array);
        Reply[] reply = new Reply[1];
        String body = "{\"certificate\":" + json(PemFiles.certificatesToPem(List.of(array.certificate()))) + "}";
        node.onlyEventOf(() -> (reply[0] = node.admin.post(ADAPTERS + "/second/certificates", body)).status(),
                "management.certificate.create", 409);
        assertThat(reply[0].errorCode()).isEqualTo("conflict");
        CertifiedKey other = foreignCa.issueClient("other");
        node.onlyEventOf(() -> node.admin.post(ADAPTERS + "/first/certificates", "{\"name\":\"shared\",\"certificate\":"
                + json(PemFiles.certificatesToPem(List.of(other.certificate()))) + "}").status(),
                "management.certificate.create", 409);
    }

    @Test
    void aCertificateRequestIsSignedByTheServersCaAndTheResultConnectsAsTheAdapter() throws Exception {
        assertThat(node.admin.post(ADAPTERS, "{\"name\":\"issued\"}").status()).isEqualTo(201);
        KeyPair keys = KeySpec.EC_P256.generateKeyPair();
        PKCS10CertificationRequest csr = new JcaPKCS10CertificationRequestBuilder(new X500Name("CN=csr-array,O=Tenant"),
                keys.getPublic()).build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate()));
        Reply[] reply = new Reply[1];
        node.onlyEventOf(() -> (reply[0] = node.admin.post(ADAPTERS + "/issued/certificates",
                "{\"csr\":" + json(PemFiles.csrToPem(csr)) + "}")).status(), "management.certificate.create", 201);
        JsonNode issued = reply[0].resource();
        assertThat(issued.path("name").asText()).isEqualTo("csr-array");
        assertThat(issued.path("issuer").asText()).isEqualTo(node.pki().certificate(DevPki.Role.CA)
                .getSubjectX500Principal().getName());
        X509Certificate certificate = PemFiles.certificatesFromPem(issued.path("certificate").asText()).get(0);
        certificate.verify(node.pki().certificate(DevPki.Role.CA).getPublicKey());
        CertifiedKey key = new CertifiedKey(keys.getPrivate(), List.of(certificate,
                node.pki().certificate(DevPki.Role.CA)));
        try (KmipTestClient kmip = node.kmip(key)) {
            String uid = create(kmip);
            String issuedAdapter = node.runtime.store().findAdapterByName("issued").orElseThrow().id();
            assertThat(node.runtime.store().findObject(issuedAdapter, uid)).as("the object is the adapter's").isPresent();
        }

        // Deleting the registration revokes it: the certificate still chains to the server's CA,
        // which the adapter 'default' admits by issuer, and used to connect there afterwards.
        node.onlyEventOf(() -> node.admin.delete(ADAPTERS + "/issued/certificates/csr-array").status(),
                "management.certificate.delete", 204);
        int mark = node.events().size();
        expectKmipRefused(key);
        assertThat(node.eventsAfter(mark)).filteredOn(e -> e.action().equals("kmip.handshake"))
                .isNotEmpty().allSatisfy(e -> assertThat(e.reason().message()).startsWith("revoked"));
    }

    @Test
    void aCertificateThatIsNotPemOrAnInvalidRequestIsA400AndAnUnknownAdapterA404() throws Exception {
        String path = ADAPTERS + "/default/certificates";
        node.onlyEventOf(() -> node.admin.post(path, "{\"certificate\":\"-----BEGIN PRIVATE KEY-----\\nAAAA\\n"
                + "-----END PRIVATE KEY-----\"}").status(), "management.certificate.create", 400);
        node.onlyEventOf(() -> node.admin.post(path, "{\"csr\":\"not a request\"}").status(),
                "management.certificate.create", 400);
        node.onlyEventOf(() -> node.admin.post(path, "{}").status(), "management.certificate.create", 400);
        node.onlyEventOf(() -> node.admin.post(ADAPTERS + "/nobody/certificates", "{\"csr\":\"x\"}").status(),
                "management.certificate.create", 404);
        node.onlyEventOf(() -> node.admin.get(ADAPTERS + "/nobody/certificates").status(),
                "management.certificate.list", 404);
        node.onlyEventOf(() -> node.admin.delete(path + "/nothing").status(), "management.certificate.delete", 404);
    }

    // ---- objects

    @Test
    void objectsAreListedByStateReadAsMetadataAndDestroyedOnlyWhenNotActive() throws Exception {
        assertThat(node.admin.post(ADAPTERS, "{\"name\":\"objects\"}").status()).isEqualTo(201);
        CertifiedKey array = foreignCa.issueClient("objects-array");
        register("objects", "array", array);
        String active;
        String preActive;
        try (KmipTestClient kmip = node.kmip(array)) {
            preActive = create(kmip);
            active = create(kmip);
            assertThat(kmip.call(RequestMessage.of(ProtocolVersion.V1_4, Requests.activate(active))).batchItems()
                    .get(0).isSuccess()).isTrue();
        }
        String path = ADAPTERS + "/objects/kmip_objects";
        Reply[] reply = new Reply[1];
        node.onlyEventOf(() -> (reply[0] = node.admin.get(path)).status(), "management.object.list", 200);
        assertThat(reply[0].json().path("metadata").path("collectionTotal").asInt()).isEqualTo(2);
        assertThat(reply[0].json().path("resources").findValuesAsText("id")).containsExactly(active, preActive);
        node.onlyEventOf(() -> (reply[0] = node.admin.get(path + "?state=2")).status(), "management.object.list", 200);
        assertThat(reply[0].json().path("resources").findValuesAsText("id")).containsExactly(active);
        node.onlyEventOf(() -> (reply[0] = node.admin.get(path + "?state=pre-active,active&limit=1&offset=1")).status(),
                "management.object.list", 200);
        assertThat(reply[0].json().path("resources").findValuesAsText("id")).containsExactly(preActive);
        assertThat(reply[0].json().path("metadata").path("collectionTotal").asInt()).isEqualTo(2);
        node.onlyEventOf(() -> node.admin.get(path + "?state=9").status(), "management.object.list", 400);
        node.onlyEventOf(() -> node.admin.get(path + "?limit=0").status(), "management.object.list", 400);

        node.onlyEventOf(() -> (reply[0] = node.admin.get(path + "/" + active)).status(), "management.object.read", 200);
        JsonNode object = reply[0].resource();
        assertThat(object.path("kmip_object_type_name").asText()).isEqualTo("Symmetric Key");
        assertThat(object.path("object_state_name").asText()).isEqualTo("Active");
        assertThat(object.path("cryptographic_algorithm").asText()).isEqualTo("AES");
        assertThat(object.path("cryptographic_length").asInt()).isEqualTo(256);
        assertThat(object.path("key_material_present").asBoolean()).isTrue();
        assertThat(reply[0].text()).doesNotContain("key_value", "material\":\"");

        node.onlyEventOf(() -> (reply[0] = node.admin.delete(path + "/" + active)).status(), "management.object.delete",
                409);
        assertThat(reply[0].json().path("errors").path(0).path("message").asText()).contains("Active");
        AuditEvent destroyed = node.onlyEventOf(() -> node.admin.delete(path + "/" + preActive).status(),
                "management.object.delete", 204);
        assertThat(destroyed.requestData()).containsEntry("state.before", "Pre-Active");
        assertThat(destroyed.responseData()).containsEntry("state.after", "Destroyed")
                .containsEntry("materialErased", "true");
        assertThat(destroyed.target().uniqueIdentifiers()).containsExactly(preActive);
        assertThat(destroyed.target().objectType()).isEqualTo("Symmetric Key");
        node.onlyEventOf(() -> (reply[0] = node.admin.get(path + "/" + preActive)).status(), "management.object.read",
                200);
        assertThat(reply[0].resource().path("object_state_name").asText()).isEqualTo("Destroyed");
        assertThat(reply[0].resource().path("key_material_present").asBoolean()).isFalse();
        node.onlyEventOf(() -> node.admin.delete(path + "/" + preActive).status(), "management.object.delete", 409);
        try (KmipTestClient kmip = node.kmip(array)) {
            assertThat(kmip.call(RequestMessage.of(ProtocolVersion.V1_4, Requests.get(preActive))).batchItems().get(0)
                    .isSuccess()).as("KMIP sees it destroyed").isFalse();
        }
        node.onlyEventOf(() -> node.admin.get(path + "/no-such-object").status(), "management.object.read", 404);
        node.onlyEventOf(() -> node.admin.delete(path + "/no-such-object").status(), "management.object.delete", 404);
        node.onlyEventOf(() -> node.auditor.get(path).status(), "management.object.list", 403);
    }

    @Test
    void anotherAdaptersObjectIsNotFound() throws Exception {
        String uid;
        try (KmipTestClient kmip = node.kmip(node.pki().load(DevPki.Role.CLIENT))) {
            uid = create(kmip);
        }
        assertThat(node.admin.post(ADAPTERS, "{\"name\":\"elsewhere\"}").status()).isEqualTo(201);
        node.onlyEventOf(() -> node.admin.get(ADAPTERS + "/elsewhere/kmip_objects/" + uid).status(),
                "management.object.read", 404);
        node.onlyEventOf(() -> node.admin.delete(ADAPTERS + "/elsewhere/kmip_objects/" + uid).status(),
                "management.object.delete", 404);
        node.onlyEventOf(() -> node.admin.get(ADAPTERS + "/default/kmip_objects/" + uid).status(),
                "management.object.read", 200);
    }

    // ---- helpers

    private static void register(String adapter, String name, CertifiedKey key) throws Exception {
        Reply reply = node.admin.post(ADAPTERS + "/" + adapter + "/certificates", "{\"name\":" + json(name)
                + ",\"certificate\":" + json(PemFiles.certificatesToPem(List.of(key.certificate()))) + "}");
        assertThat(reply.status()).as(reply.text()).isEqualTo(201);
    }

    private static String create(KmipTestClient kmip) throws IOException {
        ResponseBatchItem item = kmip.call(RequestMessage.of(ProtocolVersion.V1_4, Requests.createAes(256)))
                .batchItems().get(0);
        assertThat(item.isSuccess()).as(String.valueOf(item.resultMessage())).isTrue();
        return item.payload(CreateResponse.class).uniqueIdentifier();
    }

    private static boolean discover(KmipTestClient kmip) throws IOException {
        return kmip.call(io.kmipserver.server.testing.TestProcessor.discoverVersions(ProtocolVersion.V1_4))
                .batchItems().get(0).isSuccess();
    }

    /** Asserts the KMIP listener refuses the key, and waits for the refusal's audit event. */
    private static void expectKmipRefused(CertifiedKey key) throws Exception {
        int mark = node.events().size();
        try (KmipTestClient kmip = node.kmip(key)) {
            try {
                kmip.send(io.kmipserver.server.testing.TestProcessor.discoverVersions(ProtocolVersion.V1_4));
            } catch (IOException alreadyClosed) {
                // refused first
            }
            assertThat(kmip.awaitClosedByServer(WAIT)).as("refused").isTrue();
        } catch (IOException refusedDuringHandshake) {
            // TLS 1.2, or an alert before the client's handshake ended
        }
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (node.eventsAfter(mark).stream().noneMatch(e -> e.action().equals("kmip.handshake"))) {
            assertThat(System.nanoTime()).as("the refusal's kmip.handshake event").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private static String json(String text) {
        return Json.MAPPER.valueToTree(text).toString();
    }
}

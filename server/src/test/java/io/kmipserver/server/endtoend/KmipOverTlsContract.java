package io.kmipserver.server.endtoend;

import static io.kmipserver.server.protocol.Requests.uid;
import static org.assertj.core.api.Assertions.assertThat;

import io.kmipserver.certs.CertificateAuthority;
import io.kmipserver.certs.CertifiedKey;
import io.kmipserver.certs.DevPki;
import io.kmipserver.certs.KeySpec;
import io.kmipserver.certs.Validity;
import io.kmipserver.codec.attribute.Attribute;
import io.kmipserver.codec.attribute.AttributeKey;
import io.kmipserver.codec.message.ProtocolVersion;
import io.kmipserver.codec.message.RequestBatchItem;
import io.kmipserver.codec.message.RequestMessage;
import io.kmipserver.codec.message.ResponseBatchItem;
import io.kmipserver.codec.object.SymmetricKey;
import io.kmipserver.codec.payload.CheckRequest;
import io.kmipserver.codec.payload.CreateResponse;
import io.kmipserver.codec.payload.DeleteAttributeRequest;
import io.kmipserver.codec.payload.DiscoverVersionsRequest;
import io.kmipserver.codec.payload.DiscoverVersionsResponse;
import io.kmipserver.codec.payload.GetAttributeListRequest;
import io.kmipserver.codec.payload.GetAttributeListResponse;
import io.kmipserver.codec.payload.GetAttributesResponse;
import io.kmipserver.codec.payload.GetResponse;
import io.kmipserver.codec.payload.LocateResponse;
import io.kmipserver.codec.payload.ModifyAttributeRequest;
import io.kmipserver.codec.payload.QueryRequest;
import io.kmipserver.codec.payload.QueryResponse;
import io.kmipserver.codec.payload.ReKeyRequest;
import io.kmipserver.codec.payload.ReKeyResponse;
import io.kmipserver.codec.payload.RegisterResponse;
import io.kmipserver.codec.payload.RequestPayload;
import io.kmipserver.codec.payload.SetAttributeRequest;
import io.kmipserver.codec.payload.AddAttributeRequest;
import io.kmipserver.codec.spec.LinkType;
import io.kmipserver.codec.spec.ObjectType;
import io.kmipserver.codec.spec.Operation;
import io.kmipserver.codec.spec.QueryFunction;
import io.kmipserver.codec.spec.ResultReason;
import io.kmipserver.codec.spec.RevocationReasonCode;
import io.kmipserver.codec.spec.State;
import io.kmipserver.codec.spec.Tag;
import io.kmipserver.certs.Fingerprints;
import io.kmipserver.certs.PemFiles;
import io.kmipserver.server.config.ConfigLoader;
import io.kmipserver.server.keys.KeyProtector;
import io.kmipserver.server.protocol.DefaultRequestProcessor;
import io.kmipserver.server.protocol.ProcessorSettings;
import io.kmipserver.server.protocol.Requests;
import io.kmipserver.server.runtime.ServerRuntime;
import io.kmipserver.server.store.Adapter;
import io.kmipserver.server.store.NewAdapter;
import io.kmipserver.server.store.NewAdapterTrust;
import io.kmipserver.server.testing.KmipTestClient;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every operation the server implements, over real mutual TLS on 127.0.0.1, against the node as
 * {@code serve} assembles it (SQLite store, software key protector, Chronicle journal), once in a
 * 1.x and once in a 2.x protocol version; batches with ID Placeholder; two adapters that cannot see
 * each other's objects. Runs once per key protector (the same assertions): see the subclasses.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class KmipOverTlsContract {

    private ServerRuntime node;
    private CertifiedKey clientOfDefault;
    private CertifiedKey clientOfOther;

    /** The {@code keys.*} settings of the node under test. */
    abstract Map<String, String> keyProtectorSettings(Path dataDir) throws Exception;

    @BeforeAll
    void startNodeWithTwoAdapters(@TempDir Path dir) throws Exception {
        Map<String, String> settings = new HashMap<>(keyProtectorSettings(dir));
        settings.putAll(Map.of("data.dir", dir.toString(), "kmip.port", "0", "management.port", "0",
                "node.id", "it-node"));
        node = ServerRuntime.start(ConfigLoader.load(null, Map.of(), settings),
                s -> new DefaultRequestProcessor(s.store(), s.keyProtector(), s.journal(),
                        ProcessorSettings.defaults(s.nodeId()).withClock(s.clock())),
                Clock.systemUTC());
        clientOfDefault = node.pki().load(DevPki.Role.CLIENT);
        // A second tenant whose clients come from their own CA.
        CertificateAuthority otherCa = CertificateAuthority.createSelfSigned("CN=tenant-b CA", KeySpec.EC_P256,
                Validity.starting(Clock.systemUTC(), Duration.ofDays(30)), Clock.systemUTC());
        clientOfOther = otherCa.issueClient("array-b");
        X509Certificate ca = otherCa.certificate();
        Adapter other = node.store().write(tx -> {
            Adapter a = tx.insertAdapter(NewAdapter.named("tenant-b"), "it");
            tx.insertTrust(a.id(), new NewAdapterTrust(Fingerprints.sha256Hex(ca), ca.getSubjectX500Principal().getName(),
                    PemFiles.certificatesToPem(List.of(ca)), null), "it");
            return a;
        });
        KeyProtector protector = node.keyProtector();
        protector.createRootKey(other.id());
        node.clientTrust().refresh();
    }

    @AfterAll
    void stop() {
        if (node != null) {
            node.close();
        }
    }

    private KmipTestClient connect(CertifiedKey key) throws Exception {
        return KmipTestClient.connect(node.kmipServer().localAddress(), key,
                List.of(node.pki().certificate(DevPki.Role.CA)));
    }

    private static ResponseBatchItem call(KmipTestClient c, ProtocolVersion v, RequestPayload p) throws Exception {
        return c.call(RequestMessage.of(v, p)).batchItems().get(0);
    }

    private static ResponseBatchItem ok(KmipTestClient c, ProtocolVersion v, RequestPayload p) throws Exception {
        ResponseBatchItem item = call(c, v, p);
        assertThat(item.isSuccess()).as(p.getClass().getSimpleName() + " in " + v + ": " + item).isTrue();
        return item;
    }

    private static ProtocolVersion version(String label) {
        return label.equals("1.4") ? ProtocolVersion.V1_4 : ProtocolVersion.V2_1;
    }

    private static boolean is2x(ProtocolVersion v) {
        return v.major() == 2;
    }

    @ParameterizedTest(name = "KMIP {0}")
    @ValueSource(strings = {"1.4", "2.1"})
    void everyOperationWorksOverMutualTls(String label) throws Exception {
        ProtocolVersion v = version(label);
        String keyName = "tls-it-key-" + label;
        try (KmipTestClient c = connect(clientOfDefault)) {
            DiscoverVersionsResponse versions = ok(c, v, new DiscoverVersionsRequest(List.of()))
                    .payload(DiscoverVersionsResponse.class);
            assertThat(versions.protocolVersions()).contains(ProtocolVersion.V2_1, ProtocolVersion.V1_4,
                    ProtocolVersion.V1_0);
            QueryResponse query = ok(c, v, new QueryRequest(List.of(QueryFunction.QUERY_OPERATIONS,
                    QueryFunction.QUERY_OBJECTS), null)).payload(QueryResponse.class);
            assertThat(query.operations()).contains(Operation.CREATE, Operation.GET, Operation.LOCATE, Operation.DESTROY);

            String id = ok(c, v, Requests.createAes(256, Requests.name(keyName), Requests.custom("Owner", "ops")))
                    .payload(CreateResponse.class).uniqueIdentifier();
            GetResponse got = ok(c, v, Requests.get(id)).payload(GetResponse.class);
            assertThat(got.objectType()).isEqualTo(ObjectType.SYMMETRIC_KEY);
            assertThat(((SymmetricKey) got.object()).keyBlock().keyBytes()).hasSize(32);

            GetAttributesResponse attrs = ok(c, v, Requests.getAttributes(id)).payload(GetAttributesResponse.class);
            assertThat(attrs.attributes().state()).isEqualTo(State.PRE_ACTIVE);
            assertThat(attrs.attributes().cryptographicLength()).isEqualTo(256);
            assertThat(ok(c, v, new GetAttributeListRequest(uid(id))).payload(GetAttributeListResponse.class)
                    .attributes()).contains(AttributeKey.of(Tag.STATE), AttributeKey.of(Tag.NAME),
                    AttributeKey.vendor("x", "Owner"));

            ok(c, v, new AddAttributeRequest(uid(id), Requests.custom("Site", "paris")));
            Attribute site = Requests.custom("Site", "lyon");
            ok(c, v, is2x(v) ? new ModifyAttributeRequest(uid(id), Requests.custom("Site", "paris"), site)
                    : new ModifyAttributeRequest(uid(id), null, site.withIndex(0)));
            if (is2x(v)) {
                ok(c, v, new SetAttributeRequest(uid(id), Attribute.text(Tag.OBJECT_GROUP, "fleet-a")));
            }
            ok(c, v, new DeleteAttributeRequest(uid(id), AttributeKey.vendor("x", "Site"), null, null));
            assertThat(ok(c, v, Requests.getAttributes(id)).payload(GetAttributesResponse.class).attributes()
                    .get(AttributeKey.vendor("x", "Site"))).isNull();

            assertThat(ok(c, v, Requests.locate(Requests.name(keyName))).payload(LocateResponse.class)
                    .uniqueIdentifiers()).containsExactly(id);

            ok(c, v, Requests.activate(id));
            ResponseBatchItem again = call(c, v, Requests.activate(id));
            assertThat(again.resultReason())
                    .isEqualTo(is2x(v) ? ResultReason.WRONG_KEY_LIFECYCLE_STATE : ResultReason.PERMISSION_DENIED);
            ok(c, v, new CheckRequest(uid(id), null, Requests.ENCRYPT_DECRYPT, null));

            String replacement = ok(c, v, new ReKeyRequest(uid(id), null, null, List.of(), null))
                    .payload(ReKeyResponse.class).uniqueIdentifier();
            assertThat(replacement).isNotEqualTo(id);
            assertThat(ok(c, v, Requests.getAttributes(replacement)).payload(GetAttributesResponse.class)
                    .attributes().links()).anyMatch(l -> l.linkType() == LinkType.REPLACED_OBJECT_LINK
                            && l.linkedObjectIdentifier().equals(id));

            ResponseBatchItem destroyActive = call(c, v, Requests.destroy(id));
            assertThat(destroyActive.resultReason())
                    .isEqualTo(is2x(v) ? ResultReason.WRONG_KEY_LIFECYCLE_STATE : ResultReason.PERMISSION_DENIED);
            ok(c, v, Requests.revoke(id, RevocationReasonCode.KEY_COMPROMISE));
            assertThat(ok(c, v, Requests.getAttributes(id)).payload(GetAttributesResponse.class).attributes().state())
                    .isEqualTo(State.COMPROMISED);
            ok(c, v, Requests.destroy(id));
            assertThat(ok(c, v, Requests.getAttributes(id)).payload(GetAttributesResponse.class).attributes().state())
                    .isEqualTo(State.DESTROYED_COMPROMISED);
            assertThat(call(c, v, Requests.get(id)).isSuccess()).as("material of a destroyed key").isFalse();

            byte[] material = HexFormat.of().parseHex("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");
            String registered = ok(c, v, Requests.registerAes(material, Requests.name("registered-" + label)))
                    .payload(RegisterResponse.class).uniqueIdentifier();
            assertThat(((SymmetricKey) ok(c, v, Requests.get(registered)).payload(GetResponse.class).object())
                    .keyBlock().keyBytes()).isEqualTo(material);

            assertThat(call(c, v, Requests.get("no-such-object")).resultReason()).isEqualTo(ResultReason.ITEM_NOT_FOUND);
        }
    }

    @ParameterizedTest(name = "KMIP {0}")
    @ValueSource(strings = {"1.4", "2.1"})
    void oneMessageCreatesActivatesAndGetsThroughTheIdPlaceholder(String label) throws Exception {
        ProtocolVersion v = version(label);
        try (KmipTestClient c = connect(clientOfDefault)) {
            List<RequestBatchItem> items = List.of(
                    item(1, Requests.createAes(128)),
                    item(2, Requests.activate(null)),
                    item(3, Requests.getPlaceholder()));
            List<ResponseBatchItem> answers = c.call(RequestMessage.of(v, items)).batchItems();
            assertThat(answers).hasSize(3).allMatch(ResponseBatchItem::isSuccess);
            String id = answers.get(0).payload(CreateResponse.class).uniqueIdentifier();
            assertThat(answers.get(2).payload(GetResponse.class).uniqueIdentifier()).isEqualTo(id);
            assertThat(answers.get(2).uniqueBatchItemId()).containsExactly(3);
        }
    }

    private static RequestBatchItem item(int id, RequestPayload payload) {
        RequestBatchItem plain = RequestBatchItem.of(payload);
        return new RequestBatchItem(plain.operation(), new byte[] {(byte) id}, payload, List.of(), null, List.of());
    }

    @ParameterizedTest(name = "KMIP {0}")
    @ValueSource(strings = {"1.4", "2.1"})
    void anotherAdaptersObjectIsItemNotFound(String label) throws Exception {
        ProtocolVersion v = version(label);
        String secretName = "tenant-a-only-" + label;
        String id;
        try (KmipTestClient a = connect(clientOfDefault)) {
            id = ok(a, v, Requests.createAes(256, Requests.name(secretName))).payload(CreateResponse.class)
                    .uniqueIdentifier();
        }
        try (KmipTestClient b = connect(clientOfOther)) {
            for (RequestPayload p : List.of(Requests.get(id), Requests.getAttributes(id), Requests.activate(id),
                    Requests.destroy(id), new AddAttributeRequest(uid(id), Requests.custom("Stolen", "yes")),
                    Requests.revoke(id, RevocationReasonCode.KEY_COMPROMISE))) {
                assertThat(call(b, v, p).resultReason()).as(p.getClass().getSimpleName())
                        .isEqualTo(ResultReason.ITEM_NOT_FOUND);
            }
            assertThat(ok(b, v, Requests.locate(Requests.name(secretName))).payload(LocateResponse.class)
                    .uniqueIdentifiers()).isEmpty();
            assertThat(ok(b, v, Requests.locate(Attribute.enumeration(Tag.OBJECT_TYPE, ObjectType.SYMMETRIC_KEY)))
                    .payload(LocateResponse.class).uniqueIdentifiers()).doesNotContain(id);
        }
        try (KmipTestClient a = connect(clientOfDefault)) {
            assertThat(ok(a, v, Requests.getAttributes(id)).payload(GetAttributesResponse.class).attributes().state())
                    .as("tenant B changed nothing").isEqualTo(State.PRE_ACTIVE);
        }
    }

}

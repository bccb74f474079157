package io.kmipserver.server.multinode;

import static org.assertj.core.api.Assertions.assertThat;

import io.kmipserver.certs.DevPki;
import io.kmipserver.codec.message.ProtocolVersion;
import io.kmipserver.codec.message.RequestMessage;
import io.kmipserver.codec.message.ResponseBatchItem;
import io.kmipserver.codec.object.SymmetricKey;
import io.kmipserver.codec.payload.CreateResponse;
import io.kmipserver.codec.payload.GetResponse;
import io.kmipserver.codec.payload.RequestPayload;
import io.kmipserver.server.config.ConfigLoader;
import io.kmipserver.server.protocol.DefaultRequestProcessor;
import io.kmipserver.server.protocol.ProcessorSettings;
import io.kmipserver.server.protocol.Requests;
import io.kmipserver.server.runtime.ServerRuntime;
import io.kmipserver.server.testing.KmipTestClient;
import io.kmipserver.server.testing.SoftHsmToken;
import io.kmipserver.server.testing.TestPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Server nodes as an operator runs several: one PostgreSQL database, one SoftHSM2 token, one PKI
 * directory shared; per node a data directory, a node id and ephemeral ports. And the KMIP 1.4 calls
 * the multi-node tests make through them, over real mutual TLS.
 */
final class PostgresNodes {

    static final ProtocolVersion V = ProtocolVersion.V1_4;

    private PostgresNodes() {
    }

    /**
     * The settings every node shares; the token PIN and the database password go into files in
     * {@code secrets} (created).
     */
    static Map<String, String> sharedSettings(Path pkiDir, TestPostgres.Database db, Path secrets) throws IOException {
        Files.createDirectories(secrets);
        Path pin = Files.writeString(secrets.resolve("token.pin"), SoftHsmToken.USER_PIN);
        Path dbPassword = Files.writeString(secrets.resolve("db.password"), db.password() + "\n");
        return Map.of(
                "tls.pki-dir", pkiDir.toString(),
                "store.type", "postgresql",
                "store.jdbc-url", db.jdbcUrl(),
                "store.db-user", db.user(),
                "store.db-password-file", dbPassword.toString(),
                "keys.protector", "pkcs11",
                "keys.pkcs11-library", SoftHsmToken.LIBRARY.toString(),
                "keys.pkcs11-token-label", SoftHsmToken.LABEL,
                "keys.pkcs11-pin-file", pin.toString());
    }

    /** Starts one node with the shared settings, its own data directory and id, on ephemeral ports. */
    static ServerRuntime start(Map<String, String> shared, Path dataDir, String nodeId) throws IOException {
        Map<String, String> settings = new HashMap<>(shared);
        settings.putAll(Map.of("data.dir", dataDir.toString(), "kmip.port", "0", "management.port", "0",
                "node.id", nodeId));
        return ServerRuntime.start(ConfigLoader.load(null, Map.of(), settings),
                s -> new DefaultRequestProcessor(s.store(), s.keyProtector(), s.journal(),
                        ProcessorSettings.defaults(s.nodeId()).withClock(s.clock())),
                Clock.systemUTC());
    }

    static KmipTestClient connect(ServerRuntime node) throws Exception {
        return KmipTestClient.connect(node.kmipServer().localAddress(), node.pki().load(DevPki.Role.CLIENT),
                List.of(node.pki().certificate(DevPki.Role.CA)));
    }

    static ResponseBatchItem call(KmipTestClient c, RequestPayload p) throws Exception {
        return c.call(RequestMessage.of(V, p)).batchItems().get(0);
    }

    static ResponseBatchItem ok(KmipTestClient c, RequestPayload p) throws Exception {
        ResponseBatchItem item = call(c, p);
        assertThat(item.isSuccess()).as(p.getClass().getSimpleName() + ": " + item).isTrue();
        return item;
    }

    static String createAes(KmipTestClient c, String name) throws Exception {
        return ok(c, Requests.createAes(256, Requests.name(name))).payload(CreateResponse.class).uniqueIdentifier();
    }

    static byte[] material(KmipTestClient c, String id) throws Exception {
        return ((SymmetricKey) ok(c, Requests.get(id)).payload(GetResponse.class).object()).keyBlock().keyBytes();
    }
}

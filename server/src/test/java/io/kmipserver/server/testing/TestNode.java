package io.kmipserver.server.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.kmipserver.audit.event.AuditEvent;
import io.kmipserver.audit.event.AuditEventIds;
import io.kmipserver.certs.CertificateAuthority;
import io.kmipserver.certs.CertifiedKey;
import io.kmipserver.certs.DevPki;
import io.kmipserver.certs.Fingerprints;
import io.kmipserver.certs.PemFiles;
import io.kmipserver.codec.message.ProtocolVersion;
import io.kmipserver.server.config.ConfigLoader;
import io.kmipserver.server.config.ServerConfig;
import io.kmipserver.server.identity.StoreClientTrustSource;
import io.kmipserver.server.runtime.JournalConnectionAuditor;
import io.kmipserver.server.store.Adapter;
import io.kmipserver.server.store.JdbcObjectStore;
import io.kmipserver.server.store.NewAdapter;
import io.kmipserver.server.store.NewAdapterTrust;
import io.kmipserver.server.store.StoreSettings;
import io.kmipserver.server.transport.KmipServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A KMIP listener on 127.0.0.1, port 0, assembled from real parts in a temp directory: a dev PKI,
 * a SQLite store holding the adapter {@code default} (trusting the PKI's CA), the store-backed
 * client trust, a Chronicle journal behind the journal auditor, and a {@link TestProcessor}.
 */
public final class TestNode implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(5);

    public final Path dir;
    public final DevPki pki;
    public final JdbcObjectStore store;
    public final StoreClientTrustSource trust;
    public final TestJournal journal;
    public final TestProcessor processor = new TestProcessor();
    public final Adapter defaultAdapter;
    public final ServerConfig config;
    public final KmipServer server;

    private TestNode(Path dir, Map<String, String> overrides, boolean withDefaultAdapter) throws IOException {
        this.dir = dir;
        Clock clock = Clock.systemUTC();
        this.pki = DevPki.ensure(dir.resolve("pki"), List.of(), List.of(), clock);
        this.store = JdbcObjectStore.openSqlite(dir.resolve("store").resolve("kmip.db"), StoreSettings.defaults());
        this.defaultAdapter = withDefaultAdapter ? addAdapter("default", ca(), null) : null;
        this.trust = StoreClientTrustSource.open(store, List.of(ca()), Duration.ofMinutes(10));
        this.journal = new TestJournal(dir.resolve("journal"));
        Map<String, String> settings = new HashMap<>();
        settings.put("data.dir", dir.toString());
        settings.put("kmip.port", "0");
        settings.put("node.id", "test-node");
        settings.putAll(overrides);
        this.config = ConfigLoader.load(null, Map.of(), settings);
        this.server = KmipServer.builder()
                .config(config)
                .trust(trust)
                .processor(processor)
                .auditor(new JournalConnectionAuditor(journal.journal(), new AuditEventIds("test-node", clock),
                        "test-node", clock))
                .drainTimeout(Duration.ofSeconds(10))
                .build()
                .start();
    }

    /** A node with the adapter {@code default} and the given configuration overrides. */
    public static TestNode start(Path dir, Map<String, String> overrides) throws IOException {
        return new TestNode(dir, overrides, true);
    }

    public static TestNode start(Path dir) throws IOException {
        return start(dir, Map.of());
    }

    /** A node whose store holds no adapter: the PKI's CA is trusted for TLS only. */
    public static TestNode withoutAdapters(Path dir) throws IOException {
        return new TestNode(dir, Map.of(), false);
    }

    public X509Certificate ca() {
        return pki.certificate(DevPki.Role.CA);
    }

    /** The dev PKI's client.pem with its key. */
    public CertifiedKey client() throws IOException {
        return pki.load(DevPki.Role.CLIENT);
    }

    public CertificateAuthority authority() throws IOException {
        return CertificateAuthority.load(pki.load(DevPki.Role.CA), Clock.systemUTC());
    }

    public InetSocketAddress address() {
        return server.localAddress();
    }

    /** Connects with the client key given, trusting the dev CA for the server's certificate. */
    public KmipTestClient connect(CertifiedKey clientKey, String... protocols) throws Exception {
        return KmipTestClient.connect(address(), clientKey, List.of(ca()), protocols);
    }

    /** Creates an adapter admitting certificates of {@code ca} (whose subject matches the pattern, if any). */
    public Adapter addAdapter(String name, X509Certificate ca, String subjectPattern) {
        Adapter adapter = store.write(tx -> {
            Adapter created = tx.insertAdapter(NewAdapter.named(name), "test");
            tx.insertTrust(created.id(), new NewAdapterTrust(Fingerprints.sha256Hex(ca),
                    ca.getSubjectX500Principal().getName(), PemFiles.certificatesToPem(List.of(ca)), subjectPattern),
                    "test");
            return created;
        });
        if (trust != null) {
            trust.refresh();
        }
        return adapter;
    }

    /**
     * Connects with {@code key} (or no certificate) and asserts that the server ends the connection
     * without answering: during the handshake, or — TLS 1.3, where the client's handshake ends before
     * the server has judged its certificate — with an alert or close on the first read.
     */
    public void expectRefused(CertifiedKey key) throws Exception {
        try (KmipTestClient c = connect(key)) {
            try {
                c.send(TestProcessor.discoverVersions(ProtocolVersion.V1_4));
            } catch (IOException alreadyClosed) {
                // the refusal arrived first
            }
            assertThat(c.awaitClosedByServer(WAIT)).as("the server closed the connection").isTrue();
        } catch (IOException refusedDuringHandshake) {
            // TLS 1.2, or an alert that arrived before the client's handshake ended
        }
        assertThat(processor.sessions()).as("requests processed").isEmpty();
    }

    /** Waits for one event with this action and asserts it is the only event in the journal. */
    public AuditEvent onlyEvent(String action) throws InterruptedException {
        List<AuditEvent> events = journal.await(action, 1, WAIT);
        assertThat(events).hasSize(1);
        Thread.sleep(100);
        assertThat(journal.events()).as("exactly one event").hasSize(1);
        return events.get(0);
    }

    @Override
    public void close() {
        server.close();
        trust.close();
        journal.close();
        store.close();
    }
}

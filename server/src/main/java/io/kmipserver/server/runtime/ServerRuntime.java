package io.kmipserver.server.runtime;

import io.kmipserver.audit.AuditConfig;
import io.kmipserver.audit.AuditLayout;
import io.kmipserver.audit.AuditSystem;
import io.kmipserver.audit.journal.AuditJournal;
import io.kmipserver.audit.journal.NoopAuditJournal;
import io.kmipserver.certs.DevPki;
import io.kmipserver.certs.Fingerprints;
import io.kmipserver.certs.PemFiles;
import io.kmipserver.server.config.ServerConfig;
import io.kmipserver.server.identity.StoreClientTrustSource;
import io.kmipserver.server.keys.KeyProtector;
import io.kmipserver.server.keys.KeyProtectors;
import io.kmipserver.server.management.ManagementMetrics;
import io.kmipserver.server.management.ManagementServer;
import io.kmipserver.server.management.ManagementServices;
import io.kmipserver.server.protocol.KmipRequestProcessor;
import io.kmipserver.server.store.Adapter;
import io.kmipserver.server.store.ConflictException;
import io.kmipserver.server.store.JdbcObjectStore;
import io.kmipserver.server.store.NewAdapter;
import io.kmipserver.server.store.NewAdapterTrust;
import io.kmipserver.server.store.ObjectStore;
import io.kmipserver.server.store.SqlDialect;
import io.kmipserver.server.store.StoreSettings;
import io.kmipserver.server.transport.KmipServer;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running server node, opened from its configuration in this order:
 * <ol>
 *   <li>the data directory ({@code data.dir}, created with mode 0700);
 *   <li>the PKI ({@link DevPki#ensure}: files already in {@code tls.pki-dir} are used as they are,
 *       missing ones are issued — bring your own PKI by putting yours there);
 *   <li>the store: SQLite in {@code DIR/store/kmip.db}, or PostgreSQL at {@code store.jdbc-url};
 *   <li>the key protector: software, root keys under {@code DIR/keys};
 *   <li>the audit system: journal in {@code DIR/audit/journal}, sealed by the PKI's audit-signing key;
 *   <li>on first start the adapter {@value #DEFAULT_ADAPTER}, admitting every client certificate
 *       {@code ca.pem} issued (so {@code client.pem} belongs to it);
 *   <li>the client trust snapshot, the request processor, the KMIP listener, and the management API
 *       listener ({@code management.enabled}).
 * </ol>
 * {@link #close()} stops them in the reverse order: management listener, KMIP listener (unbind, drain,
 * workers, event loops),
 * processor, trust refresh, audit journal, key protector, store. A start that fails closes what it
 * had opened.
 *
 * <p>Thread-safe.
 */
public final class ServerRuntime implements AutoCloseable {

    /** The adapter created on first start, to which the dev PKI's {@code client.pem} belongs. */
    public static final String DEFAULT_ADAPTER = "default";
    /** How often the client trust snapshot is reloaded from the store in the background. */
    static final Duration TRUST_REFRESH = Duration.ofSeconds(10);

    private static final Logger LOG = LoggerFactory.getLogger(ServerRuntime.class);

    private final ServerConfig config;
    private final DevPki pki;
    private final ObjectStore store;
    private final KeyProtector keyProtector;
    private final AuditSystem audit;
    private final Adapter defaultAdapter;
    private final StoreClientTrustSource trust;
    private final KmipRequestProcessor processor;
    private final KmipServer kmipServer;
    private final ManagementMetrics metrics;
    private final ManagementServer management;
    private final Deque<AutoCloseable> opened;
    private boolean closed;

    private ServerRuntime(ServerConfig config, DevPki pki, ObjectStore store, KeyProtector keyProtector,
            AuditSystem audit, Adapter defaultAdapter, StoreClientTrustSource trust, KmipRequestProcessor processor,
            KmipServer kmipServer, ManagementMetrics metrics, ManagementServer management, Deque<AutoCloseable> opened) {
        this.config = config;
        this.pki = pki;
        this.store = store;
        this.keyProtector = keyProtector;
        this.audit = audit;
        this.defaultAdapter = defaultAdapter;
        this.trust = trust;
        this.processor = processor;
        this.kmipServer = kmipServer;
        this.metrics = metrics;
        this.management = management;
        this.opened = opened;
    }

    /**
     * Opens everything and starts the KMIP listener; returns once it is bound.
     *
     * @param processors builds the request processor from the open services
     * @param clock "now" for certificates, audit events and the processor
     * @throws IOException when a file of the data directory cannot be read or written
     */
    public static ServerRuntime start(ServerConfig config, RequestProcessorFactory processors, Clock clock)
            throws IOException {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(processors, "processors");
        Objects.requireNonNull(clock, "clock");
        Deque<AutoCloseable> opened = new ArrayDeque<>();
        try {
            createPrivateDirectory(config.dataDir());
            DevPki pki = DevPki.ensure(config.pkiDir(), config.tls().serverDnsNames(), config.tls().serverIpAddresses(),
                    clock);
            if (!pki.created().isEmpty()) {
                LOG.info("Wrote {} files of the development PKI to {}", pki.created().size(), pki.directory());
            }
            ObjectStore store = push(opened, openStore(config, clock));
            KeyProtector keyProtector = push(opened, openKeyProtector(config));
            AuditSystem audit = push(opened, openAudit(config, pki, clock));
            AuditJournal journal = requestJournal(config, audit);
            Adapter defaultAdapter = ensureDefaultAdapter(store, keyProtector, pki);
            List<X509Certificate> anchors = PemFiles.readCertificates(pki.certificateFile(DevPki.Role.CA));
            StoreClientTrustSource trust = push(opened, StoreClientTrustSource.open(store, anchors, TRUST_REFRESH));
            KmipRequestProcessor processor = processors.create(
                    new NodeServices(config, config.nodeId(), clock, store, keyProtector, journal, audit));
            if (processor instanceof AutoCloseable closeable) {
                push(opened, closeable);
            }
            JournalConnectionAuditor auditor = new JournalConnectionAuditor(journal, audit.eventIds(),
                    config.nodeId(), clock);
            ManagementMetrics metrics = new ManagementMetrics();
            KmipServer kmipServer = push(opened, KmipServer.builder()
                    .config(config)
                    .serverKey(pki.load(DevPki.Role.SERVER))
                    .trust(trust)
                    .processor(processor)
                    .auditor(auditor)
                    .observer(metrics)
                    .clock(clock)
                    .build());
            kmipServer.start();
            metrics.watch(kmipServer);
            metrics.watch(audit.queries());
            metrics.watch(store);
            ManagementServer management = config.management().enabled()
                    ? push(opened, ManagementServer.start(new ManagementServices(config, pki, store, keyProtector,
                            audit, journal, trust, kmipServer, metrics, clock)))
                    : null;
            return new ServerRuntime(config, pki, store, keyProtector, audit, defaultAdapter, trust, processor,
                    kmipServer, metrics, management, opened);
        } catch (IOException | RuntimeException | Error e) {
            closeAll(opened, e);
            throw e;
        }
    }

    public ServerConfig config() {
        return config;
    }

    public DevPki pki() {
        return pki;
    }

    public ObjectStore store() {
        return store;
    }

    public KeyProtector keyProtector() {
        return keyProtector;
    }

    public AuditSystem audit() {
        return audit;
    }

    /** The adapter {@value #DEFAULT_ADAPTER} as found or created at start. */
    public Adapter defaultAdapter() {
        return defaultAdapter;
    }

    /** The client trust snapshot; call {@link StoreClientTrustSource#refresh()} after changing trust in the store. */
    public StoreClientTrustSource clientTrust() {
        return trust;
    }

    public KmipRequestProcessor processor() {
        return processor;
    }

    public KmipServer kmipServer() {
        return kmipServer;
    }

    /** The management API listener, unless {@code management.enabled} is false. */
    public Optional<ManagementServer> management() {
        return Optional.ofNullable(management);
    }

    /** The node's meters (KMIP requests, connections, management calls). */
    public ManagementMetrics metrics() {
        return metrics;
    }

    /** Stops everything in the reverse order of start; the first failure is rethrown after all closed. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        closeAll(opened, null);
    }

    private static <T extends AutoCloseable> T push(Deque<AutoCloseable> opened, T resource) {
        opened.push(resource);
        return resource;
    }

    private static void closeAll(Deque<AutoCloseable> opened, Throwable primary) {
        RuntimeException failure = null;
        AutoCloseable resource;
        while ((resource = opened.poll()) != null) {
            try {
                resource.close();
            } catch (Exception e) {
                if (primary != null) {
                    primary.addSuppressed(e);
                } else if (failure == null) {
                    failure = e instanceof RuntimeException r ? r : new IllegalStateException(e.getMessage(), e);
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private static void createPrivateDirectory(Path directory) throws IOException {
        if (Files.isDirectory(directory)) {
            return;
        }
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createDirectories(directory,
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectories(directory);
        }
    }

    /** The configured object store (SQLite in the data directory by default, or PostgreSQL). */
    public static ObjectStore openStore(ServerConfig config, Clock clock) throws IOException {
        ServerConfig.Store s = config.store();
        StoreSettings defaults = StoreSettings.defaults();
        StoreSettings settings = new StoreSettings(defaults.writeQueueCapacity(), defaults.maxUnitsPerCommit(),
                defaults.submitTimeout(), s.poolSize(), defaults.maxLocateItems(), clock);
        switch (s.type()) {
            case SQLITE:
                Path file = s.jdbcUrl().isEmpty() ? config.dataDir().resolve("store").resolve("kmip.db") : null;
                if (file != null) {
                    return JdbcObjectStore.openSqlite(file, settings);
                }
                return JdbcObjectStore.open(SqlDialect.SQLITE, s.jdbcUrl(), null, null, settings);
            case POSTGRESQL:
                String password = s.dbPasswordFile() == null ? null : Files.readString(s.dbPasswordFile()).strip();
                return JdbcObjectStore.open(SqlDialect.POSTGRESQL, s.jdbcUrl(),
                        s.dbUser().isEmpty() ? null : s.dbUser(), password, settings);
            default:
                throw new IllegalArgumentException("unknown store type " + s.type());
        }
    }

    /** Software (default) or PKCS#11; the PKCS#11 PIN may come from the process environment. */
    private static KeyProtector openKeyProtector(ServerConfig config) {
        return KeyProtectors.open(config, System.getenv());
    }

    private static AuditSystem openAudit(ServerConfig config, DevPki pki, Clock clock) throws IOException {
        ServerConfig.Audit a = config.audit();
        AuditConfig defaults = AuditConfig.defaults(config.nodeId());
        AuditConfig auditConfig = new AuditConfig(config.nodeId(), a.retentionDays(), a.checkpointEveryEvents(),
                a.checkpointEvery(), a.fsync(), defaults.minFreeBytes(),
                defaults.sealerPollInterval());
        AuditLayout dataLayout = AuditLayout.of(config.dataDir());
        // The signing key lives with the PKI, wherever tls.pki-dir puts it.
        AuditLayout layout = new AuditLayout(dataLayout.journalDirectory(), dataLayout.sealDirectory(),
                pki.certificateFile(DevPki.Role.AUDIT_SIGNING), pki.keyFile(DevPki.Role.AUDIT_SIGNING));
        return AuditSystem.open(layout, auditConfig, pki.load(DevPki.Role.AUDIT_SIGNING).privateKey(), clock);
    }

    /**
     * The journal requests and connections append to: the audit system's, or with
     * {@code audit.journal=noop} one that discards every event so a benchmark can measure what the
     * journal costs. The audit system stays open either way (its journal then stays empty).
     */
    private static AuditJournal requestJournal(ServerConfig config, AuditSystem audit) {
        if (config.audit().journal() != ServerConfig.AuditJournalType.NOOP) {
            return audit.journal();
        }
        LOG.warn("audit.journal=noop: NO AUDIT EVENTS ARE RECORDED. This setting exists only to benchmark the"
                + " journal's cost; never serve clients with it.");
        return new NoopAuditJournal();
    }

    /**
     * Finds the adapter {@value #DEFAULT_ADAPTER}, or creates it with one trust anchor, the PKI's CA
     * (first certificate of {@code ca.pem}), in one transaction that makes its root key before it
     * commits. Its root key is asked for either way: the call does nothing when the key exists, and
     * repairs a first start that stopped in between.
     */
    static Adapter ensureDefaultAdapter(ObjectStore store, KeyProtector keyProtector, DevPki pki) {
        Optional<Adapter> existing = store.findAdapterByName(DEFAULT_ADAPTER);
        Adapter adapter;
        if (existing.isPresent()) {
            adapter = existing.get();
        } else {
            X509Certificate ca = pki.certificate(DevPki.Role.CA);
            NewAdapterTrust caTrust = new NewAdapterTrust(Fingerprints.sha256Hex(ca),
                    ca.getSubjectX500Principal().getName(), PemFiles.certificatesToPem(List.of(ca)), null);
            // The root key is made before the adapter's row commits (in the pre-commit hook), so a node
            // that sees the adapter — or loses the insert, which PostgreSQL reports only once the
            // winner's transaction has committed — also finds its root key in a shared token and does
            // not create a second one under the same label (two would make the token's key store
            // unreadable). Token work on the writer thread is acceptable here only because it happens
            // once, before the listener opens, when no other unit waits for the writer.
            CompletableFuture<Adapter> insert = store.submit(tx -> {
                Adapter created = tx.insertAdapter(NewAdapter.named(DEFAULT_ADAPTER)
                        .withDescription("Created on first start; admits client certificates issued by the PKI's ca.pem"),
                        "bootstrap");
                tx.insertTrust(created.id(), caTrust, "bootstrap");
                return created;
            }, created -> keyProtector.createRootKey(created.id()));
            try {
                adapter = insert.join();
                LOG.info("Created adapter '{}' admitting client certificates issued by {}", DEFAULT_ADAPTER,
                        ca.getSubjectX500Principal().getName());
            } catch (CompletionException e) {
                if (!(e.getCause() instanceof ConflictException conflict)) {
                    throw e.getCause() instanceof RuntimeException r ? r : e;
                }
                // Another node sharing this PostgreSQL store created it between our read and our insert:
                // its transaction committed, ours rolled back whole; use the one that won.
                adapter = store.findAdapterByName(DEFAULT_ADAPTER).orElseThrow(() -> conflict);
                LOG.info("Adapter '{}' was created concurrently by another node; using it", DEFAULT_ADAPTER);
            }
        }
        keyProtector.createRootKey(adapter.id());
        return adapter;
    }
}

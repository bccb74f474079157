package io.kmipserver.server.cli;

import io.kmipserver.certs.DevPki;
import io.kmipserver.server.config.ConfigException;
import io.kmipserver.server.config.ConfigLoader;
import io.kmipserver.server.config.ServerConfig;
import io.kmipserver.server.runtime.RequestProcessorFactory;
import io.kmipserver.server.runtime.ServerRuntime;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code serve}: runs a node until SIGTERM. Every flag is a plain override of one configuration key
 * ({@link ConfigLoader}: defaults &lt; {@code --config} file &lt; environment &lt; flags); a flag not
 * given leaves the key to the file and the environment. Operators' scripts rely on these flag names.
 *
 * <p>Exit codes: 0 stopped cleanly; 1 could not start; 2 invalid configuration.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        versionProvider = VersionProvider.class,
        description = {"Run a KMIP server node: KMIP over mutual TLS, the audit journal, the key store.",
            "On the first start with an empty data directory it writes a development PKI to DIR/pki and "
                + "creates the adapter 'default', to which DIR/pki/client.pem belongs."})
public final class ServeCommand implements Callable<Integer> {

    public static final int STARTUP_FAILED = 1;
    public static final int INVALID_CONFIGURATION = 2;

    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    @Spec
    CommandSpec spec;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Data directory (default: ./data). Key: data.dir")
    String dataDir;

    @Option(names = "--kmip-port", paramLabel = "P", description = "KMIP port (default: 5696). Key: kmip.port")
    String kmipPort;

    @Option(names = {"--admin-port", "--management-port"}, paramLabel = "Q",
            description = "Management API port (default: 9443). Key: management.port")
    String adminPort;

    @Option(names = "--bind", paramLabel = "ADDR",
            description = "Address both listeners bind (default: 127.0.0.1). Keys: kmip.bind, management.bind")
    String bind;

    @Option(names = "--config", paramLabel = "FILE", description = "Configuration file (Java properties)")
    Path configFile;

    @Option(names = "--tls-provider", paramLabel = "NAME",
            description = "bcjsse (default), jdk or openssl. Key: tls.provider")
    String tlsProvider;

    @Option(names = "--key-protector", paramLabel = "NAME",
            description = "software (default) or pkcs11. Key: keys.protector")
    String keyProtector;

    @Option(names = "--pkcs11-library", paramLabel = "FILE", description = "PKCS#11 module. Key: keys.pkcs11-library")
    String pkcs11Library;

    @Option(names = "--pkcs11-slot-index", paramLabel = "N",
            description = "PKCS#11 slot list index (default: 0). Key: keys.pkcs11-slot-index")
    String pkcs11SlotIndex;

    @Option(names = "--pkcs11-token-label", paramLabel = "LABEL",
            description = "PKCS#11 token label; wins over the slot index. Key: keys.pkcs11-token-label")
    String pkcs11TokenLabel;

    @Option(names = "--pkcs11-pin-file", paramLabel = "FILE",
            description = "File holding the token PIN. Key: keys.pkcs11-pin-file")
    String pkcs11PinFile;

    @Option(names = "--store", paramLabel = "TYPE", description = "sqlite (default) or postgresql. Key: store.type")
    String store;

    @Option(names = "--jdbc-url", paramLabel = "URL", description = "Database URL. Key: store.jdbc-url")
    String jdbcUrl;

    @Option(names = "--db-user", paramLabel = "USER", description = "Database user. Key: store.db-user")
    String dbUser;

    @Option(names = "--db-password-file", paramLabel = "FILE",
            description = "File holding the database password. Key: store.db-password-file")
    String dbPasswordFile;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "Set any configuration key, e.g. --set kmip.max-connections=256 (repeatable)")
    Map<String, String> settings = new LinkedHashMap<>();

    private final RequestProcessorFactory processors;
    private final Clock clock;
    private final Map<String, String> environment;
    private final boolean shutdownHook;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean stopRequested;
    private ServerRuntime runtime;

    /** The command {@code main} runs: real environment, system clock, a JVM shutdown hook. */
    public ServeCommand(RequestProcessorFactory processors) {
        this(processors, Clock.systemUTC(), System.getenv(), true);
    }

    /**
     * A command for tests and embedding: stop it with {@link #stop()}.
     *
     * @param environment the variables {@code KMIP_SERVER_*} are read from
     * @param shutdownHook whether SIGTERM stops the node
     */
    public ServeCommand(RequestProcessorFactory processors, Clock clock, Map<String, String> environment,
            boolean shutdownHook) {
        this.processors = Objects.requireNonNull(processors, "processors");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.environment = Map.copyOf(environment);
        this.shutdownHook = shutdownHook;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ServerConfig config;
        try {
            config = ConfigLoader.load(configFile, environment, overrides());
        } catch (ConfigException e) {
            err.println("kmip-server: " + e.getMessage());
            err.flush();
            return INVALID_CONFIGURATION;
        }
        ServerRuntime started;
        try {
            started = ServerRuntime.start(config, processors, clock);
        } catch (Exception e) {
            LOG.error("kmip-server could not start", e);
            err.println("kmip-server: cannot start: " + e.getMessage());
            err.flush();
            return STARTUP_FAILED;
        }
        Thread hook = new Thread(this::stop, "kmip-server-shutdown");
        synchronized (this) {
            runtime = started;
            if (shutdownHook) {
                Runtime.getRuntime().addShutdownHook(hook);
            }
        }
        printConnectInfo(out, started);
        if (stopRequested) {
            stop();
        }
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop();
        }
        if (shutdownHook) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook itself stopped the node
            }
        }
        return 0;
    }

    /**
     * Stops the node: in-flight requests finish, then the listener, the journal, the key protector and
     * the store close. Returns once all are closed; {@link #call()} then returns 0.
     */
    public void stop() {
        stopRequested = true;
        ServerRuntime toClose;
        synchronized (this) {
            toClose = runtime;
            runtime = null;
        }
        if (toClose == null) {
            return;
        }
        LOG.info("Stopping kmip-server");
        try {
            toClose.close();
        } finally {
            stopped.countDown();
        }
    }

    Map<String, String> overrides() {
        Map<String, String> o = new LinkedHashMap<>(settings);
        put(o, "data.dir", dataDir);
        put(o, "kmip.port", kmipPort);
        put(o, "management.port", adminPort);
        put(o, "kmip.bind", bind);
        put(o, "management.bind", bind);
        put(o, "tls.provider", tlsProvider);
        put(o, "keys.protector", keyProtector);
        put(o, "keys.pkcs11-library", pkcs11Library);
        put(o, "keys.pkcs11-slot-index", pkcs11SlotIndex);
        put(o, "keys.pkcs11-token-label", pkcs11TokenLabel);
        put(o, "keys.pkcs11-pin-file", pkcs11PinFile);
        put(o, "store.type", store);
        put(o, "store.jdbc-url", jdbcUrl);
        put(o, "store.db-user", dbUser);
        put(o, "store.db-password-file", dbPasswordFile);
        return o;
    }

    private static void put(Map<String, String> overrides, String key, String value) {
        if (value != null) {
            overrides.put(key, value);
        }
    }

    /** What an operator needs to connect a first client: address, PKI files, a PyKMIP configuration. */
    static void printConnectInfo(PrintWriter out, ServerRuntime runtime) {
        ServerConfig config = runtime.config();
        DevPki pki = runtime.pki();
        InetSocketAddress address = runtime.kmipServer().localAddress();
        String host = connectHost(address);
        Path ca = pki.certificateFile(DevPki.Role.CA).toAbsolutePath();
        Path cert = pki.certificateFile(DevPki.Role.CLIENT).toAbsolutePath();
        Path key = pki.keyFile(DevPki.Role.CLIENT).toAbsolutePath();
        out.printf("kmip-server listening for KMIP on %s:%d (TLS %s via %s, client certificate required)%n", host,
                address.getPort(), String.join("/", config.tls().protocols()),
                config.tls().provider().name().toLowerCase(java.util.Locale.ROOT));
        runtime.management().ifPresent(management -> out.printf(
                "Management API on https://%s:%d/api/v2 (client certificate %s or %s)%n",
                connectHost(management.localAddress()), management.port(),
                pki.certificateFile(DevPki.Role.ADMIN).toAbsolutePath().normalize(),
                pki.certificateFile(DevPki.Role.AUDITOR).toAbsolutePath().normalize()));
        out.printf("Data directory: %s%n", config.dataDir().toAbsolutePath().normalize());
        out.printf("Audit journal:  %s%n", runtime.audit().layout().journalDirectory().toAbsolutePath().normalize());
        out.println();
        out.printf("Client files (adapter '%s'):%n", runtime.defaultAdapter().name());
        out.printf("  CA certificate:     %s%n", ca);
        out.printf("  client certificate: %s%n", cert);
        out.printf("  client key:         %s%n", key);
        out.println();
        out.println("PyKMIP client configuration (e.g. ~/.pykmip/pykmip.conf):");
        out.println("[client]");
        out.printf("host=%s%n", host);
        out.printf("port=%d%n", address.getPort());
        out.printf("certfile=%s%n", cert);
        out.printf("keyfile=%s%n", key);
        out.printf("ca_certs=%s%n", ca);
        out.println("cert_reqs=CERT_REQUIRED");
        out.println("ssl_version=PROTOCOL_SSLv23");
        out.println("do_handshake_on_connect=True");
        out.println("suppress_ragged_eofs=True");
        out.println();
        out.printf("Test the TLS connection: openssl s_client -connect %s:%d -CAfile %s -cert %s -key %s%n", host,
                address.getPort(), ca, cert, key);
        out.println("Stop with Ctrl-C or SIGTERM.");
        out.flush();
    }

    /** The address a local client dials: the bound one, or loopback when bound to every interface. */
    private static String connectHost(InetSocketAddress address) {
        InetAddress bound = address.getAddress();
        if (bound == null || bound.isAnyLocalAddress()) {
            return "127.0.0.1";
        }
        return bound.getHostAddress();
    }
}

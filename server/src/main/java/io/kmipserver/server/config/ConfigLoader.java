package io.kmipserver.server.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;

/**
 * Loads {@link ServerConfig} from, in rising precedence: built-in defaults, one properties file,
 * environment variables, command-line overrides. A key such as {@code kmip.port} is overridden by the
 * environment variable {@code KMIP_SERVER_KMIP_PORT} and by the flag {@code --kmip-port}. Every
 * problem is collected and reported at once.
 */
public final class ConfigLoader {

    /** Every key with its default; the documented list of settings. */
    public static final Map<String, String> DEFAULTS;

    static {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("data.dir", "./data");
        d.put("node.id", "");
        d.put("kmip.bind", "127.0.0.1");
        d.put("kmip.port", "5696");
        d.put("kmip.max-message-size", String.valueOf(1 << 20));
        d.put("kmip.max-connections", "1024");
        d.put("kmip.idle-timeout", "PT5M");
        d.put("kmip.read-timeout", "PT30S");
        d.put("kmip.worker-threads", "0");
        d.put("kmip.worker-queue", "4096");
        d.put("kmip.native-transport", "true");
        d.put("management.enabled", "true");
        d.put("management.bind", "127.0.0.1");
        d.put("management.port", "9443");
        d.put("management.max-body-size", "65536");
        d.put("management.worker-threads", "4");
        d.put("management.admin-fingerprints", "");
        d.put("management.auditor-fingerprints", "");
        d.put("management.roles-ca-file", "");
        d.put("management.admin-subject-pattern", "");
        d.put("management.auditor-subject-pattern", "");
        d.put("management.max-connections", "64");
        d.put("tls.provider", "bcjsse");
        d.put("tls.protocols", "TLSv1.3,TLSv1.2");
        d.put("tls.pki-dir", "");
        d.put("tls.server-dns-names", "localhost");
        d.put("tls.server-ip-addresses", "127.0.0.1");
        d.put("store.type", "sqlite");
        d.put("store.jdbc-url", "");
        d.put("store.db-user", "");
        d.put("store.db-password-file", "");
        d.put("store.pool-size", "8");
        d.put("keys.protector", "software");
        d.put("keys.pkcs11-library", "");
        d.put("keys.pkcs11-slot-index", "0");
        d.put("keys.pkcs11-token-label", "");
        d.put("keys.pkcs11-pin-file", "");
        d.put("audit.retention-days", "180");
        d.put("audit.checkpoint-every-events", "10000");
        d.put("audit.checkpoint-every", "PT60S");
        d.put("audit.fsync", "false");
        d.put("audit.journal", "chronicle");
        DEFAULTS = Map.copyOf(d);
    }

    private ConfigLoader() {
    }

    /** The environment variable that overrides a key: {@code kmip.port} → {@code KMIP_SERVER_KMIP_PORT}. */
    public static String envName(String key) {
        return "KMIP_SERVER_" + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    /**
     * Loads and validates.
     *
     * @param file      the properties file, or {@code null} for none
     * @param env       the process environment
     * @param overrides keys set on the command line (highest precedence)
     */
    public static ServerConfig load(Path file, Map<String, String> env, Map<String, String> overrides) {
        List<String> problems = new ArrayList<>();
        Map<String, String> values = new LinkedHashMap<>(DEFAULTS);
        if (file != null) {
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(file)) {
                p.load(r);
            } catch (IOException e) {
                throw new ConfigException(List.of("cannot read configuration file " + file + ": " + e.getMessage()));
            }
            for (String k : p.stringPropertyNames()) {
                if (!DEFAULTS.containsKey(k)) {
                    problems.add("unknown key '" + k + "' in " + file);
                }
                values.put(k, p.getProperty(k).trim());
            }
        }
        for (String k : DEFAULTS.keySet()) {
            String v = env.get(envName(k));
            if (v != null) {
                values.put(k, v.trim());
            }
        }
        for (Map.Entry<String, String> e : overrides.entrySet()) {
            if (!DEFAULTS.containsKey(e.getKey())) {
                problems.add("unknown setting '" + e.getKey() + "'");
            }
            values.put(e.getKey(), e.getValue());
        }
        Parser in = new Parser(values, problems);

        Path dataDir = in.path("data.dir");
        String nodeId = in.str("node.id");
        if (nodeId.isEmpty()) {
            nodeId = hostName();
        }
        ServerConfig.Kmip kmip = new ServerConfig.Kmip(
                in.str("kmip.bind"),
                in.port("kmip.port"),
                in.intIn("kmip.max-message-size", 1024, 64 << 20),
                in.intIn("kmip.max-connections", 1, 1_000_000),
                in.duration("kmip.idle-timeout"),
                in.duration("kmip.read-timeout"),
                in.intIn("kmip.worker-threads", 0, 4096),
                in.intIn("kmip.worker-queue", 1, 1_000_000),
                in.bool("kmip.native-transport"));
        ServerConfig.Management management = new ServerConfig.Management(
                in.bool("management.enabled"),
                in.str("management.bind"),
                in.port("management.port"),
                in.intIn("management.max-body-size", 1024, 16 << 20),
                in.intIn("management.worker-threads", 1, 256),
                in.fingerprints("management.admin-fingerprints"),
                in.fingerprints("management.auditor-fingerprints"),
                in.optionalPath("management.roles-ca-file"),
                in.pattern("management.admin-subject-pattern"),
                in.pattern("management.auditor-subject-pattern"),
                in.intIn("management.max-connections", 1, 100_000));
        String pki = in.str("tls.pki-dir");
        ServerConfig.Tls tls = new ServerConfig.Tls(
                in.enumValue("tls.provider", ServerConfig.TlsProvider.class),
                in.list("tls.protocols"),
                pki.isEmpty() && dataDir != null ? dataDir.resolve("pki") : Path.of(pki),
                in.list("tls.server-dns-names"),
                in.list("tls.server-ip-addresses"));
        for (String p : tls.protocols()) {
            if (!p.equals("TLSv1.2") && !p.equals("TLSv1.3")) {
                problems.add("tls.protocols: only TLSv1.2 and TLSv1.3 are allowed, not '" + p + "'");
            }
        }
        ServerConfig.Store store = new ServerConfig.Store(
                in.enumValue("store.type", ServerConfig.StoreType.class),
                in.str("store.jdbc-url"),
                in.str("store.db-user"),
                in.optionalPath("store.db-password-file"),
                in.intIn("store.pool-size", 1, 256));
        if (store.type() == ServerConfig.StoreType.POSTGRESQL && store.jdbcUrl().isEmpty()) {
            problems.add("store.jdbc-url is required when store.type is postgresql");
        }
        ServerConfig.Keys keys = new ServerConfig.Keys(
                in.enumValue("keys.protector", ServerConfig.ProtectorType.class),
                in.optionalPath("keys.pkcs11-library"),
                in.intIn("keys.pkcs11-slot-index", 0, 1 << 20),
                in.str("keys.pkcs11-token-label"),
                in.optionalPath("keys.pkcs11-pin-file"));
        if (keys.protector() == ServerConfig.ProtectorType.PKCS11) {
            if (keys.pkcs11Library() == null) {
                problems.add("keys.pkcs11-library is required when keys.protector is pkcs11");
            }
            if (keys.pkcs11PinFile() == null && !env.containsKey("KMIP_SERVER_PKCS11_PIN")) {
                problems.add("keys.pkcs11-pin-file (or the environment variable KMIP_SERVER_PKCS11_PIN) is required"
                        + " when keys.protector is pkcs11");
            }
        }
        ServerConfig.Audit audit = new ServerConfig.Audit(
                in.intIn("audit.retention-days", 1, 36500),
                in.intIn("audit.checkpoint-every-events", 1, Integer.MAX_VALUE),
                in.duration("audit.checkpoint-every"),
                in.bool("audit.fsync"),
                in.enumValue("audit.journal", ServerConfig.AuditJournalType.class));
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        return new ServerConfig(dataDir, nodeId, kmip, management, tls, store, keys, audit);
    }

    private static String hostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "node-1";
        }
    }

    /** Reads typed values, collecting a problem for each bad one instead of failing at the first. */
    private record Parser(Map<String, String> values, List<String> problems) {

        String str(String key) {
            return values.getOrDefault(key, "");
        }

        <T> T parse(String key, Function<String, T> f, String expected, T fallback) {
            String v = str(key);
            try {
                return f.apply(v);
            } catch (RuntimeException e) {
                problems.add(key + ": expected " + expected + ", got '" + v + "'");
                return fallback;
            }
        }

        int intIn(String key, int min, int max) {
            Integer v = parse(key, Integer::valueOf, "an integer", null);
            if (v == null) {
                return min;
            }
            if (v < min || v > max) {
                problems.add(key + ": " + v + " is outside " + min + ".." + max);
            }
            return v;
        }

        int port(String key) {
            return intIn(key, 0, 65535);
        }

        boolean bool(String key) {
            String v = str(key).toLowerCase(Locale.ROOT);
            if (!v.equals("true") && !v.equals("false")) {
                problems.add(key + ": expected true or false, got '" + v + "'");
            }
            return v.equals("true");
        }

        Duration duration(String key) {
            return parse(key, Duration::parse, "an ISO-8601 duration such as PT30S", Duration.ZERO);
        }

        Path path(String key) {
            return parse(key, Path::of, "a path", null);
        }

        Path optionalPath(String key) {
            return str(key).isEmpty() ? null : path(key);
        }

        List<String> list(String key) {
            return Arrays.stream(str(key).split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        }

        /** SHA-256 certificate fingerprints, with or without colons, as 64 lower-case hex digits. */
        List<String> fingerprints(String key) {
            List<String> out = new ArrayList<>();
            for (String f : list(key)) {
                try {
                    out.add(io.kmipserver.certs.Fingerprints.normalize(f));
                } catch (IllegalArgumentException e) {
                    problems.add(key + ": expected SHA-256 fingerprints (64 hex digits), got '" + f + "'");
                }
            }
            return List.copyOf(out);
        }

        /** A Java regular expression, or {@code null} when empty. */
        java.util.regex.Pattern pattern(String key) {
            String v = str(key);
            if (v.isEmpty()) {
                return null;
            }
            try {
                return java.util.regex.Pattern.compile(v);
            } catch (java.util.regex.PatternSyntaxException e) {
                problems.add(key + ": not a valid regular expression: " + e.getDescription());
                return null;
            }
        }

        <E extends Enum<E>> E enumValue(String key, Class<E> type) {
            String v = str(key).toUpperCase(Locale.ROOT).replace('-', '_');
            try {
                return Enum.valueOf(type, v);
            } catch (IllegalArgumentException e) {
                problems.add(key + ": expected one of " + Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT)
                        + ", got '" + str(key) + "'");
                return type.getEnumConstants()[0];
            }
        }
    }
}

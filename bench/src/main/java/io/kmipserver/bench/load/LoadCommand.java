package io.kmipserver.bench.load;

import io.kmipserver.codec.message.ProtocolVersion;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code kmip-bench.jar load}: the command line of the load generator. Operators' scripts and the
 * README rely on these option names; keep them.
 *
 * <p>Exit status: 0 when the run completed and every request succeeded, 1 when a request failed or
 * a connection broke, 2 for a usage error.
 */
@Command(name = "load", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Drives a KMIP server over mutual TLS with closed-loop connections (one thread each) and prints",
            "ops/s and p50/p99/p99.9 latency per operation as a table (and with --json as one JSON line).",
            "Targets the loopback interface only, unless --allow-remote."},
        exitCodeOnInvalidInput = 2, exitCodeOnExecutionException = 1)
public final class LoadCommand implements Callable<Integer> {

    private static final Pattern IPV4_LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    @Spec
    CommandSpec spec;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Server host (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--port", defaultValue = "5696", description = "Server KMIP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--ca", required = true, paramLabel = "PEM", description = "CA certificate(s) the server certificate must chain to.")
    Path ca;

    @Option(names = "--cert", required = true, paramLabel = "PEM", description = "Client certificate (leaf first).")
    Path cert;

    @Option(names = "--key", required = true, paramLabel = "PEM", description = "Client private key, unencrypted PKCS#8.")
    Path key;

    @Option(names = "--connections", defaultValue = "1", description = "Concurrent connections (default: ${DEFAULT-VALUE}).")
    int connections;

    @Option(names = "--duration", defaultValue = "20", paramLabel = "S", description = "Measured seconds (default: ${DEFAULT-VALUE}).")
    double durationSeconds;

    @Option(names = "--warmup", defaultValue = "5", paramLabel = "S", description = "Unmeasured seconds of load before it (default: ${DEFAULT-VALUE}).")
    double warmupSeconds;

    @Option(names = "--scenario", defaultValue = "mix", paramLabel = "mix|lifecycle",
            description = "mix: independent requests from --mix; lifecycle: create, activate, get, revoke, destroy per iteration (default: ${DEFAULT-VALUE}).")
    String scenario;

    @Option(names = "--mix", defaultValue = "get:90,create:10", paramLabel = "OP:W,...",
            description = "Weights of get, create, discover (default: ${DEFAULT-VALUE}).")
    String mix;

    @Option(names = "--pool", defaultValue = "16", paramLabel = "N",
            description = "Keys created and activated per connection before a mix with gets (default: ${DEFAULT-VALUE}).")
    int pool;

    @Option(names = "--kmip-version", defaultValue = "1.2", paramLabel = "M.N",
            description = "Protocol Version of the requests: 1.0-1.4, 2.0, 2.1 (default: ${DEFAULT-VALUE}, which PyKMIP's server understands).")
    String kmipVersion;

    @Option(names = "--tls-protocol", paramLabel = "TLSv1.3|TLSv1.2",
            description = "Offer only this TLS version (default: offer both, the server chooses).")
    String tlsProtocol;

    @Option(names = "--no-hostname-check",
            description = "Do not require the server certificate to name --host (for certificates without SANs).")
    boolean noHostnameCheck;

    @Option(names = "--timeout", defaultValue = "10", paramLabel = "S",
            description = "Bound of connecting and of each response, seconds (default: ${DEFAULT-VALUE}).")
    double timeoutSeconds;

    @Option(names = "--setup-timeout", defaultValue = "300", paramLabel = "S",
            description = "Bound of connecting all connections and making their key pools (default: ${DEFAULT-VALUE}).")
    long setupTimeoutSeconds;

    @Option(names = "--max-response-bytes", defaultValue = "1048576", paramLabel = "N",
            description = "Largest response frame accepted (default: ${DEFAULT-VALUE}).")
    int maxResponseBytes;

    @Option(names = "--label", defaultValue = "", paramLabel = "NAME", description = "A name for this run in the report.")
    String label;

    @Option(names = "--json", description = "Also print the report as one JSON line.")
    boolean json;

    @Option(names = "--allow-remote", description = "Allow a --host that is not the loopback interface.")
    boolean allowRemote;

    @Override
    public Integer call() throws IOException, InterruptedException {
        LoadSettings settings = settings();
        ClientTls tls;
        try {
            tls = ClientTls.fromPem(ca, cert, key, tlsProtocols(), !noHostnameCheck);
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        LoadReport report = new LoadGenerator(settings, tls, setupTimeoutSeconds).run();
        PrintWriter out = spec.commandLine().getOut();
        out.print(report.table());
        if (json) {
            out.println(report.json());
        }
        out.flush();
        return report.clean() ? 0 : 1;
    }

    /** The validated settings, or a usage error naming what is wrong. */
    LoadSettings settings() {
        try {
            if (!allowRemote && !isLoopback(host)) {
                throw new IllegalArgumentException("--host " + host + " is not the loopback interface "
                        + "(127.0.0.1, ::1, localhost); pass --allow-remote to load another machine");
            }
            tlsProtocols();
            Scenario chosen = switch (scenario.toLowerCase(java.util.Locale.ROOT)) {
                case "mix" -> Scenario.MIX;
                case "lifecycle" -> Scenario.LIFECYCLE;
                default -> throw new IllegalArgumentException("--scenario must be mix or lifecycle, not '" + scenario + "'");
            };
            return new LoadSettings(host, port, connections, seconds("--duration", durationSeconds),
                    seconds("--warmup", warmupSeconds), chosen, OperationMix.parse(mix), pool,
                    parseVersion(kmipVersion), seconds("--timeout", timeoutSeconds), maxResponseBytes, label);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private List<String> tlsProtocols() {
        if (tlsProtocol == null) {
            return ClientTls.DEFAULT_PROTOCOLS;
        }
        if (!ClientTls.DEFAULT_PROTOCOLS.contains(tlsProtocol)) {
            throw new IllegalArgumentException("--tls-protocol must be TLSv1.3 or TLSv1.2, not '" + tlsProtocol + "'");
        }
        return List.of(tlsProtocol);
    }

    private static Duration seconds(String option, double value) {
        if (!Double.isFinite(value) || value < 0 || value > 86_400) {
            throw new IllegalArgumentException(option + " must be 0..86400 seconds, not " + value);
        }
        return Duration.ofNanos(Math.round(value * 1e9));
    }

    /** {@code 1.2} → Protocol Version 1.2; only versions KMIP defines. */
    static ProtocolVersion parseVersion(String text) {
        String[] parts = text.trim().split("\\.");
        try {
            if (parts.length == 2) {
                ProtocolVersion v = ProtocolVersion.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
                if (v.kmipVersion() != null) {
                    return v;
                }
            }
        } catch (NumberFormatException e) {
            // reported below with the accepted values
        }
        throw new IllegalArgumentException("--kmip-version must be one of 1.0, 1.1, 1.2, 1.3, 1.4, 2.0, 2.1, not '"
                + text + "'");
    }

    /**
     * True for {@code localhost} and for loopback address literals. Other names are refused without
     * being resolved: a name that resolves to loopback today can point elsewhere tomorrow.
     */
    static boolean isLoopback(String host) {
        String h = host.trim();
        if (h.equalsIgnoreCase("localhost")) {
            return true;
        }
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        if (!IPV4_LITERAL.matcher(h).matches() && !h.contains(":")) {
            return false;
        }
        try {
            // A literal address is parsed, not looked up.
            return InetAddress.getByName(h).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}

package io.kmipserver.bench.load;

import io.kmipserver.codec.message.ProtocolVersion;
import java.time.Duration;
import java.util.Objects;

/**
 * One load run, validated: where to connect and what to send for how long.
 *
 * @param host the server's host name or address (loopback unless the caller allowed otherwise)
 * @param port its KMIP port
 * @param connections concurrent connections, one thread each
 * @param duration the measured window
 * @param warmup the unmeasured load before it (after key pools are made)
 * @param scenario mix or lifecycle
 * @param mix the operation weights; used by {@link Scenario#MIX}
 * @param poolSize keys created and activated per connection before the run when the mix has Gets
 * @param version the Protocol Version of every request
 * @param timeout bound of connecting and of each response
 * @param maxResponseBytes the largest response frame accepted
 * @param label a free name for the run, shown in the report
 */
public record LoadSettings(
        String host,
        int port,
        int connections,
        Duration duration,
        Duration warmup,
        Scenario scenario,
        OperationMix mix,
        int poolSize,
        ProtocolVersion version,
        Duration timeout,
        int maxResponseBytes,
        String label) {

    /** Most connections one run opens: one thread and a few histograms each. */
    public static final int MAX_CONNECTIONS = 256;
    /** Longest measured window. */
    public static final Duration MAX_DURATION = Duration.ofHours(1);
    /** Longest warm-up. */
    public static final Duration MAX_WARMUP = Duration.ofMinutes(10);
    /** Most pooled keys per connection. */
    public static final int MAX_POOL = 10_000;

    public LoadSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(mix, "mix");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(label, "label");
        check(port >= 1 && port <= 65535, "port must be 1..65535, not " + port);
        check(connections >= 1 && connections <= MAX_CONNECTIONS,
                "connections must be 1.." + MAX_CONNECTIONS + ", not " + connections);
        check(!duration.isNegative() && !duration.isZero() && duration.compareTo(MAX_DURATION) <= 0,
                "duration must be above 0 and at most " + MAX_DURATION.toSeconds() + " s");
        check(!warmup.isNegative() && warmup.compareTo(MAX_WARMUP) <= 0,
                "warm-up must be 0.." + MAX_WARMUP.toSeconds() + " s");
        check(poolSize >= 1 && poolSize <= MAX_POOL, "pool size must be 1.." + MAX_POOL + ", not " + poolSize);
        check(timeout.toMillis() >= 1 && timeout.toMillis() <= 60_000, "timeout must be 1 ms..60 s");
        check(maxResponseBytes >= KmipClient.HEADER_LENGTH && maxResponseBytes <= 64 << 20,
                "maximum response size must be 8 bytes..64 MiB");
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    /** True when each connection needs a pool of active keys before the run: the mix has Gets. */
    public boolean needsKeyPool() {
        return scenario == Scenario.MIX && mix.includes(LoadOperation.GET);
    }

    /** {@code mix get:90,create:10} or {@code lifecycle}. */
    public String workload() {
        return scenario == Scenario.MIX ? "mix " + mix : "lifecycle";
    }
}

package io.kmipserver.server.protocol;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Tunables of a {@link DefaultRequestProcessor}.
 *
 * @param nodeId this server node's id: the {@code observer} of every audit event it writes
 * @param clock the source of every date the processor sets (Initial Date, Activation Date …) and of
 *     event times; inject a fixed one in tests
 * @param vendorIdentification what Query Server Information answers as Vendor Identification
 *     (KMIP 1.4 §4.25)
 * @param serverVersion the product version Query Server Information reports
 * @param adapterCacheTtl how long an adapter (allowed operations, credential) read from the store is
 *     reused before it is read again; {@link Duration#ZERO} reads it for every message
 */
public record ProcessorSettings(String nodeId, Clock clock, String vendorIdentification, String serverVersion,
        Duration adapterCacheTtl) {

    public ProcessorSettings {
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(vendorIdentification, "vendorIdentification");
        Objects.requireNonNull(serverVersion, "serverVersion");
        Objects.requireNonNull(adapterCacheTtl, "adapterCacheTtl");
        if (nodeId.isBlank()) {
            throw new IllegalArgumentException("nodeId must not be blank");
        }
        if (adapterCacheTtl.isNegative()) {
            throw new IllegalArgumentException("adapterCacheTtl must not be negative");
        }
    }

    /** Defaults: the system UTC clock, vendor {@code kmip-server}, adapters cached for one second. */
    public static ProcessorSettings defaults(String nodeId) {
        return new ProcessorSettings(nodeId, Clock.systemUTC(), "kmip-server", "0.1.0", Duration.ofSeconds(1));
    }

    public ProcessorSettings withClock(Clock c) {
        return new ProcessorSettings(nodeId, c, vendorIdentification, serverVersion, adapterCacheTtl);
    }

    public ProcessorSettings withAdapterCacheTtl(Duration ttl) {
        return new ProcessorSettings(nodeId, clock, vendorIdentification, serverVersion, ttl);
    }
}

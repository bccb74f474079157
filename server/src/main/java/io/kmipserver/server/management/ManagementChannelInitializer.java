package io.kmipserver.server.management;

import io.kmipserver.server.transport.ConnectionLimit;
import io.kmipserver.server.transport.WorkerPool;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.timeout.IdleStateHandler;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds every management connection's pipeline:
 *
 * <pre>
 * {@value #TLS} → {@value #IDLE} → {@value #HTTP} → {@value #AGGREGATOR} → {@value #API}
 * </pre>
 *
 * <p>Sharable; {@link #initChannel} runs on each new channel's event loop.
 */
final class ManagementChannelInitializer extends ChannelInitializer<SocketChannel> {

    private static final Logger LOG = LoggerFactory.getLogger(ManagementChannelInitializer.class);

    static final String TLS = "tls";
    static final String IDLE = "idle";
    static final String HTTP = "http";
    static final String AGGREGATOR = "aggregator";
    static final String API = "api";

    /** Longest request line and header block accepted (Netty's defaults, named). */
    private static final int MAX_INITIAL_LINE = 4096;
    private static final int MAX_HEADER_SIZE = 8192;

    private final SslContext ssl;
    private final ManagementApi api;
    private final ManagementRoles roles;
    private final ManagementAudit audit;
    private final WorkerPool workers;
    private final ManagementMetrics metrics;
    private final Clock clock;
    private final int maxBodySize;
    private final Duration idleTimeout;
    private final Duration handshakeTimeout;
    private final ChannelGroup channels;
    private final Supplier<String> requestIds;
    private final ConnectionLimit limit;

    ManagementChannelInitializer(SslContext ssl, ManagementApi api, ManagementRoles roles, ManagementAudit audit,
            WorkerPool workers, ManagementMetrics metrics, Clock clock, int maxBodySize, Duration idleTimeout,
            Duration handshakeTimeout, ChannelGroup channels, String nodeId, int maxConnections) {
        this.limit = new ConnectionLimit(maxConnections, "management.max-connections", LOG);
        this.ssl = ssl;
        this.api = api;
        this.roles = roles;
        this.audit = audit;
        this.workers = workers;
        this.metrics = metrics;
        this.clock = clock;
        this.maxBodySize = maxBodySize;
        this.idleTimeout = idleTimeout;
        this.handshakeTimeout = handshakeTimeout;
        this.channels = channels;
        // Unique per call on this node, also across restarts: node, start time, then a counter.
        String prefix = "mgmt-" + nodeId + "-" + Long.toString(clock.millis(), 36) + "-";
        AtomicLong counter = new AtomicLong();
        this.requestIds = () -> prefix + counter.incrementAndGet();
    }

    @Override
    protected void initChannel(SocketChannel ch) {
        // Connections beyond management.max-connections are closed before TLS: each open one holds a
        // TLS session and buffers, and the listener must not let a client exhaust file descriptors.
        if (!limit.admit(ch)) {
            return;
        }
        channels.add(ch);
        SslHandler tls = ssl.newHandler(ch.alloc());
        tls.setHandshakeTimeoutMillis(handshakeTimeout.toMillis());
        ch.pipeline()
                .addLast(TLS, tls)
                .addLast(IDLE, new IdleStateHandler(0, 0, idleTimeout.toMillis(), TimeUnit.MILLISECONDS))
                .addLast(HTTP, new HttpServerCodec(MAX_INITIAL_LINE, MAX_HEADER_SIZE, 8192))
                .addLast(AGGREGATOR, new BoundedHttpAggregator(maxBodySize))
                .addLast(API, new ManagementHttpHandler(api, roles, audit, workers, metrics, clock, requestIds));
    }
}

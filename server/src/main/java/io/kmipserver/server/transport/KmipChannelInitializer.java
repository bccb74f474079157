package io.kmipserver.server.transport;

import io.kmipserver.codec.netty.KmipFrameDecoder;
import io.kmipserver.codec.netty.KmipRequestDecoder;
import io.kmipserver.codec.netty.KmipResponseEncoder;
import io.kmipserver.server.identity.ClientTrustSource;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.socket.SocketChannel;
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
 * Builds every KMIP connection's pipeline, in this order:
 *
 * <pre>
 * {@value #TLS} → {@value #IDLE} → {@value #FRAME_DECODER} → {@value #MESSAGE_DECODER}
 *   → {@value #RESPONSE_ENCODER} → {@value #IDENTITY} → {@value #REQUEST_HANDLER}
 * </pre>
 *
 * The response encoder sits before the handlers that write, so that their {@code ctx.write} passes
 * through it. A connection beyond {@code kmip.max-connections} is closed before its handshake.
 *
 * <p>Sharable; {@link #initChannel} runs on each new channel's event loop.
 */
public final class KmipChannelInitializer extends ChannelInitializer<SocketChannel> {

    public static final String TLS = "tls";
    public static final String IDLE = "idle";
    public static final String FRAME_DECODER = "frame-decoder";
    public static final String MESSAGE_DECODER = "message-decoder";
    public static final String RESPONSE_ENCODER = "response-encoder";
    public static final String IDENTITY = "identity";
    public static final String REQUEST_HANDLER = "request-handler";

    private static final Logger LOG = LoggerFactory.getLogger(KmipChannelInitializer.class);

    private static final KmipRequestDecoder REQUEST_DECODER = new KmipRequestDecoder();
    private static final KmipResponseEncoder RESPONSE_ENCODER_INSTANCE = new KmipResponseEncoder();

    private final SslContext sslContext;
    private final ClientTrustSource trust;
    private final Dispatcher dispatcher;
    private final Clock clock;
    private final int maxMessageSize;
    private final Duration idleTimeout;
    private final Duration handshakeTimeout;
    private final ChannelGroup channels;
    private final ConnectionLimit limit;
    private final Supplier<String> connectionIds;

    KmipChannelInitializer(SslContext sslContext, ClientTrustSource trust, Dispatcher dispatcher, Clock clock,
            int maxMessageSize, int maxConnections, Duration idleTimeout, Duration handshakeTimeout,
            ChannelGroup channels) {
        this.sslContext = sslContext;
        this.trust = trust;
        this.dispatcher = dispatcher;
        this.clock = clock;
        this.maxMessageSize = maxMessageSize;
        this.limit = new ConnectionLimit(maxConnections, "kmip.max-connections", LOG);
        this.idleTimeout = idleTimeout;
        this.handshakeTimeout = handshakeTimeout;
        this.channels = channels;
        // Unique per connection on this node, also across restarts: start time, then a counter.
        String prefix = Long.toString(clock.millis(), 36) + "-";
        AtomicLong counter = new AtomicLong();
        this.connectionIds = () -> prefix + counter.incrementAndGet();
    }

    @Override
    protected void initChannel(SocketChannel ch) {
        if (!limit.admit(ch)) {
            return;
        }
        channels.add(ch);
        SslHandler tls = sslContext.newHandler(ch.alloc());
        tls.setHandshakeTimeoutMillis(handshakeTimeout.toMillis());
        ch.pipeline()
                .addLast(TLS, tls)
                .addLast(IDLE, new IdleStateHandler(0, 0, idleTimeout.toMillis(), TimeUnit.MILLISECONDS))
                .addLast(FRAME_DECODER, KmipFrameDecoder.forRequests(maxMessageSize))
                .addLast(MESSAGE_DECODER, REQUEST_DECODER)
                .addLast(RESPONSE_ENCODER, RESPONSE_ENCODER_INSTANCE)
                .addLast(IDENTITY, new ClientIdentityHandler(trust, dispatcher.auditor, dispatcher.workers, clock,
                        connectionIds))
                .addLast(REQUEST_HANDLER, new KmipRequestHandler(dispatcher));
    }

    /** Connections open now (admitted, not yet closed). */
    int openConnections() {
        return limit.open();
    }

    /** Connections closed at once because {@code kmip.max-connections} were open. */
    long refusedConnections() {
        return limit.refused();
    }
}

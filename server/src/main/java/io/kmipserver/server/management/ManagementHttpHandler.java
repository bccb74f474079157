package io.kmipserver.server.management;

import io.kmipserver.certs.Fingerprints;
import io.kmipserver.server.identity.ClientCertificateRefusedException;
import io.kmipserver.server.transport.ClientIdentityHandler;
import io.kmipserver.server.transport.WorkerPool;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.ssl.SslHandshakeCompletionEvent;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.util.ReferenceCountUtil;
import java.net.InetSocketAddress;
import java.nio.channels.ClosedChannelException;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import javax.net.ssl.SSLSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One management connection: decides the {@link Caller} when the TLS handshake ends (auditing a
 * refused handshake), then answers its HTTP requests one at a time, in order, on the worker pool.
 * While a request is with the workers the channel does not read; a keep-alive connection then
 * takes the next one. A request refused before routing (body too large, unreadable HTTP) is audited
 * and answered by {@link ManagementApi#refuse}; an unreadable one then closes the connection.
 *
 * <p>One instance per channel; confined to its event loop.
 */
final class ManagementHttpHandler extends ChannelInboundHandlerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(ManagementHttpHandler.class);

    private final ManagementApi api;
    private final ManagementRoles roles;
    private final ManagementAudit audit;
    private final WorkerPool workers;
    private final ManagementMetrics metrics;
    private final Clock clock;
    private final Supplier<String> requestIds;
    private final ArrayDeque<Object> pending = new ArrayDeque<>();
    private Caller caller;
    private boolean handshakeDecided;
    private boolean busy;
    private boolean closing;

    ManagementHttpHandler(ManagementApi api, ManagementRoles roles, ManagementAudit audit, WorkerPool workers,
            ManagementMetrics metrics, Clock clock, Supplier<String> requestIds) {
        this.metrics = metrics;
        this.api = api;
        this.roles = roles;
        this.audit = audit;
        this.workers = workers;
        this.clock = clock;
        this.requestIds = requestIds;
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
        if (evt instanceof SslHandshakeCompletionEvent handshake && !handshakeDecided) {
            handshakeDecided = true;
            if (handshake.isSuccess()) {
                caller = identify(ctx);
                if (caller == null) {
                    ctx.close();
                }
            } else {
                handshakeFailed(ctx, handshake.cause());
            }
        } else if (evt instanceof IdleStateEvent && !busy) {
            ctx.close();
        }
        super.userEventTriggered(ctx, evt);
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (caller == null || closing) {
            ReferenceCountUtil.release(msg);
            return;
        }
        pending.add(msg);
        dispatchNext(ctx);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LOG.debug("Management connection {} failed: {}", ctx.channel().id().asShortText(), cause.toString());
        ctx.close();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        Object msg;
        while ((msg = pending.poll()) != null) {
            ReferenceCountUtil.release(msg);
        }
        super.channelInactive(ctx);
    }

    private void dispatchNext(ChannelHandlerContext ctx) {
        if (busy || closing) {
            return;
        }
        Object msg = pending.poll();
        if (msg == null) {
            ctx.channel().config().setAutoRead(true);
            return;
        }
        ctx.channel().config().setAutoRead(false);
        busy = true;
        if (msg instanceof BoundedHttpAggregator.OversizedRequest oversized) {
            ApiCall call = call(oversized.head(), new byte[0], oversized.contentType());
            // The aggregator discards the rest of the body as it arrives, so a keep-alive connection can
            // take the next request; one that waited for 100 Continue never sent its body: close it.
            boolean keepAlive = HttpUtil.isKeepAlive(oversized.head())
                    && !HttpUtil.is100ContinueExpected(oversized.head());
            answer(ctx, call, keepAlive, () -> api.refuse(call, new ApiException(413, "payload_too_large",
                    "the request body exceeds the limit of " + ctx.pipeline().get(BoundedHttpAggregator.class)
                            .maxContentLength() + " bytes")));
            return;
        }
        if (!(msg instanceof FullHttpRequest request)) {
            ReferenceCountUtil.release(msg);
            ctx.close();
            return;
        }
        try {
            byte[] body = new byte[request.content().readableBytes()];
            request.content().readBytes(body);
            ApiCall call = call(request, body, request.headers().get(HttpHeaderNames.CONTENT_TYPE));
            if (request.decoderResult().isFailure()) {
                answer(ctx, call, false, () -> api.refuse(call,
                        ApiException.badRequest("the request is not valid HTTP/1.1")));
            } else {
                answer(ctx, call, HttpUtil.isKeepAlive(request), () -> api.handle(call));
            }
        } finally {
            request.release();
        }
    }

    private ApiCall call(HttpRequest head, byte[] body, String contentType) {
        return new ApiCall(head.method(), head.uri(), body, contentType, caller, requestIds.get());
    }

    private void answer(ChannelHandlerContext ctx, ApiCall call, boolean keepAlive, Supplier<ApiResponse> work) {
        long start = System.nanoTime();
        workers.run(ctx.channel(), work::get, (response, failure) -> {
            metrics.managementCall(call.route() != null ? call.route().action() : ManagementAudit.INVALID_ACTION,
                    response != null ? response.status() : 500, System.nanoTime() - start);
            if (failure != null || response == null) {
                // ManagementApi never throws; whatever happened, no event vouches for an answer.
                LOG.error("Management call {} failed outside the API; closing the connection", call.requestId(),
                        failure);
                ctx.close();
                return;
            }
            write(ctx, call, response, keepAlive);
        });
    }

    private void write(ChannelHandlerContext ctx, ApiCall call, ApiResponse response, boolean keepAlive) {
        HttpResponseStatus status = HttpResponseStatus.valueOf(response.status());
        if (response.isStream()) {
            HttpResponse head = new DefaultHttpResponse(HttpVersion.HTTP_1_1, status);
            head.headers().set(HttpHeaderNames.CONTENT_TYPE, response.contentType())
                    .set(HttpHeaderNames.CACHE_CONTROL, HttpHeaderValues.NO_CACHE)
                    .set("X-Request-Id", call.requestId());
            HttpUtil.setTransferEncodingChunked(head, true);
            closing = true; // a stream ends the connection's requests
            ctx.channel().config().setAutoRead(true); // to notice the client going away
            ctx.writeAndFlush(head);
            response.stream().open(new ChannelEventStream(ctx.channel()));
            return;
        }
        FullHttpResponse full = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status,
                Unpooled.wrappedBuffer(response.body()));
        full.headers().set(HttpHeaderNames.CONTENT_TYPE, response.contentType())
                .setInt(HttpHeaderNames.CONTENT_LENGTH, response.body().length)
                .set("X-Request-Id", call.requestId());
        response.headers().forEach(full.headers()::set);
        HttpUtil.setKeepAlive(full, keepAlive);
        ctx.writeAndFlush(full).addListener(written -> {
            busy = false;
            if (!written.isSuccess() || !keepAlive) {
                closing = true;
                ctx.close();
                return;
            }
            dispatchNext(ctx);
        });
    }

    /** The caller, or {@code null} when the handshake ended without a client certificate (not expected: it is required). */
    private Caller identify(ChannelHandlerContext ctx) {
        SSLSession tls = ctx.pipeline().get(SslHandler.class).engine().getSession();
        X509Certificate[] chain = ClientIdentityHandler.peerChain(tls);
        InetSocketAddress remote = ClientIdentityHandler.remote(ctx);
        if (chain.length == 0) {
            LOG.error("A management handshake completed without a client certificate; closing the connection");
            return null;
        }
        X509Certificate leaf = chain[0];
        Role role = roles.roleOf(chain, clock.instant());
        Caller identified = new Caller(role, leaf.getSubjectX500Principal().getName(), Fingerprints.sha256Hex(leaf),
                ClientIdentityHandler.address(remote), remote != null ? remote.getPort() : 0, tls.getProtocol(),
                tls.getCipherSuite());
        if (role == null) {
            LOG.info("Management connection from {} ({}) has no role: every call is refused", identified.remoteAddress(),
                    identified.certificateSubject());
        }
        return identified;
    }

    private void handshakeFailed(ChannelHandlerContext ctx, Throwable cause) {
        if (ClientIdentityHandler.causedBy(cause, ClosedChannelException.class) != null) {
            return; // a port probe: gone, not refused
        }
        InetSocketAddress remote = ClientIdentityHandler.remote(ctx);
        String address = ClientIdentityHandler.address(remote);
        int port = remote != null ? remote.getPort() : 0;
        String reason = ClientIdentityHandler.refusalReason(cause);
        ClientCertificateRefusedException refusal = ClientIdentityHandler.causedBy(cause,
                ClientCertificateRefusedException.class);
        String subject = refusal != null ? refusal.subject() : null;
        String fingerprint = refusal != null ? refusal.fingerprint() : null;
        LOG.warn("Refused management client {}:{}{}: {}", address, port, subject != null ? " (" + subject + ")" : "",
                reason);
        workers.run(ctx.channel(), () -> {
            audit.handshakeRefused(address, port, subject, fingerprint, reason);
            return null;
        }, (ignored, failure) -> {
            if (failure != null) {
                LOG.error("Could not audit the refused management handshake from {}:{}", address, port, failure);
            }
            ctx.close();
        });
    }

    /**
     * A streaming response's open channel: each chunk is one HTTP chunk, flushed at once. When the
     * client reads slower than events arrive and the unsent backlog passes the channel's high water
     * mark ({@link ManagementServer#STREAM_BACKLOG_BYTES}), {@link #send} refuses and the stream is
     * ended: the subscriber reconnects and pages the gap with {@code GET /api/v2/events}.
     */
    static final class ChannelEventStream implements ApiResponse.EventStream {

        private final Channel channel;
        private final AtomicBoolean ended = new AtomicBoolean();
        private final List<Runnable> onClose = new CopyOnWriteArrayList<>();

        ChannelEventStream(Channel channel) {
            this.channel = channel;
            channel.closeFuture().addListener(closed -> {
                ended.set(true);
                onClose.forEach(Runnable::run);
            });
        }

        @Override
        public boolean send(String chunk) {
            if (ended.get() || !channel.isActive()) {
                return false;
            }
            if (!channel.isWritable()) {
                LOG.warn("Event stream {} to {} has {} bytes unsent; ending it (the client reads too slowly)",
                        channel.id().asShortText(), channel.remoteAddress(),
                        channel.unsafe().outboundBuffer() == null ? 0
                                : channel.unsafe().outboundBuffer().totalPendingWriteBytes());
                return false;
            }
            channel.writeAndFlush(new DefaultHttpContent(Unpooled.copiedBuffer(chunk, StandardCharsets.UTF_8)));
            return true;
        }

        @Override
        public void close() {
            if (ended.compareAndSet(false, true)) {
                channel.writeAndFlush(LastHttpContent.EMPTY_LAST_CONTENT).addListener(ChannelFutureListener.CLOSE);
            }
        }

        @Override
        public void onClose(Runnable action) {
            onClose.add(action);
            if (!channel.isOpen() && onClose.remove(action)) {
                action.run();
            }
        }
    }
}

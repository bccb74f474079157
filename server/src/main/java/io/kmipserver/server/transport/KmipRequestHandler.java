package io.kmipserver.server.transport;

import io.kmipserver.codec.message.RequestMessage;
import io.kmipserver.codec.message.ResponseMessage;
import io.kmipserver.codec.netty.DecodeFailure;
import io.kmipserver.codec.netty.KmipFrameDecoder;
import io.kmipserver.codec.netty.KmipFrameDecoder.FrameDecodeFailure;
import io.kmipserver.server.protocol.ClientSession;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.DecoderException;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.util.ReferenceCountUtil;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers one connection's requests, one at a time and in order: KMIP is request/response per
 * connection (KMIP 1.4 §10, 2.1 §11: the server answers each request message with one response
 * message), so a client that sends the next request before the answer still gets its answers in
 * sequence.
 *
 * <p>Each decoded message is queued; the head of the queue goes to the worker pool. When a message
 * arrives while another is in flight (a client that does not wait for its answers), the channel stops
 * reading (auto-read off) until the queue is empty again. The queue therefore holds at most what one
 * socket read delivered, and a busy server slows its clients down instead of buffering them. A client
 * that waits for each answer, as KMIP clients do, never trips that switch: turning reading off and on
 * around every request cost two {@code epoll_ctl} calls per request on the event loop, for nothing.
 * When the answer has been written the next message goes, or reading resumes.
 *
 * <ul>
 *   <li>{@link RequestMessage} → {@link io.kmipserver.server.protocol.KmipRequestProcessor#process};
 *   <li>{@link DecodeFailure} (the frame was whole, its content not a valid request) →
 *       {@code processUndecodable}; the connection stays open;
 *   <li>{@link FrameDecodeFailure} (the stream broke the framing rules and cannot be resynchronised)
 *       → {@code frameRejected}, then the connection closes without a response;
 *   <li>a message that started but did not arrive in full within the read timeout → the same, so
 *       no client can hold a connection and a partial buffer forever (DESIGN.md invariant 7).
 * </ul>
 *
 * <p>One instance per channel; confined to its event loop.
 */
final class KmipRequestHandler extends ChannelInboundHandlerAdapter {

    /** Fired down the pipeline by a stopping server: answer what is in flight, then close. */
    static final Object DRAIN = new Object() {
        @Override
        public String toString() {
            return "DRAIN";
        }
    };

    private static final Logger LOG = LoggerFactory.getLogger(KmipRequestHandler.class);

    private final Dispatcher dispatcher;
    private final ArrayDeque<Object> pending = new ArrayDeque<>();
    private KmipFrameDecoder frameDecoder;
    private ScheduledFuture<?> incompleteFrameTimer;
    private boolean busy;
    private boolean closing;

    KmipRequestHandler(Dispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        frameDecoder = ctx.pipeline().get(KmipFrameDecoder.class);
    }

    /** True while a message of this connection is with the workers (tests and metrics). */
    boolean busy() {
        return busy;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (closing) {
            ReferenceCountUtil.release(msg);
            return;
        }
        pending.add(msg);
        if (busy) {
            ctx.channel().config().setAutoRead(false);
            return;
        }
        dispatchNext(ctx);
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
        watchIncompleteFrame(ctx);
        ctx.fireChannelReadComplete();
    }

    private void dispatchNext(ChannelHandlerContext ctx) {
        if (busy || closing) {
            return;
        }
        Object msg = pending.poll();
        if (msg == null) {
            if (dispatcher.draining()) {
                close(ctx);
            } else {
                ctx.channel().config().setAutoRead(true);
                watchIncompleteFrame(ctx);
            }
            return;
        }
        ClientSession session = ctx.channel().attr(ClientIdentityHandler.SESSION).get();
        if (session == null || dispatcher.draining()) {
            // No session: the identity handler refused the client and is closing the channel.
            ReferenceCountUtil.release(msg);
            close(ctx);
            return;
        }
        cancelIncompleteFrameTimer();
        busy = true;
        if (msg instanceof RequestMessage request) {
            answer(ctx, () -> dispatcher.process(request, session));
        } else if (msg instanceof DecodeFailure failure) {
            answer(ctx, () -> dispatcher.processor.processUndecodable(failure.error(), session));
        } else if (msg instanceof FrameDecodeFailure failure) {
            rejectFrame(ctx, session, failure.cause().getMessage());
        } else {
            LOG.warn("Closing connection {}: unexpected pipeline message {}", session.connectionId(),
                    msg.getClass().getName());
            ReferenceCountUtil.release(msg);
            close(ctx);
        }
    }

    private void answer(ChannelHandlerContext ctx, Callable<ResponseMessage> work) {
        dispatcher.requestStarted();
        dispatcher.workers.run(ctx.channel(), work, (response, failure) -> {
            if (failure != null || response == null) {
                // The processor's contract is never to throw; whatever it did, nothing safe can be
                // sent: no audit event vouches for an answer (DESIGN.md invariant 2).
                String incident = UUID.randomUUID().toString();
                LOG.error("Incident {}: the request processor failed on connection {}; closing it", incident,
                        sessionId(ctx), failure);
                dispatcher.requestFinished();
                close(ctx);
                return;
            }
            ctx.writeAndFlush(response).addListener(written -> {
                dispatcher.requestFinished();
                busy = false;
                if (!written.isSuccess()) {
                    if (ctx.channel().isActive()) {
                        LOG.error("Closing connection {}: its response could not be written", sessionId(ctx),
                                written.cause());
                    }
                    close(ctx);
                    return;
                }
                dispatchNext(ctx);
            });
        });
    }

    private void rejectFrame(ChannelHandlerContext ctx, ClientSession session, String reason) {
        closing = true;
        releasePending();
        LOG.info("Closing connection {} of adapter {}: {}", session.connectionId(), session.adapterName(), reason);
        dispatcher.workers.run(ctx.channel(), () -> {
            dispatcher.auditor.frameRejected(session, reason);
            return null;
        }, (ignored, failure) -> {
            if (failure != null) {
                LOG.error("Could not audit the rejected frame of connection {}", session.connectionId(), failure);
            }
            ctx.close();
        });
    }

    /**
     * Starts the read timeout when a message has begun to arrive and this connection is reading, and
     * stops it otherwise. Time spent waiting for our own answer does not count against the client.
     */
    private void watchIncompleteFrame(ChannelHandlerContext ctx) {
        boolean waitingForRest = frameDecoder != null && !frameDecoder.failed() && frameDecoder.bufferedBytes() > 0
                && !busy && !closing && pending.isEmpty();
        if (waitingForRest && incompleteFrameTimer == null) {
            incompleteFrameTimer = ctx.executor().schedule(() -> incompleteFrameTimedOut(ctx),
                    dispatcher.incompleteFrameTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } else if (!waitingForRest) {
            cancelIncompleteFrameTimer();
        }
    }

    private void incompleteFrameTimedOut(ChannelHandlerContext ctx) {
        incompleteFrameTimer = null;
        if (busy || closing || frameDecoder.bufferedBytes() == 0) {
            return;
        }
        ClientSession session = ctx.channel().attr(ClientIdentityHandler.SESSION).get();
        if (session == null) {
            close(ctx);
            return;
        }
        busy = true;
        rejectFrame(ctx, session, "incomplete message: " + frameDecoder.bufferedBytes()
                + " bytes of a message arrived but not the rest within " + dispatcher.incompleteFrameTimeout);
    }

    private void cancelIncompleteFrameTimer() {
        if (incompleteFrameTimer != null) {
            incompleteFrameTimer.cancel(false);
            incompleteFrameTimer = null;
        }
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
        if (evt instanceof IdleStateEvent) {
            if (!busy && !closing) {
                LOG.debug("Closing idle connection {}", sessionId(ctx));
                close(ctx);
            }
            return;
        }
        if (evt == DRAIN) {
            if (!busy) {
                close(ctx);
            }
            return;
        }
        super.userEventTriggered(ctx, evt);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        closing = true;
        cancelIncompleteFrameTimer();
        releasePending();
        super.channelInactive(ctx);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (cause instanceof IOException
                || (cause instanceof DecoderException && cause.getCause() instanceof SSLException)) {
            // The peer reset the connection or broke TLS: common, and nothing the server can fix.
            LOG.debug("Connection {} failed: {}", sessionId(ctx), cause.toString());
        } else {
            LOG.warn("Closing connection {} after an unexpected error", sessionId(ctx), cause);
        }
        close(ctx);
    }

    private void close(ChannelHandlerContext ctx) {
        closing = true;
        cancelIncompleteFrameTimer();
        releasePending();
        ctx.close();
    }

    private void releasePending() {
        Object msg;
        while ((msg = pending.poll()) != null) {
            ReferenceCountUtil.release(msg);
        }
    }

    private static String sessionId(ChannelHandlerContext ctx) {
        ClientSession session = ctx.channel().attr(ClientIdentityHandler.SESSION).get();
        return session != null ? session.connectionId() : ctx.channel().id().asShortText();
    }
}

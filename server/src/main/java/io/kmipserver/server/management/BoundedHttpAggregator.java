package io.kmipserver.server.management;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpUtil;

/**
 * Aggregates a request into one {@link io.netty.handler.codec.http.FullHttpRequest}, holding at most
 * {@code management.max-body-size} bytes of body. A larger request — announced by its Content-Length,
 * or found while its chunks arrive — is not answered here (Netty's aggregator would send its own 413,
 * unaudited): its head goes on as {@link OversizedRequest}, its body is discarded, and the request
 * handler answers 413 after auditing. A request that expects {@code 100 Continue} for a body that is
 * too large gets no Continue.
 *
 * <p>One instance per channel; confined to its event loop.
 */
final class BoundedHttpAggregator extends HttpObjectAggregator {

    /** The head of a request whose body exceeded the limit. */
    record OversizedRequest(HttpRequest head, String contentType) {
    }

    BoundedHttpAggregator(int maxBodySize) {
        super(maxBodySize);
    }

    @Override
    protected Object newContinueResponse(HttpMessage start, int maxContentLength, ChannelPipeline pipeline) {
        if (HttpUtil.is100ContinueExpected(start) && HttpUtil.getContentLength(start, -1L) > maxContentLength) {
            return null; // isContentLengthInvalid then hands it to handleOversizedMessage
        }
        return super.newContinueResponse(start, maxContentLength, pipeline);
    }

    @Override
    protected void handleOversizedMessage(ChannelHandlerContext ctx, HttpMessage oversized) {
        if (oversized instanceof HttpRequest request) {
            ctx.fireChannelRead(new OversizedRequest(request, request.headers().get(HttpHeaderNames.CONTENT_TYPE)));
        } else {
            ctx.close();
        }
    }
}

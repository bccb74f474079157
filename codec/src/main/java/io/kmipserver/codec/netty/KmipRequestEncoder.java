package io.kmipserver.codec.netty;

import io.kmipserver.codec.message.KmipMessages;
import io.kmipserver.codec.message.RequestMessage;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToByteEncoder;

/**
 * Client side (tests, load generator): writes a {@link RequestMessage} as TTLV in its own protocol
 * version.
 *
 * <p>Stateless and {@link Sharable}.
 */
@Sharable
public final class KmipRequestEncoder extends MessageToByteEncoder<RequestMessage> {

    public KmipRequestEncoder() {
        super(RequestMessage.class);
    }

    @Override
    protected void encode(ChannelHandlerContext ctx, RequestMessage request, ByteBuf out) {
        KmipMessages.encodeRequest(request, out);
    }
}

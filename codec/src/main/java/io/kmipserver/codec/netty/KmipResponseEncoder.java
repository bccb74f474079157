package io.kmipserver.codec.netty;

import io.kmipserver.codec.message.KmipMessages;
import io.kmipserver.codec.message.ResponseMessage;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToByteEncoder;

/**
 * Server side: writes a {@link ResponseMessage} as TTLV in its own protocol version. A response the
 * version cannot express fails the write's promise with an {@link io.netty.handler.codec.EncoderException};
 * nothing is written for it.
 *
 * <p>Stateless and {@link Sharable}.
 */
@Sharable
public final class KmipResponseEncoder extends MessageToByteEncoder<ResponseMessage> {

    public KmipResponseEncoder() {
        super(ResponseMessage.class);
    }

    @Override
    protected void encode(ChannelHandlerContext ctx, ResponseMessage response, ByteBuf out) {
        KmipMessages.encodeResponse(response, out);
    }
}

package io.kmipserver.codec.netty;

import io.kmipserver.codec.message.KmipMessages;
import io.kmipserver.codec.message.ResponseMessage;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToMessageDecoder;
import java.util.List;

/**
 * Client side (tests, load generator): turns each whole frame from {@link KmipFrameDecoder} into a
 * {@link ResponseMessage}. A malformed response is a server bug from the client's view: it surfaces
 * as a {@link io.netty.handler.codec.DecoderException} through {@code exceptionCaught}.
 *
 * <p>Stateless and {@link Sharable}.
 */
@Sharable
public final class KmipResponseDecoder extends MessageToMessageDecoder<ByteBuf> {

    public KmipResponseDecoder() {
        super(ByteBuf.class);
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf frame, List<Object> out) {
        out.add(KmipMessages.decodeResponse(frame));
    }
}

package io.kmipserver.codec.netty;

import io.kmipserver.codec.message.KmipMessages;
import io.kmipserver.codec.message.RequestDecodeException;
import io.kmipserver.codec.message.RequestMessage;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToMessageDecoder;
import java.util.List;

/**
 * Server side: turns each whole frame from {@link KmipFrameDecoder} into a {@link RequestMessage},
 * or into a {@link DecodeFailure} when the frame is not a valid request. Never throws for bad input:
 * a malformed message is a normal, client-caused event the server answers with Invalid Message or
 * Invalid Field. Frames are released after decoding; the records hold no reference to them.
 * {@link KmipFrameDecoder.FrameDecodeFailure} passes through untouched.
 *
 * <p>Stateless and {@link Sharable}: one instance may serve every channel.
 */
@Sharable
public final class KmipRequestDecoder extends MessageToMessageDecoder<ByteBuf> {

    public KmipRequestDecoder() {
        super(ByteBuf.class);
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf frame, List<Object> out) {
        try {
            out.add(KmipMessages.decodeRequest(frame));
        } catch (RequestDecodeException e) {
            frame.skipBytes(frame.readableBytes());
            out.add(new DecodeFailure(e));
        }
    }
}

package io.kmipserver.codec.netty;

import io.kmipserver.codec.ttlv.ItemType;
import io.kmipserver.codec.ttlv.TtlvDecodeException;
import io.kmipserver.codec.ttlv.TtlvDecodeException.Problem;
import io.kmipserver.codec.ttlv.TtlvReader;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.netty.util.ReferenceCountUtil;
import java.util.List;
import java.util.Objects;

/**
 * Cuts a connection's byte stream into KMIP messages. KMIP has no framing of its own: a message is
 * exactly one top-level TTLV Structure (KMIP 1.4 §7.1 Tables 280/281, 2.1 §8.1 Tables 394/397), so
 * a frame is its 8-byte header (Tag 3, Type 1, Length 4; KMIP 1.4 §9.1.1, 2.1 §10.1) plus Length
 * bytes.
 *
 * <p>Emits, per message, either a {@link ByteBuf} holding the whole frame, header included (a
 * retained slice: the next handler must release it), or once a {@link FrameDecodeFailure}. Every
 * rule is checked on the header, before any byte of the body is buffered, as early as the bytes
 * that decide it have arrived:
 * <ol>
 *   <li>the tag is one of the accepted message tags — {@link #REQUEST_MESSAGE_TAG} on a server,
 *       {@link #RESPONSE_MESSAGE_TAG} on a client ({@link Problem#UNEXPECTED_TAG});
 *   <li>the type is Structure, 0x01 ({@link Problem#UNKNOWN_ITEM_TYPE} for a byte that names no
 *       type, {@link Problem#UNEXPECTED_TYPE} for any other type);
 *   <li>the length is a multiple of 8, as every Structure's is (KMIP 1.4 §9.1.1.3 Table 287, 2.1
 *       §10.1.3 Table 427; {@link Problem#LENGTH_TYPE_MISMATCH});
 *   <li>8 + length is at most the maximum message size, so that no message can make the server
 *       allocate more than that (DESIGN.md invariant 7; {@link Problem#TOO_LARGE}). A declared
 *       length of 4 GiB is refused after 8 bytes and never allocates.
 * </ol>
 * The body is not parsed here; the message decoder does that with the bounded {@link TtlvReader}.
 *
 * <p>After a violation the stream cannot be resynchronised (TTLV has no frame marker to search
 * for), so the decoder emits the failure once, turns off auto-read, and from then on discards every
 * byte it is handed without buffering it. The handler that receives the failure reports it (an
 * audit event; KMIP 1.4 §11.1 Table 327 calls such a message Invalid Message) and closes the
 * connection.
 *
 * <p>A frame that has not fully arrived is simply awaited. The decoder holds at most one partial
 * frame (at most the maximum message size) plus what the last socket read delivered after it; a
 * client that never sends the rest is the server's read timeout's business, not the decoder's.
 * Bytes of a partial frame still buffered when the connection closes are dropped.
 *
 * <p>Stateful: one instance per channel, never shared; runs on the channel's event loop.
 */
public final class KmipFrameDecoder extends ByteToMessageDecoder {

    /** Tag of the Request Message structure (KMIP 1.4 §7.1 Table 280, 2.1 §8.1 Table 394). */
    public static final int REQUEST_MESSAGE_TAG = 0x420078;

    /** Tag of the Response Message structure (KMIP 1.4 §7.1 Table 281, 2.1 §8.1 Table 397). */
    public static final int RESPONSE_MESSAGE_TAG = 0x42007B;

    /** The maximum message size when none is configured: 1 MiB, header included. */
    public static final int DEFAULT_MAX_MESSAGE_SIZE = 1 << 20;

    /** Byte offset of the type byte within the header: after the 3 tag bytes. */
    private static final int TYPE_OFFSET = 3;

    /** Byte offset of the 4-byte length within the header. */
    private static final int LENGTH_OFFSET = 4;

    /**
     * A frame that broke one of the framing rules. Emitted once per connection, instead of a frame;
     * nothing is decoded after it.
     *
     * @param cause the broken rule ({@link TtlvDecodeException#problem()}); its message names the
     *     tag, type or length found, never message content, and is safe to show the client
     */
    public record FrameDecodeFailure(TtlvDecodeException cause) {
        public FrameDecodeFailure {
            Objects.requireNonNull(cause, "cause");
        }
    }

    private final int maxMessageSize;
    private final int[] acceptedTags;
    private boolean failed;

    /**
     * @param maxMessageSize the largest frame accepted, header included; at least 8
     * @param acceptedTags the top-level tags accepted, e.g. {@link #REQUEST_MESSAGE_TAG}
     */
    public KmipFrameDecoder(int maxMessageSize, int... acceptedTags) {
        if (maxMessageSize < TtlvReader.HEADER_LENGTH) {
            throw new IllegalArgumentException("maximum message size below the 8-byte header: " + maxMessageSize);
        }
        if (acceptedTags.length == 0) {
            throw new IllegalArgumentException("no accepted message tag");
        }
        for (int tag : acceptedTags) {
            if ((tag & ~0xFFFFFF) != 0) {
                throw new IllegalArgumentException("a tag has 3 bytes: " + Integer.toHexString(tag));
            }
        }
        this.maxMessageSize = maxMessageSize;
        this.acceptedTags = acceptedTags.clone();
    }

    /** A server's decoder: accepts Request Messages of at most {@code maxMessageSize} bytes. */
    public static KmipFrameDecoder forRequests(int maxMessageSize) {
        return new KmipFrameDecoder(maxMessageSize, REQUEST_MESSAGE_TAG);
    }

    /** A server's decoder with the {@link #DEFAULT_MAX_MESSAGE_SIZE}. */
    public static KmipFrameDecoder forRequests() {
        return forRequests(DEFAULT_MAX_MESSAGE_SIZE);
    }

    /** A client's decoder: accepts Response Messages of at most {@code maxMessageSize} bytes. */
    public static KmipFrameDecoder forResponses(int maxMessageSize) {
        return new KmipFrameDecoder(maxMessageSize, RESPONSE_MESSAGE_TAG);
    }

    public int maxMessageSize() {
        return maxMessageSize;
    }

    /** True once a framing rule was broken; the connection decodes nothing more. */
    public boolean failed() {
        return failed;
    }

    /**
     * Bytes held while waiting for the rest of a frame: at most one partial frame. Non-zero means a
     * message has begun to arrive, which is when a read timeout should run.
     */
    public int bufferedBytes() {
        return actualReadableBytes();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
        if (failed) {
            // The stream is lost; drop what arrives without accumulating it.
            ReferenceCountUtil.release(msg);
            return;
        }
        super.channelRead(ctx, msg);
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) throws Exception {
        if (failed) {
            // Skip the base class: it would ask for another read when no frame was emitted.
            ctx.fireChannelReadComplete();
            return;
        }
        super.channelReadComplete(ctx);
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        if (failed) {
            in.skipBytes(in.readableBytes());
            return;
        }
        int readable = in.readableBytes();
        int start = in.readerIndex();
        if (readable >= TYPE_OFFSET) {
            int tag = in.getUnsignedMedium(start);
            if (!accepted(tag)) {
                fail(ctx, in, out, new TtlvDecodeException(Problem.UNEXPECTED_TAG, 0, tag,
                        "a message must be one of the structures " + acceptedTagsHex()));
                return;
            }
            if (readable > TYPE_OFFSET) {
                int code = in.getUnsignedByte(start + TYPE_OFFSET);
                if (code != ItemType.STRUCTURE.code()) {
                    ItemType type = ItemType.fromCode(code);
                    fail(ctx, in, out, type == null
                            ? new TtlvDecodeException(Problem.UNKNOWN_ITEM_TYPE, 0, tag,
                                    String.format("type byte 0x%02X", code))
                            : new TtlvDecodeException(Problem.UNEXPECTED_TYPE, 0, tag,
                                    "a message must be a Structure, found " + type.specName()));
                    return;
                }
            }
        }
        if (readable < TtlvReader.HEADER_LENGTH) {
            return;
        }
        int tag = in.getUnsignedMedium(start);
        long length = in.getUnsignedInt(start + LENGTH_OFFSET);
        if (length % 8 != 0) {
            fail(ctx, in, out, new TtlvDecodeException(Problem.LENGTH_TYPE_MISMATCH, 0, tag,
                    "Structure length " + length + " is not a multiple of 8"));
            return;
        }
        long frameLength = TtlvReader.HEADER_LENGTH + length;
        if (frameLength > maxMessageSize) {
            fail(ctx, in, out, new TtlvDecodeException(Problem.TOO_LARGE, 0, tag,
                    "message of " + frameLength + " bytes exceeds the maximum message size of " + maxMessageSize));
            return;
        }
        if (readable < frameLength) {
            return;
        }
        out.add(in.readRetainedSlice((int) frameLength));
    }

    private void fail(ChannelHandlerContext ctx, ByteBuf in, List<Object> out, TtlvDecodeException cause) {
        failed = true;
        in.skipBytes(in.readableBytes());
        ctx.channel().config().setAutoRead(false);
        out.add(new FrameDecodeFailure(cause));
    }

    private boolean accepted(int tag) {
        for (int t : acceptedTags) {
            if (t == tag) {
                return true;
            }
        }
        return false;
    }

    private String acceptedTagsHex() {
        StringBuilder s = new StringBuilder();
        for (int t : acceptedTags) {
            if (s.length() > 0) {
                s.append(", ");
            }
            s.append(String.format("0x%06X", t));
        }
        return s.toString();
    }

    @Override
    public String toString() {
        return "KmipFrameDecoder[maxMessageSize=" + maxMessageSize + ", acceptedTags=" + acceptedTagsHex() + "]";
    }
}

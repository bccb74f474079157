package io.kmipserver.codec.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import io.kmipserver.codec.netty.KmipFrameDecoder;
import io.kmipserver.codec.netty.KmipFrameDecoder.FrameDecodeFailure;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link KmipFrameDecoder} in an {@link EmbeddedChannel}, fed the way a socket would feed it: in
 * one read, one byte per read, or in chunks. Every buffer it writes is tracked, and {@link #close()}
 * asserts that the decoder released each of them, so that a leak fails the test rather than only
 * logging under paranoid leak detection.
 */
public final class FrameHarness implements AutoCloseable {

    /** How the bytes reach the decoder. */
    public enum Feed {
        ONE_READ,
        ONE_BYTE_PER_READ,
        SEVEN_BYTES_PER_READ
    }

    private final KmipFrameDecoder decoder;
    private final EmbeddedChannel channel;
    private final List<ByteBuf> written = new ArrayList<>();
    private int maxBuffered;

    public FrameHarness(KmipFrameDecoder decoder) {
        this.decoder = decoder;
        this.channel = new EmbeddedChannel(decoder);
    }

    public static FrameHarness server() {
        return new FrameHarness(KmipFrameDecoder.forRequests());
    }

    public KmipFrameDecoder decoder() {
        return decoder;
    }

    public EmbeddedChannel channel() {
        return channel;
    }

    /** The most bytes the decoder held between two reads. */
    public int maxBuffered() {
        return maxBuffered;
    }

    public FrameHarness feed(byte[] bytes, Feed feed) {
        int chunk = switch (feed) {
            case ONE_READ -> Math.max(1, bytes.length);
            case ONE_BYTE_PER_READ -> 1;
            case SEVEN_BYTES_PER_READ -> 7;
        };
        return feedInChunks(bytes, chunk);
    }

    public FrameHarness feedInChunks(byte[] bytes, int chunk) {
        for (int i = 0; i < bytes.length; i += chunk) {
            write(bytes, i, Math.min(chunk, bytes.length - i));
        }
        return this;
    }

    /** One read of {@code length} bytes from {@code offset}. */
    public FrameHarness write(byte[] bytes, int offset, int length) {
        ByteBuf buf = Unpooled.buffer(length).writeBytes(bytes, offset, length);
        written.add(buf);
        channel.writeInbound(buf);
        maxBuffered = Math.max(maxBuffered, decoder.bufferedBytes());
        return this;
    }

    /** Everything the decoder emitted so far, frames copied into byte arrays and released. */
    public List<Object> drain() {
        List<Object> out = new ArrayList<>();
        Object o;
        while ((o = channel.readInbound()) != null) {
            if (o instanceof ByteBuf frame) {
                out.add(ByteBufUtil.getBytes(frame));
                // A frame is a retained slice sharing the reference count of the buffer it was cut
                // from; close() checks that those buffers end at zero.
                frame.release();
            } else {
                out.add(o);
            }
        }
        return out;
    }

    /** Drains and expects exactly one failure and nothing else. */
    public FrameDecodeFailure onlyFailure() {
        List<Object> out = drain();
        assertThat(out).hasSize(1);
        assertThat(out.get(0)).isInstanceOf(FrameDecodeFailure.class);
        return (FrameDecodeFailure) out.get(0);
    }

    @Override
    public void close() {
        drain();
        channel.finishAndReleaseAll();
        for (ByteBuf b : written) {
            assertThat(b.refCnt()).as("every buffer handed to the decoder is released").isZero();
        }
    }
}

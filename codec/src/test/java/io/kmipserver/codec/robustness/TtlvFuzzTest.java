package io.kmipserver.codec.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.kmipserver.codec.netty.KmipFrameDecoder;
import io.kmipserver.codec.netty.KmipFrameDecoder.FrameDecodeFailure;
import io.kmipserver.codec.ttlv.ItemType;
import io.kmipserver.codec.ttlv.TtlvDecodeException;
import io.kmipserver.codec.ttlv.TtlvItem;
import io.kmipserver.codec.ttlv.TtlvReader;
import io.kmipserver.codec.ttlv.TtlvWriter;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;

/**
 * Fuzz targets for the TTLV reader and the frame decoder (Jazzer). Plain {@code mvn verify} replays
 * the committed inputs under {@code src/test/resources/io/kmipserver/codec/robustness/TtlvFuzzTestInputs/};
 * {@code JAZZER_FUZZ=1 mvn -pl codec test -Dtest=TtlvFuzzTest#<method>} fuzzes one target, and a
 * crash it finds lands in that directory as a new regression input.
 *
 * <p>Each target accepts exactly one kind of failure, {@link TtlvDecodeException}: anything else that
 * escapes (an {@code IndexOutOfBoundsException}, an {@code OutOfMemoryError}, a failed assertion) is
 * a finding.
 */
class TtlvFuzzTest {

    /** A small maximum message size, so that the fuzzer reaches the limit with short inputs. */
    private static final int FUZZ_MAX_MESSAGE_SIZE = 512;

    /** Read sizes the frame target cycles through, from single bytes to more than a frame. */
    private static final int[] READ_SIZES = {1, 7, 8, 3, 64, 2, 600};

    /** Arbitrary bytes either decode into a tree that re-encodes to the same bytes, or are rejected. */
    @FuzzTest(maxDuration = "5m")
    void readerDecodesOrRejectsAnyBytes(byte[] input) {
        TtlvItem item = AllocationBudget.decodeWithinBudget(input.length, () -> decodeOrReject(input));
        if (item != null) {
            // The reader accepts only canonical TTLV, which the writer reproduces byte for byte.
            ByteBuf out = Unpooled.buffer(input.length);
            TtlvWriter.encode(item, out);
            assertThat(ByteBufUtil.getBytes(out)).isEqualTo(input);
        }
    }

    /**
     * Arbitrary bytes, arriving in reads of varying size, come out of the frame decoder as whole
     * frames that obey every framing rule, then at most one failure; nothing else escapes, and the
     * decoder never holds a maximum message's worth of bytes.
     */
    @FuzzTest(maxDuration = "5m")
    void frameDecoderEmitsValidFramesOrOneFailureForAnyBytes(byte[] input) {
        try (FrameHarness h = new FrameHarness(KmipFrameDecoder.forRequests(FUZZ_MAX_MESSAGE_SIZE))) {
            int offset = 0;
            for (int r = 0; offset < input.length; r++) {
                int n = Math.min(READ_SIZES[r % READ_SIZES.length], input.length - offset);
                h.write(input, offset, n);
                offset += n;
                assertThat(h.decoder().bufferedBytes()).isLessThan(FUZZ_MAX_MESSAGE_SIZE);
            }
            List<Object> out = h.drain();
            int consumed = 0;
            for (int i = 0; i < out.size(); i++) {
                Object o = out.get(i);
                if (o instanceof FrameDecodeFailure) {
                    assertThat(i).as("the failure is the last thing emitted").isEqualTo(out.size() - 1);
                    assertThat(h.decoder().failed()).isTrue();
                    assertThat(h.decoder().bufferedBytes()).isZero();
                    return;
                }
                byte[] frame = (byte[]) o;
                assertFrameObeysTheRules(frame);
                assertThat(Arrays.copyOfRange(input, consumed, consumed + frame.length)).isEqualTo(frame);
                consumed += frame.length;
                decodeOrReject(frame);
            }
            assertThat(h.decoder().failed()).isFalse();
            assertThat(consumed + h.decoder().bufferedBytes()).as("every byte is emitted or awaited")
                    .isEqualTo(input.length);
        }
    }

    private static void assertFrameObeysTheRules(byte[] frame) {
        ByteBuffer b = ByteBuffer.wrap(frame);
        int tagAndType = b.getInt(0);
        long length = b.getInt(4) & 0xFFFF_FFFFL;
        assertThat(tagAndType >>> 8).isEqualTo(KmipFrameDecoder.REQUEST_MESSAGE_TAG);
        assertThat(tagAndType & 0xFF).isEqualTo(ItemType.STRUCTURE.code());
        assertThat(length % 8).isZero();
        assertThat(frame.length).isEqualTo(8 + length).isLessThanOrEqualTo(FUZZ_MAX_MESSAGE_SIZE);
    }

    /** The tree, or {@code null} when the reader rejected the bytes with a TtlvDecodeException. */
    private static TtlvItem decodeOrReject(byte[] bytes) {
        try {
            return TtlvReader.decode(Unpooled.wrappedBuffer(bytes));
        } catch (TtlvDecodeException expected) {
            assertThat(expected.problem()).isNotNull();
            return null;
        }
    }
}

package io.kmipserver.codec.robustness;

import static io.kmipserver.codec.robustness.Wire.concat;
import static io.kmipserver.codec.robustness.Wire.header;
import static io.kmipserver.codec.robustness.Wire.integer;
import static io.kmipserver.codec.robustness.Wire.request;
import static io.kmipserver.codec.spec.Tag.BATCH_COUNT;
import static io.kmipserver.codec.spec.Tag.REQUEST_MESSAGE;
import static io.kmipserver.codec.spec.Tag.RESPONSE_MESSAGE;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.ThreadMXBean;
import io.kmipserver.codec.netty.KmipFrameDecoder;
import io.kmipserver.codec.netty.KmipFrameDecoder.FrameDecodeFailure;
import io.kmipserver.codec.robustness.FrameHarness.Feed;
import io.kmipserver.codec.spec.Tag;
import io.kmipserver.codec.ttlv.TtlvDecodeException.Problem;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One test per framing rule of {@link KmipFrameDecoder}, each fed in one read, one byte per read and
 * seven bytes per read. A frame is one top-level TTLV Structure (KMIP 1.4 §7.1, §9.1.1; 2.1 §8.1,
 * §10.1).
 */
class MalformedFrameTest {

    /** A minimal well-formed request frame (its content is not the frame decoder's business). */
    private static final byte[] SMALL_REQUEST = request(integer(BATCH_COUNT, 1));

    @ParameterizedTest
    @ValueSource(longs = {0x7FFF_FFF8L, 0xFFFF_FFF8L, 1L << 20})
    void aDeclaredLengthBeyondTheMaximumIsRefusedFromTheHeaderWithoutBufferingTheBody(long length) {
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        try (FrameHarness h = FrameHarness.server()) {
            byte[] garbage = new byte[64 * 1024];
            long before = threads.getCurrentThreadAllocatedBytes();
            h.feed(header(REQUEST_MESSAGE, 0x01, length), Feed.ONE_BYTE_PER_READ);
            h.feed(garbage, Feed.ONE_READ);
            long allocated = threads.getCurrentThreadAllocatedBytes() - before;

            FrameDecodeFailure failure = h.onlyFailure();
            assertThat(failure.cause().problem()).isEqualTo(Problem.TOO_LARGE);
            assertThat(failure.cause().tag()).isEqualTo(REQUEST_MESSAGE);
            assertThat(h.maxBuffered()).as("at most the header was ever held").isLessThanOrEqualTo(7);
            assertThat(h.decoder().bufferedBytes()).isZero();
            // The 64 KiB read buffer is allocated by the test itself, before the measurement.
            assertThat(allocated).as("bytes allocated while refusing").isLessThan(256 * 1024);
        }
    }

    @ParameterizedTest
    @EnumSource(Feed.class)
    void aTopLevelItemThatIsNotAStructureIsRefused(Feed feed) {
        try (FrameHarness h = FrameHarness.server()) {
            h.feed(concat(header(REQUEST_MESSAGE, 0x02, 4), new byte[8]), feed);
            FrameDecodeFailure failure = h.onlyFailure();
            assertThat(failure.cause().problem()).isEqualTo(Problem.UNEXPECTED_TYPE);
            assertThat(failure.cause().getMessage()).contains("Integer");
        }
    }

    @ParameterizedTest
    @EnumSource(Feed.class)
    void aTopLevelTypeByteThatNamesNoTypeIsRefused(Feed feed) {
        try (FrameHarness h = FrameHarness.server()) {
            h.feed(concat(header(REQUEST_MESSAGE, 0x0C, 8), new byte[8]), feed);
            assertThat(h.onlyFailure().cause().problem()).isEqualTo(Problem.UNKNOWN_ITEM_TYPE);
        }
    }

    @ParameterizedTest
    @EnumSource(Feed.class)
    void aTopLevelStructureWithAnotherTagThanRequestMessageIsRefused(Feed feed) {
        try (FrameHarness h = FrameHarness.server()) {
            h.feed(Wire.structure(RESPONSE_MESSAGE, integer(BATCH_COUNT, 1)), feed);
            FrameDecodeFailure failure = h.onlyFailure();
            assertThat(failure.cause().problem()).isEqualTo(Problem.UNEXPECTED_TAG);
            assertThat(failure.cause().tag()).isEqualTo(RESPONSE_MESSAGE);
        }
    }

    @ParameterizedTest
    @EnumSource(Feed.class)
    void aWrongTagIsRefusedAsSoonAsItsThreeBytesHaveArrived(Feed feed) {
        try (FrameHarness h = FrameHarness.server()) {
            h.feed("GET".getBytes(StandardCharsets.US_ASCII), feed);
            assertThat(h.onlyFailure().cause().problem()).isEqualTo(Problem.UNEXPECTED_TAG);
        }
    }

    @ParameterizedTest
    @EnumSource(Feed.class)
    void aTopLevelLengthThatIsNotAMultipleOfEightIsRefused(Feed feed) {
        try (FrameHarness h = FrameHarness.server()) {
            h.feed(concat(header(REQUEST_MESSAGE, 0x01, 12), new byte[16]), feed);
            assertThat(h.onlyFailure().cause().problem()).isEqualTo(Problem.LENGTH_TYPE_MISMATCH);
        }
    }

    @ParameterizedTest
    @EnumSource(Feed.class)
    void aTruncatedFrameIsAwaitedAndEmitsNothing(Feed feed) {
        try (FrameHarness h = FrameHarness.server()) {
            h.feed(Arrays.copyOf(SMALL_REQUEST, SMALL_REQUEST.length - 1), feed);
            assertThat(h.drain()).isEmpty();
            assertThat(h.decoder().failed()).isFalse();
            assertThat(h.decoder().bufferedBytes()).isEqualTo(SMALL_REQUEST.length - 1);
            assertThat(h.channel().config().isAutoRead()).isTrue();

            h.write(SMALL_REQUEST, SMALL_REQUEST.length - 1, 1);
            assertThat(h.drain()).singleElement().isEqualTo(SMALL_REQUEST);
            assertThat(h.decoder().bufferedBytes()).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(Feed.class)
    void twoFramesInOneBufferAreEmittedAsTwoFrames(Feed feed) {
        byte[] second = request(integer(BATCH_COUNT, 2), integer(BATCH_COUNT, 3));
        try (FrameHarness h = FrameHarness.server()) {
            h.feed(concat(SMALL_REQUEST, second), feed);
            assertThat(h.drain()).containsExactly(SMALL_REQUEST, second);
        }
    }

    @ParameterizedTest
    @EnumSource(Feed.class)
    void oneFrameSplitOverManyReadsIsEmittedOnceWhole(Feed feed) {
        byte[] frame = request(integer(BATCH_COUNT, 1), Wire.textString(Tag.UNIQUE_IDENTIFIER,
                "49a1ca88-6bea-4fb2-b450-7e58802c3038".getBytes(StandardCharsets.UTF_8)));
        try (FrameHarness h = FrameHarness.server()) {
            h.feed(frame, feed);
            assertThat(h.drain()).singleElement().isEqualTo(frame);
        }
    }

    @Test
    void everySplitPointOfAFrameYieldsTheSameFrame() {
        for (int split = 1; split < SMALL_REQUEST.length; split++) {
            try (FrameHarness h = FrameHarness.server()) {
                h.write(SMALL_REQUEST, 0, split);
                assertThat(h.drain()).isEmpty();
                h.write(SMALL_REQUEST, split, SMALL_REQUEST.length - split);
                assertThat(h.drain()).as("split at %d", split).singleElement().isEqualTo(SMALL_REQUEST);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Feed.class)
    void aFrameOfExactlyTheMaximumSizeIsAcceptedAndOneOfEightBytesMoreIsRefused(Feed feed) {
        int max = 64;
        byte[] exact = concat(header(REQUEST_MESSAGE, 0x01, max - 8), new byte[max - 8]);
        byte[] over = concat(header(REQUEST_MESSAGE, 0x01, max), new byte[max]);
        try (FrameHarness h = new FrameHarness(KmipFrameDecoder.forRequests(max))) {
            h.feed(exact, feed);
            assertThat(h.drain()).singleElement().isEqualTo(exact);
            h.feed(over, feed);
            assertThat(h.onlyFailure().cause().problem()).isEqualTo(Problem.TOO_LARGE);
            assertThat(h.maxBuffered()).isLessThan(max);
        }
    }

    @ParameterizedTest
    @EnumSource(Feed.class)
    void afterAFailureNothingMoreIsDecodedOrBufferedAndReadingStops(Feed feed) {
        try (FrameHarness h = FrameHarness.server()) {
            h.feed(concat(header(REQUEST_MESSAGE, 0x01, 12), SMALL_REQUEST), feed);
            assertThat(h.onlyFailure().cause().problem()).isEqualTo(Problem.LENGTH_TYPE_MISMATCH);
            assertThat(h.decoder().failed()).isTrue();
            assertThat(h.channel().config().isAutoRead()).as("auto-read is off").isFalse();

            h.feed(SMALL_REQUEST, feed);
            h.feed(SMALL_REQUEST, feed);
            assertThat(h.drain()).as("a valid frame after the failure is discarded").isEmpty();
            assertThat(h.decoder().bufferedBytes()).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(Feed.class)
    void aClientDecoderAcceptsResponseMessagesAndRefusesRequestMessages(Feed feed) {
        byte[] response = Wire.structure(RESPONSE_MESSAGE, integer(BATCH_COUNT, 1));
        try (FrameHarness h = new FrameHarness(KmipFrameDecoder.forResponses(1024))) {
            h.feed(response, feed);
            assertThat(h.drain()).singleElement().isEqualTo(response);
            h.feed(SMALL_REQUEST, feed);
            assertThat(h.onlyFailure().cause().problem()).isEqualTo(Problem.UNEXPECTED_TAG);
        }
    }

    @Test
    void aPartialFrameLeftWhenTheConnectionClosesIsReleasedAndEmitsNothing() {
        FrameHarness h = FrameHarness.server();
        h.feed(Arrays.copyOf(SMALL_REQUEST, 20), Feed.ONE_READ);
        h.channel().close();
        assertThat(h.drain()).isEmpty();
        h.close();
    }

    @Test
    void theFailureMessageNamesTheRuleAndTheHeaderButNoContent() {
        try (FrameHarness h = new FrameHarness(KmipFrameDecoder.forRequests(64))) {
            h.feed(concat(header(REQUEST_MESSAGE, 0x01, 4096), new byte[] {'s', 'e', 'c', 'r', 'e', 't', 0, 0}),
                    Feed.ONE_READ);
            String message = h.onlyFailure().cause().getMessage();
            assertThat(message).contains("TOO_LARGE", "4104", "64").doesNotContain("secret");
        }
    }
}

package io.kmipserver.codec.netty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kmipserver.codec.netty.KmipFrameDecoder.FrameDecodeFailure;
import io.kmipserver.codec.robustness.FrameHarness;
import io.kmipserver.codec.robustness.FrameHarness.Feed;
import io.kmipserver.codec.robustness.Wire;
import io.kmipserver.codec.spec.Tag;
import io.kmipserver.codec.ttlv.TtlvItem;
import io.kmipserver.codec.ttlv.TtlvReader;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The frame decoder's contract with the handlers after it; the rule-by-rule tests are in codec.robustness. */
class KmipFrameDecoderTest {

    @Test
    void aServerDecoderAcceptsRequestMessagesUpToOneMebibyteByDefault() {
        KmipFrameDecoder d = KmipFrameDecoder.forRequests();
        assertThat(d.maxMessageSize()).isEqualTo(KmipFrameDecoder.DEFAULT_MAX_MESSAGE_SIZE).isEqualTo(1 << 20);
        assertThat(d.failed()).isFalse();
        assertThat(d).hasToString("KmipFrameDecoder[maxMessageSize=1048576, acceptedTags=0x420078]");
    }

    @Test
    void aDecoderCanAcceptSeveralMessageTags() {
        byte[] request = Wire.request(Wire.integer(Tag.BATCH_COUNT, 1));
        byte[] response = Wire.structure(Tag.RESPONSE_MESSAGE, Wire.integer(Tag.BATCH_COUNT, 1));
        KmipFrameDecoder both = new KmipFrameDecoder(64, KmipFrameDecoder.REQUEST_MESSAGE_TAG,
                KmipFrameDecoder.RESPONSE_MESSAGE_TAG);
        try (FrameHarness h = new FrameHarness(both)) {
            h.feed(Wire.concat(request, response), Feed.ONE_READ);
            assertThat(h.drain()).containsExactly(request, response);
        }
    }

    @Test
    void aMaximumSizeBelowTheHeaderOrNoTagOrAFourByteTagIsAProgrammingError() {
        assertThatThrownBy(() -> KmipFrameDecoder.forRequests(7)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new KmipFrameDecoder(64)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new KmipFrameDecoder(64, 0x1420078)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FrameDecodeFailure(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void everyRequestVectorPassesAsOneFrameThatDecodesWithTheTtlvReader() throws IOException {
        List<byte[]> requests = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/vectors/vectors.csv"))) {
            String hex = line.substring(line.lastIndexOf(',') + 1).trim();
            if (hex.startsWith("420078")) {
                requests.add(HexFormat.of().parseHex(hex));
            }
        }
        assertThat(requests).hasSizeGreaterThanOrEqualTo(10);
        EmbeddedChannel channel = new EmbeddedChannel(KmipFrameDecoder.forRequests());
        for (byte[] r : requests) {
            channel.writeInbound(Unpooled.wrappedBuffer(r));
        }
        for (byte[] r : requests) {
            ByteBuf frame = channel.readInbound();
            try {
                assertThat(frame.readableBytes()).isEqualTo(r.length);
                TtlvItem item = TtlvReader.decode(frame);
                assertThat(item.tag()).isEqualTo(KmipFrameDecoder.REQUEST_MESSAGE_TAG);
            } finally {
                frame.release();
            }
        }
        assertThat((Object) channel.readInbound()).isNull();
        assertThat(channel.finishAndReleaseAll()).isFalse();
    }
}

package io.kmipserver.codec.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.kmipserver.codec.message.KmipMessages;
import io.kmipserver.codec.message.RequestDecodeException;
import io.kmipserver.codec.message.RequestMessage;
import io.kmipserver.codec.spec.ResultReason;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;

/**
 * Fuzz target for the whole request decode, {@link KmipMessages#decodeRequest}: what the server does
 * with every frame. Plain {@code mvn verify} replays the committed inputs under
 * {@code src/test/resources/io/kmipserver/codec/robustness/RequestFuzzTestInputs/};
 * {@code JAZZER_FUZZ=1 mvn -pl codec test -Dtest=RequestFuzzTest#requestDecoderDecodesOrRejectsAnyFrame}
 * fuzzes it.
 */
class RequestFuzzTest {

    /**
     * Any frame either decodes into a request that encodes again and then re-decodes and re-encodes
     * to the same bytes, or is refused with a {@link RequestDecodeException} naming Invalid Message
     * or Invalid Field (KMIP 1.4 §11.1 Table 327). Nothing else may escape.
     */
    @FuzzTest(maxDuration = "5m")
    void requestDecoderDecodesOrRejectsAnyFrame(byte[] input) {
        RequestMessage request = AllocationBudget.decodeWithinBudget(input.length, () -> decodeOrReject(input));
        if (request != null) {
            byte[] once = encode(request);
            RequestMessage again = KmipMessages.decodeRequest(Unpooled.wrappedBuffer(once));
            assertThat(encode(again)).as("encoding is stable after one round").isEqualTo(once);
        }
    }

    private static RequestMessage decodeOrReject(byte[] input) {
        try {
            return KmipMessages.decodeRequest(Unpooled.wrappedBuffer(input));
        } catch (RequestDecodeException expected) {
            assertThat(expected.decodeError()).isNotNull();
            assertThat(expected.resultReason()).isIn(ResultReason.INVALID_MESSAGE, ResultReason.INVALID_FIELD);
            assertThat(expected.partial()).isNotNull();
            return null;
        }
    }

    private static byte[] encode(RequestMessage request) {
        ByteBuf out = Unpooled.buffer();
        KmipMessages.encodeRequest(request, out);
        return ByteBufUtil.getBytes(out);
    }
}

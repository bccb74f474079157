package io.kmipserver.codec.message;

import static org.assertj.core.api.Assertions.assertThat;

import io.kmipserver.codec.payload.RequestPayload;
import io.kmipserver.codec.payload.ResponsePayload;
import io.kmipserver.codec.spec.KmipVersion;
import io.kmipserver.codec.spec.Operation;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every typed payload survives encode → decode → encode unchanged, in a 1.x and a 2.x version: the
 * decoded record equals the original and the second encoding equals the first byte for byte.
 */
class PayloadRoundTripTest {

    static final List<KmipVersion> VERSIONS = List.of(KmipVersion.V1_4, KmipVersion.V2_1);

    static List<Arguments> requests() {
        List<Arguments> out = new ArrayList<>();
        for (KmipVersion v : VERSIONS) {
            for (RequestPayload p : Samples.requests(v)) {
                out.add(Arguments.of(v, p.getClass().getSimpleName(), p));
            }
        }
        return out;
    }

    static List<Arguments> responses() {
        List<Arguments> out = new ArrayList<>();
        for (KmipVersion v : VERSIONS) {
            for (ResponsePayload p : Samples.responses(v)) {
                out.add(Arguments.of(v, p.getClass().getSimpleName(), p));
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("requests")
    void requestPayloadRoundTrips(KmipVersion version, String type, RequestPayload payload) {
        RequestMessage sent = RequestMessage.of(ProtocolVersion.of(version), payload);
        byte[] wire = encode(sent);
        RequestMessage received = KmipMessages.decodeRequest(Unpooled.wrappedBuffer(wire));
        assertThat(received.batchItems().get(0).payload()).isEqualTo(payload);
        assertThat(received).isEqualTo(sent);
        assertThat(encode(received)).isEqualTo(wire);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("responses")
    void responsePayloadRoundTrips(KmipVersion version, String type, ResponsePayload payload) {
        ResponseMessage sent = ResponseMessage.of(ProtocolVersion.of(version), Samples.WHEN,
                List.of(ResponseBatchItem.success(new byte[] {7}, payload)));
        byte[] wire = encode(sent);
        ResponseMessage received = KmipMessages.decodeResponse(Unpooled.wrappedBuffer(wire));
        assertThat(received.batchItems().get(0).payload()).isEqualTo(payload);
        assertThat(received).isEqualTo(sent);
        assertThat(encode(received)).isEqualTo(wire);
    }

    @Test
    void samplesCoverEveryTypedOperationInBothGenerations() {
        for (KmipVersion v : VERSIONS) {
            Set<Operation> requested = EnumSet.noneOf(Operation.class);
            Samples.requests(v).forEach(p -> requested.add(p.operation()));
            Set<Operation> responded = EnumSet.noneOf(Operation.class);
            Samples.responses(v).forEach(p -> responded.add(p.operation()));
            Set<Operation> expected = EnumSet.copyOf(PayloadCodecs.typedOperations());
            if (!v.is2x()) {
                expected.remove(Operation.SET_ATTRIBUTE);
            }
            assertThat(requested).as("requests in %s", v).isEqualTo(expected);
            assertThat(responded).as("responses in %s", v).isEqualTo(expected);
        }
    }

    @Test
    void aBatchOfSeveralItemsKeepsOrderAndIds() {
        List<RequestBatchItem> items = new ArrayList<>();
        List<RequestPayload> payloads = Samples.requests(KmipVersion.V1_4);
        for (int i = 0; i < payloads.size(); i++) {
            items.add(new RequestBatchItem(new byte[] {(byte) i}, payloads.get(i)));
        }
        RequestMessage sent = RequestMessage.of(ProtocolVersion.V1_4, items);
        RequestMessage received = KmipMessages.decodeRequest(Unpooled.wrappedBuffer(encode(sent)));
        assertThat(received).isEqualTo(sent);
        assertThat(received.header().batchCount()).isEqualTo(payloads.size());
    }

    @Test
    void aSubSecondTimeStampTravelsAsDateTimeExtendedIn2xAndIsTruncatedIn1x() {
        Instant precise = Instant.ofEpochSecond(1_700_000_000L, 123_456_000L);
        for (KmipVersion v : VERSIONS) {
            ResponseMessage sent = ResponseMessage.of(ProtocolVersion.of(v), precise,
                    List.of(ResponseBatchItem.success((byte[]) null, new io.kmipserver.codec.payload.ActivateResponse("u"))));
            ResponseMessage received = KmipMessages.decodeResponse(Unpooled.wrappedBuffer(encode(sent)));
            assertThat(received.header().timeStamp())
                    .isEqualTo(v.is2x() ? precise : Instant.ofEpochSecond(1_700_000_000L));
        }
    }

    static byte[] encode(RequestMessage m) {
        ByteBuf out = Unpooled.buffer();
        KmipMessages.encodeRequest(m, out);
        return MessageVectors.bytes(out);
    }

    static byte[] encode(ResponseMessage m) {
        ByteBuf out = Unpooled.buffer();
        KmipMessages.encodeResponse(m, out);
        return MessageVectors.bytes(out);
    }
}

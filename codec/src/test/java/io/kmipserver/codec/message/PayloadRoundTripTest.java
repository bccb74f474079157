package io.kmipserver.codec.message;

import static org.assertj.core.api.Assertions.assertThat;

import io.kmipserver.codec.payload.RequestPayload;
import io.kmipserver.codec.payload.ResponsePayload;
import io.kmipserver.codec.spec.AsynchronousIndicator;
import io.kmipserver.codec.spec.AttestationType;
import io.kmipserver.codec.spec.BatchErrorContinuationOption;
import io.kmipserver.codec.spec.KmipVersion;
import io.kmipserver.codec.spec.ResultStatus;
import io.kmipserver.codec.spec.Tag;
import io.kmipserver.codec.ttlv.TtlvItem;
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
    void theTimeStampIsSentInWholeSecondsButADateTimeExtendedOneIsReadIn2x() {
        Instant precise = Instant.ofEpochSecond(1_700_000_000L, 123_456_000L);
        for (KmipVersion v : VERSIONS) {
            ResponseMessage sent = ResponseMessage.of(ProtocolVersion.of(v), precise,
                    List.of(ResponseBatchItem.success((byte[]) null, new io.kmipserver.codec.payload.ActivateResponse("u"))));
            ResponseMessage received = KmipMessages.decodeResponse(Unpooled.wrappedBuffer(encode(sent)));
            assertThat(received.header().timeStamp()).isEqualTo(Instant.ofEpochSecond(1_700_000_000L));
        }
        TtlvItem.Structure extended = Ttlv.s(Tag.RESPONSE_MESSAGE,
                Ttlv.s(Tag.RESPONSE_HEADER, Ttlv.version(2, 1), new TtlvItem.DateTimeExtended(Tag.TIME_STAMP, 1_700_000_000_123_456L),
                        Ttlv.i(Tag.BATCH_COUNT, 1)),
                Ttlv.s(Tag.BATCH_ITEM, Ttlv.e(Tag.OPERATION, Operation.ACTIVATE.value()), Ttlv.e(Tag.RESULT_STATUS, 0),
                        Ttlv.s(Tag.RESPONSE_PAYLOAD, Ttlv.t(Tag.UNIQUE_IDENTIFIER, "u"))));
        assertThat(KmipMessages.decodeResponse(Ttlv.wire(extended)).header().timeStamp()).isEqualTo(precise);
    }

    @Test
    void everyHeaderAndBatchItemFieldRoundTripsIn14And21() {
        for (KmipVersion v : VERSIONS) {
            RequestHeader header = new RequestHeader(ProtocolVersion.of(v), 4096, "client-7", "server-9",
                    AsynchronousIndicator.OPTIONAL, true, List.of(AttestationType.TPM_QUOTE),
                    Authentication.of(new Credential.UsernamePassword("alice", "pw"),
                            new Credential.Device("sn", null, "dev", "net", "mach", "media")),
                    BatchErrorContinuationOption.CONTINUE, true, Samples.WHEN, 2, List.of());
            MessageExtension extension = new MessageExtension("acme", false, new TtlvItem.Structure(Tag.VENDOR_EXTENSION,
                    new TtlvItem.TextString(0x540001, "vendor data")));
            RequestBatchItem first = new RequestBatchItem(Operation.GET, new byte[] {1},
                    io.kmipserver.codec.payload.GetRequest.of("u"), List.of(extension), v.is2x() ? Boolean.TRUE : null,
                    List.of());
            RequestBatchItem second = new RequestBatchItem(new byte[] {2},
                    new io.kmipserver.codec.payload.DestroyRequest(io.kmipserver.codec.payload.UniqueIdentifierRef.OMITTED));
            RequestMessage sent = new RequestMessage(header, List.of(first, second));
            byte[] wire = encode(sent);
            RequestMessage received = KmipMessages.decodeRequest(Unpooled.wrappedBuffer(wire));
            assertThat(received).as("%s", v).isEqualTo(sent);
            assertThat(received.header().effectiveBatchErrorContinuationOption()).isEqualTo(BatchErrorContinuationOption.CONTINUE);
            assertThat(encode(received)).isEqualTo(wire);

            ResponseHeader responseHeader = new ResponseHeader(ProtocolVersion.of(v), Samples.WHEN,
                    new TtlvItem.Structure(Tag.NONCE, new TtlvItem.ByteString(Tag.NONCE_ID, new byte[] {1}),
                            new TtlvItem.ByteString(Tag.NONCE_VALUE, new byte[] {2})),
                    v.is2x() ? new byte[] {3} : null, List.of(AttestationType.TPM_QUOTE), "client-7", "server-9", 1, List.of());
            ResponseMessage response = new ResponseMessage(responseHeader, List.of(new ResponseBatchItem(Operation.GET,
                    new byte[] {1}, ResultStatus.OPERATION_PENDING, null, null, new byte[] {4}, null, List.of(extension),
                    List.of())));
            byte[] responseWire = encode(response);
            assertThat(KmipMessages.decodeResponse(Unpooled.wrappedBuffer(responseWire))).as("%s", v).isEqualTo(response);
        }
    }

    @Test
    void theDefaultsOfAnAbsentBatchOptionFollowTheVersion() {
        assertThat(RequestHeader.of(ProtocolVersion.V1_4, 1).effectiveBatchOrderOption()).isFalse();
        assertThat(RequestHeader.of(ProtocolVersion.V2_0, 1).effectiveBatchOrderOption()).isTrue();
        assertThat(RequestHeader.of(ProtocolVersion.V1_4, 1).effectiveBatchErrorContinuationOption())
                .isEqualTo(BatchErrorContinuationOption.STOP);
        assertThat(RequestHeader.of(ProtocolVersion.V1_4, 1)).isSameAs(RequestHeader.of(ProtocolVersion.V1_4, 1));
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

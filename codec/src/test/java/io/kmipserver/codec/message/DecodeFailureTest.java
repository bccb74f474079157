package io.kmipserver.codec.message;

import static io.kmipserver.codec.message.Ttlv.b;
import static io.kmipserver.codec.message.Ttlv.e;
import static io.kmipserver.codec.message.Ttlv.i;
import static io.kmipserver.codec.message.Ttlv.item;
import static io.kmipserver.codec.message.Ttlv.request;
import static io.kmipserver.codec.message.Ttlv.s;
import static io.kmipserver.codec.message.Ttlv.t;
import static io.kmipserver.codec.message.Ttlv.version;
import static org.assertj.core.api.Assertions.assertThat;

import io.kmipserver.codec.message.PartialRequest.BatchItemRef;
import io.kmipserver.codec.payload.ActivateRequest;
import io.kmipserver.codec.payload.RawPayload;
import io.kmipserver.codec.spec.Operation;
import io.kmipserver.codec.spec.ResultReason;
import io.kmipserver.codec.spec.ResultStatus;
import io.kmipserver.codec.spec.Tag;
import io.kmipserver.codec.ttlv.TtlvDecodeException.Problem;
import io.kmipserver.codec.ttlv.TtlvItem;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the server learns from a request it cannot decode (KMIP 1.4 §11.1 Table 327), and which
 * oddities are not failures at all: unknown operations and a newer minor version's fields.
 */
class DecodeFailureTest {

    private static final TtlvItem.Structure ACTIVATE_A = item(Operation.ACTIVATE.value(), new byte[] {0x0A},
            t(Tag.UNIQUE_IDENTIFIER, "a"));
    private static final TtlvItem.Structure ACTIVATE_C = item(Operation.ACTIVATE.value(), new byte[] {0x0C},
            t(Tag.UNIQUE_IDENTIFIER, "c"));

    @Test
    void aMalformedPayloadNamesItsBatchItemAndTheItemsAroundIt() {
        TtlvItem.Structure broken = item(Operation.DESTROY.value(), new byte[] {0x0B}, i(Tag.UNIQUE_IDENTIFIER, 5));
        RequestDecodeException e = failure(request(1, 4, ACTIVATE_A, broken, ACTIVATE_C));
        assertThat(e.resultReason()).isEqualTo(ResultReason.INVALID_MESSAGE);
        assertThat(e.decodeError().problem()).isEqualTo(Problem.UNEXPECTED_TYPE);
        PartialRequest p = e.partial();
        assertThat(p.protocolVersion()).isSameAs(ProtocolVersion.V1_4);
        assertThat(p.header().batchCount()).isEqualTo(3);
        assertThat(p.batchItems()).containsExactly(new BatchItemRef(Operation.ACTIVATE, new byte[] {0x0A}),
                new BatchItemRef(Operation.DESTROY, new byte[] {0x0B}), new BatchItemRef(Operation.ACTIVATE, new byte[] {0x0C}));
        assertThat(p.failedBatchItemIndex()).isEqualTo(1);
        assertThat(p.failedBatchItem().uniqueBatchItemId()).containsExactly(0x0B);
    }

    @Test
    void aFieldTheExactVersionDoesNotDefineIsAnInvalidFieldOfItsBatchItem() {
        // Offset Items exists from 1.3 on: in a 1.2 request it is an unknown field.
        TtlvItem.Structure locate = item(Operation.LOCATE.value(), new byte[] {1}, i(Tag.OFFSET_ITEMS, 3));
        RequestDecodeException e = failure(request(1, 2, locate));
        assertThat(e.resultReason()).isEqualTo(ResultReason.INVALID_FIELD);
        assertThat(e.decodeError().tag()).isEqualTo(Tag.OFFSET_ITEMS);
        assertThat(e.partial().failedBatchItemIndex()).isZero();

        RequestDecodeException extension = failure(request(2, 1, item(Operation.ACTIVATE.value(), null,
                t(Tag.UNIQUE_IDENTIFIER, "a"), t(0x540001, "vendor"))));
        assertThat(extension.resultReason()).isEqualTo(ResultReason.INVALID_FIELD);
    }

    @Test
    void aNewerMinorVersionsUnknownFieldsAreIgnoredKeptAndWrittenBack() {
        TtlvItem unknownInHeader = t(0x420200, "future header field");
        TtlvItem unknownInPayload = i(0x420201, 9);
        TtlvItem.Structure message = s(Tag.REQUEST_MESSAGE,
                s(Tag.REQUEST_HEADER, version(2, 3), unknownInHeader, i(Tag.BATCH_COUNT, 1)),
                item(Operation.ACTIVATE.value(), null, t(Tag.UNIQUE_IDENTIFIER, "a"), unknownInPayload));
        ByteBuf wire = Ttlv.wire(message);
        byte[] bytes = new byte[wire.readableBytes()];
        wire.getBytes(0, bytes);

        RequestMessage m = KmipMessages.decodeRequest(wire);
        assertThat(m.protocolVersion()).isEqualTo(new ProtocolVersion(2, 3));
        assertThat(m.header().unknownFields()).containsExactly(unknownInHeader);
        RequestBatchItem item = m.batchItems().get(0);
        assertThat(item.payload(ActivateRequest.class).uniqueIdentifier().text()).isEqualTo("a");
        assertThat(item.unknownFields()).containsExactly(unknownInPayload);
        assertThat(PayloadRoundTripTest.encode(m)).isEqualTo(bytes);
    }

    @Test
    void anUnsupportedMajorVersionIsAnInvalidMessageInThatVersion() {
        RequestDecodeException e = failure(request(3, 0, ACTIVATE_A));
        assertThat(e.unsupportedVersion()).isTrue();
        assertThat(e.resultReason()).isEqualTo(ResultReason.INVALID_MESSAGE);
        assertThat(e.partial().protocolVersion()).isEqualTo(new ProtocolVersion(3, 0));
        assertThat(e.partial().header()).isNull();
        assertThat(e.partial().failedBatchItemIndex()).isEqualTo(-1);
    }

    @Test
    void anUndefinedOperationDecodesToARawPayloadAnsweredWithoutOperation() {
        RequestMessage m = KmipMessages.decodeRequest(Ttlv.wire(request(1, 4,
                item(0x99, new byte[] {1}, t(Tag.UNIQUE_IDENTIFIER, "a")),
                item(Operation.ARCHIVE.value(), new byte[] {2}, t(Tag.UNIQUE_IDENTIFIER, "b")),
                item(Operation.ENCRYPT.value(), new byte[] {3}, b(Tag.DATA, (byte) 1)))));
        RequestBatchItem undefined = m.batchItems().get(0);
        assertThat(undefined.operation()).isNull();
        assertThat(undefined.isTyped()).isFalse();
        assertThat(((RawPayload) undefined.payload()).operationCode()).isEqualTo(0x99);
        assertThat(m.batchItems().get(1).operation()).isEqualTo(Operation.ARCHIVE);
        assertThat(m.batchItems().get(1).isTyped()).isFalse();
        assertThat(m.batchItems().get(2).operation()).isEqualTo(Operation.ENCRYPT);
        assertThat(m.batchItems().get(2).isTyped()).isTrue();

        ResponseMessage answer = ResponseMessage.of(m.protocolVersion(), Samples.WHEN, List.of(
                ResponseBatchItem.failure(undefined, ResultReason.OPERATION_NOT_SUPPORTED, null),
                ResponseBatchItem.failure(m.batchItems().get(1), ResultReason.OPERATION_NOT_SUPPORTED, null),
                ResponseBatchItem.failure(m.batchItems().get(2), ResultReason.OPERATION_NOT_SUPPORTED, null)));
        ResponseMessage back = KmipMessages.decodeResponse(Unpooled.wrappedBuffer(PayloadRoundTripTest.encode(answer)));
        assertThat(back.batchItems()).extracting(ResponseBatchItem::operation)
                .containsExactly(null, Operation.ARCHIVE, Operation.ENCRYPT);
        assertThat(back.batchItems()).allSatisfy(b -> {
            assertThat(b.resultStatus()).isEqualTo(ResultStatus.OPERATION_FAILED);
            assertThat(b.resultReason()).isEqualTo(ResultReason.OPERATION_NOT_SUPPORTED);
        });
        assertThat(back.batchItems().get(0).uniqueBatchItemId()).containsExactly(1);
    }

    @Test
    void anOperationTheVersionDoesNotHaveTravelsRaw() {
        RequestMessage m = KmipMessages.decodeRequest(Ttlv.wire(request(1, 0,
                item(Operation.ENCRYPT.value(), null, b(Tag.DATA, (byte) 1)))));
        assertThat(m.batchItems().get(0).operation()).isEqualTo(Operation.ENCRYPT);
        assertThat(m.batchItems().get(0).payload()).isInstanceOf(RawPayload.class);
    }

    @Test
    void batchCountMismatchAndMissingIdsAreInvalidMessages() {
        TtlvItem.Structure twoSaysOne = s(Tag.REQUEST_MESSAGE, s(Tag.REQUEST_HEADER, version(1, 4), i(Tag.BATCH_COUNT, 1)),
                ACTIVATE_A, ACTIVATE_C);
        assertThat(failure(twoSaysOne).resultReason()).isEqualTo(ResultReason.INVALID_MESSAGE);
        TtlvItem.Structure oneSaysTwo = s(Tag.REQUEST_MESSAGE, s(Tag.REQUEST_HEADER, version(1, 4), i(Tag.BATCH_COUNT, 2)),
                ACTIVATE_A);
        assertThat(failure(oneSaysTwo).resultReason()).isEqualTo(ResultReason.INVALID_MESSAGE);
        RequestDecodeException noId = failure(request(1, 4, ACTIVATE_A, item(Operation.DESTROY.value(), null)));
        assertThat(noId.decodeError().problem()).isEqualTo(Problem.MISSING_FIELD);
        assertThat(noId.partial().failedBatchItemIndex()).isEqualTo(1);
    }

    @Test
    void anUndefinedEnumerationValueIsAnInvalidField() {
        RequestDecodeException e = failure(request(1, 4, item(Operation.CREATE.value(), null,
                e(Tag.OBJECT_TYPE, 0x63), s(Tag.TEMPLATE_ATTRIBUTE))));
        assertThat(e.resultReason()).isEqualTo(ResultReason.INVALID_FIELD);
        assertThat(e.decodeError().tag()).isEqualTo(Tag.OBJECT_TYPE);
    }

    @Test
    void a2xIdentifierFormIsNotAccepted1x() {
        RequestDecodeException e = failure(request(1, 4, item(Operation.ACTIVATE.value(), null,
                e(Tag.UNIQUE_IDENTIFIER, 1))));
        assertThat(e.resultReason()).isEqualTo(ResultReason.INVALID_MESSAGE);
    }

    @Test
    void aBrokenHeaderStillReportsTheVersionAndTheBatchItems() {
        TtlvItem.Structure message = s(Tag.REQUEST_MESSAGE,
                s(Tag.REQUEST_HEADER, version(2, 1), t(Tag.MAXIMUM_RESPONSE_SIZE, "big"), i(Tag.BATCH_COUNT, 1)),
                ACTIVATE_A);
        RequestDecodeException e = failure(message);
        assertThat(e.partial().protocolVersion()).isSameAs(ProtocolVersion.V2_1);
        assertThat(e.partial().header()).isNull();
        assertThat(e.partial().failedBatchItemIndex()).isEqualTo(-1);
        assertThat(e.partial().batchItems()).containsExactly(new BatchItemRef(Operation.ACTIVATE, new byte[] {0x0A}));
    }

    @Test
    void truncatedBytesFailWithoutPartialBatchItems() {
        ByteBuf wire = Ttlv.wire(request(1, 4, ACTIVATE_A));
        ByteBuf cut = wire.slice(0, 40);
        RequestDecodeException e = failure(cut);
        assertThat(e.resultReason()).isEqualTo(ResultReason.INVALID_MESSAGE);
        assertThat(e.partial().batchItems()).isEmpty();
        wire.release();
    }

    @Test
    void theFailureMessageNeverCarriesFieldValues() {
        RequestDecodeException e = failure(request(1, 4, item(Operation.ACTIVATE.value(), null,
                t(Tag.UNIQUE_IDENTIFIER, "a"), t(Tag.PASSWORD, "hunter2"))));
        assertThat(e.getMessage()).doesNotContain("hunter2");
    }

    private static RequestDecodeException failure(TtlvItem message) {
        return failure(Ttlv.wire(message));
    }

    private static RequestDecodeException failure(ByteBuf wire) {
        try {
            KmipMessages.decodeRequest(wire);
        } catch (RequestDecodeException e) {
            return e;
        }
        throw new AssertionError("decoded without failure");
    }
}

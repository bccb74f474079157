package io.kmipserver.server.protocol;

import static io.kmipserver.server.protocol.Requests.activate;
import static io.kmipserver.server.protocol.Requests.createAes;
import static io.kmipserver.server.protocol.Requests.destroy;
import static io.kmipserver.server.protocol.Requests.get;
import static io.kmipserver.server.protocol.Requests.getPlaceholder;
import static io.kmipserver.server.protocol.Requests.name;
import static org.assertj.core.api.Assertions.assertThat;

import io.kmipserver.audit.event.AuditEvent;
import io.kmipserver.audit.event.Outcome;
import io.kmipserver.codec.message.MessageExtension;
import io.kmipserver.codec.message.PartialRequest;
import io.kmipserver.codec.message.ProtocolVersion;
import io.kmipserver.codec.message.RequestBatchItem;
import io.kmipserver.codec.message.RequestDecodeException;
import io.kmipserver.codec.message.RequestHeader;
import io.kmipserver.codec.message.RequestMessage;
import io.kmipserver.codec.message.ResponseBatchItem;
import io.kmipserver.codec.message.ResponseMessage;
import io.kmipserver.codec.payload.CreateResponse;
import io.kmipserver.codec.payload.DiscoverVersionsRequest;
import io.kmipserver.codec.payload.DiscoverVersionsResponse;
import io.kmipserver.codec.payload.GetResponse;
import io.kmipserver.codec.payload.QueryRequest;
import io.kmipserver.codec.payload.QueryResponse;
import io.kmipserver.codec.payload.RawPayload;
import io.kmipserver.codec.payload.UniqueIdentifierRef;
import io.kmipserver.codec.spec.BatchErrorContinuationOption;
import io.kmipserver.codec.spec.ObjectType;
import io.kmipserver.codec.spec.Operation;
import io.kmipserver.codec.spec.QueryFunction;
import io.kmipserver.codec.spec.ResultReason;
import io.kmipserver.codec.spec.ResultStatus;
import io.kmipserver.codec.spec.State;
import io.kmipserver.codec.spec.Tag;
import io.kmipserver.codec.spec.UniqueIdentifierEnum;
import io.kmipserver.codec.ttlv.TtlvDecodeException;
import io.kmipserver.codec.ttlv.TtlvItem;
import io.kmipserver.server.store.AdapterCredential;
import io.kmipserver.server.store.NewAdapter;
import io.kmipserver.server.store.PasswordHash;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DefaultRequestProcessorTest extends HarnessTest {



    static ProtocolVersion version(String v) {
        return v.equals("1.4") ? ProtocolVersion.V1_4 : v.equals("1.0") ? ProtocolVersion.V1_0 : ProtocolVersion.V2_1;
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.4", "2.1"})
    void createActivateGetInOneBatchShareTheIdPlaceholder(String v) {
        ResponseMessage r = h.batch(version(v), h.a, null, createAes(256, name("batch-key")), activate(null),
                getPlaceholder());

        assertThat(r.protocolVersion()).isEqualTo(version(v));
        assertThat(r.batchItems()).extracting(ResponseBatchItem::resultStatus).containsOnly(ResultStatus.SUCCESS);
        assertThat(r.batchItems()).extracting(i -> i.uniqueBatchItemId()[0]).containsExactly((byte) 1, (byte) 2, (byte) 3);
        String uid = r.batchItems().get(0).payload(CreateResponse.class).uniqueIdentifier();
        GetResponse got = r.batchItems().get(2).payload(GetResponse.class);
        assertThat(got.uniqueIdentifier()).isEqualTo(uid);
        assertThat(got.objectType()).isEqualTo(ObjectType.SYMMETRIC_KEY);
        assertThat(h.store.findObject(h.adapterA, uid).orElseThrow().state()).isEqualTo(State.ACTIVE.value());

        List<AuditEvent> events = h.events();
        assertThat(events).extracting(AuditEvent::action).containsExactly("kmip.create", "kmip.activate", "kmip.get");
        assertThat(events).extracting(AuditEvent::correlationId).containsOnly(events.get(0).correlationId());
        assertThat(events).allSatisfy(e -> assertThat(e.target().uniqueIdentifiers()).containsExactly(uid));
    }

    @Test
    void twoPointOneItemsCanNameEarlierResultsByEnumerationAndIndex() {
        ResponseMessage r = h.batch(ProtocolVersion.V2_1, h.a, null, createAes(128), createAes(192),
                new io.kmipserver.codec.payload.GetRequest(new UniqueIdentifierRef.Index(0), null, null, null, null),
                new io.kmipserver.codec.payload.GetRequest(new UniqueIdentifierRef.Enumerated(UniqueIdentifierEnum.CREATE),
                        null, null, null, null));

        String first = r.batchItems().get(0).payload(CreateResponse.class).uniqueIdentifier();
        String second = r.batchItems().get(1).payload(CreateResponse.class).uniqueIdentifier();
        assertThat(r.batchItems().get(2).payload(GetResponse.class).uniqueIdentifier()).isEqualTo(first);
        assertThat(r.batchItems().get(3).payload(GetResponse.class).uniqueIdentifier()).isEqualTo(second);
    }

    @Test
    void anEmptyIdPlaceholderIsMissingData() {
        ResponseBatchItem item = h.one(ProtocolVersion.V1_4, h.a, getPlaceholder());

        assertThat(item.resultStatus()).isEqualTo(ResultStatus.OPERATION_FAILED);
        assertThat(item.resultReason()).isEqualTo(ResultReason.MISSING_DATA);
    }

    @Test
    void stopIsTheDefaultAndLeavesLaterItemsUnansweredButAudited() {
        int before = h.events().size();
        ResponseMessage r = h.batch(ProtocolVersion.V1_4, h.a, null, get("no-such-key"), createAes(128));

        assertThat(r.batchItems()).hasSize(1);
        assertThat(r.batchItems().get(0).resultReason()).isEqualTo(ResultReason.ITEM_NOT_FOUND);
        assertThat(h.store.locate(h.adapterA, io.kmipserver.server.store.LocateQuery.of())).isEmpty();
        List<AuditEvent> events = h.eventsSince(before);
        assertThat(events).extracting(AuditEvent::action).containsExactly("kmip.get", "kmip.create");
        assertThat(events.get(1).outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(events.get(1).reason().code()).isEqualTo(AuditEvents.NOT_EXECUTED);
    }

    @Test
    void continueRunsEveryItemAndAnswersEach() {
        ResponseMessage r = h.batch(ProtocolVersion.V2_1, h.a, BatchErrorContinuationOption.CONTINUE,
                get("no-such-key"), createAes(128));

        assertThat(r.batchItems()).extracting(ResponseBatchItem::resultStatus)
                .containsExactly(ResultStatus.OPERATION_FAILED, ResultStatus.SUCCESS);
    }

    @Test
    void undoAnswersEarlierReadOnlyItemsOperationUndone() {
        String uid = h.one(ProtocolVersion.V1_4, h.a, createAes(128)).payload(CreateResponse.class).uniqueIdentifier();

        ResponseMessage r = h.batch(ProtocolVersion.V1_4, h.a, BatchErrorContinuationOption.UNDO, get(uid),
                get("no-such-key"), get(uid));

        assertThat(r.batchItems()).extracting(ResponseBatchItem::resultStatus)
                .containsExactly(ResultStatus.OPERATION_UNDONE, ResultStatus.OPERATION_FAILED);
    }

    @Test
    void undoWithAStateChangingItemIsRefusedBeforeAnythingRuns() {
        ResponseMessage r = h.batch(ProtocolVersion.V1_4, h.a, BatchErrorContinuationOption.UNDO, createAes(128),
                get("no-such-key"));

        assertThat(r.batchItems()).hasSize(1);
        assertThat(r.batchItems().get(0).resultReason()).isEqualTo(ResultReason.FEATURE_NOT_SUPPORTED);
        assertThat(h.store.locate(h.adapterA, io.kmipserver.server.store.LocateQuery.of())).isEmpty();
    }

    @Test
    void anOperationWithoutHandlerIsOperationNotSupportedAndEchoesItsOperation() {
        RawPayload archive = new RawPayload(Operation.ARCHIVE.value(), new TtlvItem.Structure(Tag.REQUEST_PAYLOAD));
        RequestMessage m = new RequestMessage(RequestHeader.of(ProtocolVersion.V1_4, 1),
                List.of(new RequestBatchItem(Operation.ARCHIVE, new byte[] {9}, archive, List.of(), null, List.of())));

        ResponseBatchItem item = h.send(h.a, m).batchItems().get(0);

        assertThat(item.operation()).isEqualTo(Operation.ARCHIVE);
        assertThat(item.uniqueBatchItemId()).containsExactly(9);
        assertThat(item.resultReason()).isEqualTo(ResultReason.OPERATION_NOT_SUPPORTED);
        assertThat(h.events()).extracting(AuditEvent::action).containsExactly("kmip.archive");
    }

    @Test
    void anOperationItsVersionDoesNotDefineIsNotSupported() {
        ResponseBatchItem item = h.one(ProtocolVersion.V1_0, h.a, new DiscoverVersionsRequest(List.of()));

        assertThat(item.resultReason()).isEqualTo(ResultReason.OPERATION_NOT_SUPPORTED);
    }

    @Test
    void aCriticalMessageExtensionIsFeatureNotSupported() {
        RequestBatchItem item = new RequestBatchItem(Operation.QUERY, null,
                new QueryRequest(List.of(QueryFunction.QUERY_OPERATIONS), null),
                List.of(new MessageExtension("acme", true, new TtlvItem.Structure(Tag.VENDOR_EXTENSION))), null, List.of());

        ResponseBatchItem r = h.send(h.a, new RequestMessage(RequestHeader.of(ProtocolVersion.V1_4, 1), List.of(item)))
                .batchItems().get(0);

        assertThat(r.resultReason()).isEqualTo(ResultReason.FEATURE_NOT_SUPPORTED);
    }

    @Test
    void anOperationOutsideTheAdaptersAllowListIsPermissionDeniedAndCritical() {
        String id = h.adapter("get-only", NewAdapter.named("get-only").withAllowedOperations(Set.of(Operation.GET.value())));
        ClientSession s = KmipHarness.session("conn-c", id, "get-only");

        ResponseBatchItem item = h.one(ProtocolVersion.V2_1, s, createAes(128));

        assertThat(item.resultReason()).isEqualTo(ResultReason.PERMISSION_DENIED);
        AuditEvent e = h.events().get(0);
        assertThat(e.severity()).isEqualTo(io.kmipserver.audit.event.Severity.CRITICAL);
        assertThat(e.reason().code()).isEqualTo("Permission Denied");
    }

    @Test
    void anAdapterCredentialMustBeSentAndMatch() {
        AdapterCredential credential = new AdapterCredential("forti", PasswordHash.of("s3cret".toCharArray(), 1000));
        String id = h.adapter("with-password", NewAdapter.named("with-password").withCredential(credential));
        ClientSession s = KmipHarness.session("conn-p", id, "with-password");
        QueryRequest query = new QueryRequest(List.of(QueryFunction.QUERY_OBJECTS), null);

        ResponseMessage none = h.send(s, KmipHarness.batchMessage(ProtocolVersion.V1_2, null, null, query));
        ResponseMessage wrong = h.send(s, KmipHarness.batchMessage(ProtocolVersion.V1_2, null,
                KmipHarness.password("forti", "guess"), query));
        ResponseMessage right = h.send(s, KmipHarness.batchMessage(ProtocolVersion.V1_2, null,
                KmipHarness.password("forti", "s3cret"), query));

        assertThat(none.batchItems().get(0).resultReason()).isEqualTo(ResultReason.AUTHENTICATION_NOT_SUCCESSFUL);
        assertThat(wrong.batchItems().get(0).resultReason()).isEqualTo(ResultReason.AUTHENTICATION_NOT_SUCCESSFUL);
        assertThat(right.batchItems().get(0).isSuccess()).isTrue();
        assertThat(h.events()).extracting(e -> e.severity().name()).containsExactly("CRITICAL", "CRITICAL", "NORMAL");
    }

    @Test
    void aCredentialSentToAnAdapterWithoutOneIsAccepted() {
        ResponseMessage r = h.send(h.a, KmipHarness.batchMessage(ProtocolVersion.V1_4, null,
                KmipHarness.password("anyone", "anything"), new QueryRequest(List.of(QueryFunction.QUERY_OBJECTS), null)));

        assertThat(r.batchItems().get(0).isSuccess()).isTrue();
    }

    @Test
    void aResponseOverTheMaximumResponseSizeIsResponseTooLarge() {
        RequestHeader small = new RequestHeader(ProtocolVersion.V1_1, 64, null, null, null, null, List.of(), null, null,
                null, null, 1, List.of());
        QueryRequest all = new QueryRequest(List.of(QueryFunction.QUERY_OPERATIONS, QueryFunction.QUERY_OBJECTS), null);

        ResponseBatchItem tooLarge = h.send(h.a, new RequestMessage(small, List.of(RequestBatchItem.of(all))))
                .batchItems().get(0);
        ResponseBatchItem fits = h.one(ProtocolVersion.V1_1, h.a, all);

        assertThat(tooLarge.resultReason()).isEqualTo(ResultReason.RESPONSE_TOO_LARGE);
        assertThat(fits.isSuccess()).isTrue();
        assertThat(h.events()).extracting(AuditEvent::outcome).containsExactly(Outcome.FAILURE, Outcome.SUCCESS);
    }

    @Test
    void discoverVersionsAnswersTheCommonVersionsNewestFirst() {
        DiscoverVersionsResponse all = h.one(ProtocolVersion.V1_1, h.a, new DiscoverVersionsRequest(List.of()))
                .payload(DiscoverVersionsResponse.class);
        DiscoverVersionsResponse common = h.one(ProtocolVersion.V1_1, h.a, new DiscoverVersionsRequest(
                List.of(ProtocolVersion.of(1, 1), ProtocolVersion.of(3, 0), ProtocolVersion.of(1, 4))))
                .payload(DiscoverVersionsResponse.class);
        DiscoverVersionsResponse none = h.one(ProtocolVersion.V1_1, h.a, new DiscoverVersionsRequest(
                List.of(ProtocolVersion.of(3, 0)))).payload(DiscoverVersionsResponse.class);

        assertThat(all.protocolVersions()).containsExactly(ProtocolVersion.V2_1, ProtocolVersion.V2_0,
                ProtocolVersion.V1_4, ProtocolVersion.V1_3, ProtocolVersion.V1_2, ProtocolVersion.V1_1, ProtocolVersion.V1_0);
        assertThat(common.protocolVersions()).containsExactly(ProtocolVersion.V1_4, ProtocolVersion.V1_1);
        assertThat(none.protocolVersions()).isEmpty();
    }

    @Test
    void queryListsOperationsOfTheRequestVersionAndTheManagedObjectTypes() {
        QueryResponse q10 = h.one(ProtocolVersion.V1_0, h.a, new QueryRequest(List.of(QueryFunction.QUERY_OPERATIONS,
                QueryFunction.QUERY_OBJECTS, QueryFunction.QUERY_SERVER_INFORMATION), null)).payload(QueryResponse.class);
        QueryResponse q21 = h.one(ProtocolVersion.V2_1, h.a, new QueryRequest(List.of(QueryFunction.QUERY_OPERATIONS),
                null)).payload(QueryResponse.class);

        assertThat(q10.operations()).contains(Operation.CREATE, Operation.GET, Operation.LOCATE, Operation.DESTROY)
                .doesNotContain(Operation.DISCOVER_VERSIONS, Operation.SET_ATTRIBUTE);
        assertThat(q10.objectTypes()).containsExactly(ObjectType.SYMMETRIC_KEY, ObjectType.SECRET_DATA,
                ObjectType.OPAQUE_OBJECT);
        assertThat(q10.vendorIdentification()).isEqualTo("kmip-server");
        assertThat(q21.operations()).contains(Operation.SET_ATTRIBUTE, Operation.DISCOVER_VERSIONS);
    }

    @Test
    void aNewerMinorVersionIsAnsweredInItsOwnVersionWithTheNewestKnownRules() {
        ResponseMessage r = h.send(h.a, RequestMessage.of(ProtocolVersion.of(1, 7),
                new QueryRequest(List.of(QueryFunction.QUERY_OBJECTS), null)));

        assertThat(r.protocolVersion()).isEqualTo(ProtocolVersion.of(1, 7));
        assertThat(r.batchItems().get(0).isSuccess()).isTrue();
    }

    @Test
    void anUnsupportedMajorVersionIsInvalidMessageWithoutOperation() {
        ResponseMessage r = h.send(h.a, RequestMessage.of(ProtocolVersion.of(3, 0),
                new QueryRequest(List.of(QueryFunction.QUERY_OBJECTS), null)));

        ResponseBatchItem item = r.batchItems().get(0);
        assertThat(item.operation()).isNull();
        assertThat(item.resultReason()).isEqualTo(ResultReason.INVALID_MESSAGE);
        assertThat(h.events()).extracting(AuditEvent::action).containsExactly(AuditEvents.INVALID_ACTION);
    }

    @Test
    void anUndecodableBatchItemFailsWithTheDecodersReasonAndOneInvalidEvent() {
        PartialRequest partial = new PartialRequest(ProtocolVersion.V1_4, null,
                List.of(new PartialRequest.BatchItemRef(Operation.GET, new byte[] {7})), 0);
        RequestDecodeException failure = new RequestDecodeException(
                new TtlvDecodeException(TtlvDecodeException.Problem.INVALID_VALUE, 48, Tag.KEY_FORMAT_TYPE,
                        "unknown Key Format Type"), ResultReason.INVALID_FIELD, partial);

        ResponseMessage r = h.processor().processUndecodable(failure, h.a);

        assertThat(r.protocolVersion()).isEqualTo(ProtocolVersion.V1_4);
        ResponseBatchItem item = r.batchItems().get(0);
        assertThat(item.operation()).isEqualTo(Operation.GET);
        assertThat(item.uniqueBatchItemId()).containsExactly(7);
        assertThat(item.resultReason()).isEqualTo(ResultReason.INVALID_FIELD);
        List<AuditEvent> events = h.events();
        assertThat(events).hasSize(1);
        assertThat(events.get(0).action()).isEqualTo("kmip.invalid");
        assertThat(events.get(0).reason().code()).isEqualTo("Invalid Field");
        assertThat(events.get(0).initiator().certificateSubject()).isEqualTo("CN=adapter-a-client");
    }

    @Test
    void theClientCorrelationValueBecomesTheEventsCorrelationId() {
        RequestHeader header = new RequestHeader(ProtocolVersion.V1_4, null, "client-says-42", null, null, null,
                List.of(), null, null, null, null, 1, List.of());

        ResponseMessage r = h.send(h.a, new RequestMessage(header, List.of(RequestBatchItem.of(
                new QueryRequest(List.of(QueryFunction.QUERY_OBJECTS), null)))));

        assertThat(r.header().serverCorrelationValue()).isNotBlank();
        assertThat(h.events().get(0).correlationId()).isEqualTo("client-says-42");
    }

    @Test
    void destroyOfAnActiveKeyInTheBatchStopsAtTheFailure() {
        ResponseMessage r = h.batch(ProtocolVersion.V2_1, h.a, null, createAes(128), activate(null), destroy(null));

        assertThat(r.batchItems()).extracting(ResponseBatchItem::resultStatus).containsExactly(ResultStatus.SUCCESS,
                ResultStatus.SUCCESS, ResultStatus.OPERATION_FAILED);
        assertThat(r.batchItems().get(2).resultReason()).isEqualTo(ResultReason.WRONG_KEY_LIFECYCLE_STATE);
    }
}

package io.kmipserver.codec.message;

import static org.assertj.core.api.Assertions.assertThat;

import io.kmipserver.codec.attribute.Attribute;
import io.kmipserver.codec.attribute.AttributeKey;
import io.kmipserver.codec.attribute.Attributes;
import io.kmipserver.codec.attribute.Name;
import io.kmipserver.codec.message.MessageVectors.Vector;
import io.kmipserver.codec.object.KeyMaterial;
import io.kmipserver.codec.object.SymmetricKey;
import io.kmipserver.codec.object.Template;
import io.kmipserver.codec.payload.ActivateRequest;
import io.kmipserver.codec.payload.CreateRequest;
import io.kmipserver.codec.payload.CreateResponse;
import io.kmipserver.codec.payload.DestroyRequest;
import io.kmipserver.codec.payload.DiscoverVersionsRequest;
import io.kmipserver.codec.payload.DiscoverVersionsResponse;
import io.kmipserver.codec.payload.GetAttributesRequest;
import io.kmipserver.codec.payload.GetAttributesResponse;
import io.kmipserver.codec.payload.GetRequest;
import io.kmipserver.codec.payload.GetResponse;
import io.kmipserver.codec.payload.LocateRequest;
import io.kmipserver.codec.payload.LocateResponse;
import io.kmipserver.codec.payload.QueryRequest;
import io.kmipserver.codec.payload.RegisterRequest;
import io.kmipserver.codec.payload.RegisterResponse;
import io.kmipserver.codec.payload.RevokeRequest;
import io.kmipserver.codec.payload.UniqueIdentifierRef;
import io.kmipserver.codec.spec.CryptographicAlgorithm;
import io.kmipserver.codec.spec.CryptographicUsageMask;
import io.kmipserver.codec.spec.KeyFormatType;
import io.kmipserver.codec.spec.NameType;
import io.kmipserver.codec.spec.ObjectType;
import io.kmipserver.codec.spec.Operation;
import io.kmipserver.codec.spec.QueryFunction;
import io.kmipserver.codec.spec.ResultReason;
import io.kmipserver.codec.spec.ResultStatus;
import io.kmipserver.codec.spec.RevocationReasonCode;
import io.kmipserver.codec.spec.Tag;
import io.kmipserver.codec.ttlv.TtlvItem;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every message vector of the KMIP 1.1 Test Cases and 1.0 Use Cases decodes into the typed model
 * with the values the documents describe, and re-encodes to the identical bytes.
 */
class MessageVectorTest {

    static List<Vector> requests() {
        return MessageVectors.requests();
    }

    static List<Vector> responses() {
        return MessageVectors.responses();
    }

    @ParameterizedTest
    @MethodSource("requests")
    void everyRequestVectorReencodesToIdenticalBytes(Vector v) {
        RequestMessage m = KmipMessages.decodeRequest(v.buffer());
        ByteBuf out = Unpooled.buffer();
        KmipMessages.encodeRequest(m, out);
        assertThat(HexFormat.of().formatHex(MessageVectors.bytes(out))).isEqualTo(HexFormat.of().formatHex(v.bytes()));
        assertThat(m.batchItems()).allSatisfy(i -> assertThat(i.isTyped()).isTrue());
    }

    @ParameterizedTest
    @MethodSource("responses")
    void everyResponseVectorReencodesToIdenticalBytes(Vector v) {
        ResponseMessage m = KmipMessages.decodeResponse(v.buffer());
        ByteBuf out = Unpooled.buffer();
        KmipMessages.encodeResponse(m, out);
        assertThat(HexFormat.of().formatHex(MessageVectors.bytes(out))).isEqualTo(HexFormat.of().formatHex(v.bytes()));
    }

    @Test
    void createRequestOfTestCase311CarriesAes128EncryptDecrypt() {
        RequestMessage m = request("TC11-3.1.1.0a");
        assertThat(m.protocolVersion()).isSameAs(ProtocolVersion.V1_1);
        RequestBatchItem item = m.batchItems().get(0);
        assertThat(item.operation()).isEqualTo(Operation.CREATE);
        assertThat(item.uniqueBatchItemId()).isNull();
        CreateRequest create = item.payload(CreateRequest.class);
        assertThat(create.objectType()).isEqualTo(ObjectType.SYMMETRIC_KEY);
        Attributes a = create.attributes();
        assertThat(a.cryptographicAlgorithm()).isEqualTo(CryptographicAlgorithm.AES);
        assertThat(a.cryptographicLength()).isEqualTo(128);
        assertThat(CryptographicUsageMask.fromMask(a.cryptographicUsageMask()))
                .isEqualTo(EnumSet.of(CryptographicUsageMask.ENCRYPT, CryptographicUsageMask.DECRYPT));
        assertThat(create.templateNames()).isEmpty();
    }

    @Test
    void createResponseCarriesTheNewIdentifierAndTheServerTimeStamp() {
        ResponseMessage m = response("TC11-3.1.1.0b");
        assertThat(m.header().timeStamp()).isEqualTo(Instant.ofEpochSecond(0x4F9A54E5L));
        ResponseBatchItem item = m.batchItems().get(0);
        assertThat(item.resultStatus()).isEqualTo(ResultStatus.SUCCESS);
        CreateResponse create = item.payload(CreateResponse.class);
        assertThat(create.objectType()).isEqualTo(ObjectType.SYMMETRIC_KEY);
        assertThat(create.uniqueIdentifier()).isEqualTo("fb4b5b9c-6188-4c63-8142-fe9c328129fc");
    }

    @Test
    void destroyAndGetRequestsNameTheirObject() {
        assertThat(request("TC11-3.1.1.1a").batchItems().get(0).payload(DestroyRequest.class).uniqueIdentifier())
                .isEqualTo(UniqueIdentifierRef.of("fb4b5b9c-6188-4c63-8142-fe9c328129fc"));
        GetRequest get = request("TC11-3.1.3.2a").batchItems().get(0).payload(GetRequest.class);
        assertThat(get.uniqueIdentifier().text()).isEqualTo("49a1ca88-6bea-4fb2-b450-7e58802c3038");
        assertThat(get.keyFormatType()).isNull();
        assertThat(get.keyWrappingSpecification()).isNull();
    }

    @Test
    void registerOfTemplateMapsTheCustomAttributeToVendorX() {
        RegisterRequest register = request("UC10-3.1-step-1-register-request").batchItems().get(0)
                .payload(RegisterRequest.class);
        assertThat(register.objectType()).isEqualTo(ObjectType.TEMPLATE);
        assertThat(register.attributes().isEmpty()).isTrue();
        Attributes t = ((Template) register.object()).attributes();
        assertThat(t.objectGroup()).isEqualTo("Group1");
        assertThat(t.get(Tag.CONTACT_INFORMATION).textValue()).isEqualTo("Joe");
        assertThat(t.get(AttributeKey.vendor("x", "Purpose")).textValue()).isEqualTo("demonstration");
        assertThat(t.names()).containsExactly(new Name("Template1", NameType.UNINTERPRETED_TEXT_STRING));
        TtlvItem.Structure asi = (TtlvItem.Structure) t.get(Tag.APPLICATION_SPECIFIC_INFORMATION).value();
        assertThat(asi.tag()).isEqualTo(Tag.APPLICATION_SPECIFIC_INFORMATION);
        assertThat(asi.first(Tag.APPLICATION_NAMESPACE)).isEqualTo(new TtlvItem.TextString(Tag.APPLICATION_NAMESPACE, "ssl"));
        assertThat(response("UC10-3.1-step-1-register-response").batchItems().get(0).payload(RegisterResponse.class)
                .uniqueIdentifier()).isEqualTo("a6ebbb6f-4c54-4bbb-ad29-be6bad4ecad5");
    }

    @Test
    void getAttributesNamesAndReturnsStandardAndCustomAttributes() {
        GetAttributesRequest req = request("UC10-3.1-step-3-get-attributes-request").batchItems().get(0)
                .payload(GetAttributesRequest.class);
        assertThat(req.attributes()).containsExactly(AttributeKey.of(Tag.OBJECT_GROUP),
                AttributeKey.of(Tag.APPLICATION_SPECIFIC_INFORMATION), AttributeKey.of(Tag.CONTACT_INFORMATION),
                AttributeKey.vendor("x", "Purpose"));
        GetAttributesResponse resp = response("UC10-3.1-step-3-get-attributes-response").batchItems().get(0)
                .payload(GetAttributesResponse.class);
        assertThat(resp.uniqueIdentifier()).isEqualTo("61b10614-d8b5-46f9-8d17-2fa6ea1d747a");
        assertThat(resp.attributes().asList()).extracting(Attribute::key).containsExactlyElementsOf(req.attributes());
    }

    @Test
    void activateLocateGetAndRevokeOfUseCase41() {
        assertThat(request("UC10-4.1-step-3-client-a-activate-request").batchItems().get(0)
                .payload(ActivateRequest.class).uniqueIdentifier().text()).isEqualTo("21d28b8a-06df-43c0-b72f-2a161633ada9");

        LocateRequest locate = request("UC10-4.1-step-5-client-b-locate-symmetric-key-by-name-request").batchItems()
                .get(0).payload(LocateRequest.class);
        assertThat(locate.attributes().objectType()).isEqualTo(ObjectType.SYMMETRIC_KEY);
        assertThat(locate.attributes().names()).containsExactly(Name.text("Key1"));
        assertThat(locate.maximumItems()).isNull();
        assertThat(response("UC10-4.1-step-5-client-b-locate-symmetric-key-by-name-response").batchItems().get(0)
                .payload(LocateResponse.class).uniqueIdentifiers()).containsExactly("21d28b8a-06df-43c0-b72f-2a161633ada9");

        GetResponse get = response("UC10-4.1-step-6-client-b-get-symmetric-key-response").batchItems().get(0)
                .payload(GetResponse.class);
        assertThat(get.objectType()).isEqualTo(ObjectType.SYMMETRIC_KEY);
        SymmetricKey key = (SymmetricKey) get.object();
        assertThat(key.keyBlock().keyFormatType()).isEqualTo(KeyFormatType.RAW);
        assertThat(key.keyBlock().cryptographicAlgorithm()).isEqualTo(CryptographicAlgorithm.AES);
        assertThat(key.keyBlock().cryptographicLength()).isEqualTo(128);
        assertThat(HexFormat.of().formatHex(key.keyBlock().keyBytes())).isEqualToIgnoringCase("EF7833AB15F5A1EE5874BC0D9BBC4BE7");
        assertThat(key.keyBlock().toString()).doesNotContainIgnoringCase("ef7833ab").contains("length=16");
        assertThat(((io.kmipserver.codec.object.KeyValue.Plain) key.keyBlock().keyValue()).keyMaterial())
                .isInstanceOf(KeyMaterial.Raw.class);

        RevokeRequest revoke = request("UC10-4.1-step-7-client-b-revoke-symmetric-key-compromised-request")
                .batchItems().get(0).payload(RevokeRequest.class);
        assertThat(revoke.revocationReason().code()).isEqualTo(RevocationReasonCode.KEY_COMPROMISE);
        assertThat(revoke.revocationReason().isCompromise()).isTrue();
        assertThat(revoke.compromiseOccurrenceDate()).isEqualTo(Instant.ofEpochSecond(6));
    }

    @Test
    void queryFailureWithoutOperationCarriesResponseTooLarge() {
        RequestMessage query = request("TC11-12.1-time-0-query-operations-objects-max-response-size-256-request");
        assertThat(query.header().maximumResponseSize()).isEqualTo(256);
        assertThat(query.batchItems().get(0).payload(QueryRequest.class).queryFunctions())
                .containsExactly(QueryFunction.QUERY_OPERATIONS, QueryFunction.QUERY_OBJECTS);
        ResponseBatchItem failed = response("TC11-12.1-time-0-query-operation-failed-response-too-large-response")
                .batchItems().get(0);
        assertThat(failed.operation()).isNull();
        assertThat(failed.resultStatus()).isEqualTo(ResultStatus.OPERATION_FAILED);
        assertThat(failed.resultReason()).isEqualTo(ResultReason.RESPONSE_TOO_LARGE);
        assertThat(failed.resultMessage()).startsWith("Response size: 648");
        assertThat(failed.payload()).isNull();
    }

    @Test
    void discoverVersionsListsVersionsInPreferenceOrder() {
        assertThat(request("TC11-16.1-time-0-discover-versions-no-versions-provided-request").batchItems().get(0)
                .payload(DiscoverVersionsRequest.class).protocolVersions()).isEmpty();
        assertThat(response("TC11-16.1-time-0-discover-versions-v11-v10-response").batchItems().get(0)
                .payload(DiscoverVersionsResponse.class).protocolVersions())
                .containsExactly(ProtocolVersion.V1_1, ProtocolVersion.V1_0);
    }

    private static RequestMessage request(String id) {
        return KmipMessages.decodeRequest(MessageVectors.byId(id).buffer());
    }

    private static ResponseMessage response(String id) {
        return KmipMessages.decodeResponse(MessageVectors.byId(id).buffer());
    }
}

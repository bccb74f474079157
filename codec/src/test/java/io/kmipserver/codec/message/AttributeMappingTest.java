package io.kmipserver.codec.message;

import static io.kmipserver.codec.message.Ttlv.e;
import static io.kmipserver.codec.message.Ttlv.i;
import static io.kmipserver.codec.message.Ttlv.item;
import static io.kmipserver.codec.message.Ttlv.request;
import static io.kmipserver.codec.message.Ttlv.s;
import static io.kmipserver.codec.message.Ttlv.t;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kmipserver.codec.attribute.Attribute;
import io.kmipserver.codec.attribute.AttributeKey;
import io.kmipserver.codec.attribute.Attributes;
import io.kmipserver.codec.attribute.CryptographicParameters;
import io.kmipserver.codec.attribute.Name;
import io.kmipserver.codec.payload.CreateRequest;
import io.kmipserver.codec.payload.GetAttributesRequest;
import io.kmipserver.codec.payload.GetAttributesResponse;
import io.kmipserver.codec.payload.UniqueIdentifierRef;
import io.kmipserver.codec.spec.BlockCipherMode;
import io.kmipserver.codec.spec.CryptographicAlgorithm;
import io.kmipserver.codec.spec.HashingAlgorithm;
import io.kmipserver.codec.spec.KmipVersion;
import io.kmipserver.codec.spec.NameType;
import io.kmipserver.codec.spec.ObjectType;
import io.kmipserver.codec.spec.Operation;
import io.kmipserver.codec.spec.ResultReason;
import io.kmipserver.codec.spec.Tag;
import io.kmipserver.codec.ttlv.TtlvItem;
import io.netty.buffer.Unpooled;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 1.x Attribute(Name, Index, Value) and 2.x tagged attributes map to one model and back. */
class AttributeMappingTest {

    /** A 1.1 Create request whose Template-Attribute holds a Name structure and a custom attribute. */
    private static final TtlvItem.Structure CREATE_1X = request(1, 1, item(Operation.CREATE.value(), null,
            e(Tag.OBJECT_TYPE, ObjectType.SYMMETRIC_KEY.value()),
            s(Tag.TEMPLATE_ATTRIBUTE,
                    s(Tag.ATTRIBUTE, t(Tag.ATTRIBUTE_NAME, "Cryptographic Algorithm"),
                            e(Tag.ATTRIBUTE_VALUE, CryptographicAlgorithm.AES.value())),
                    s(Tag.ATTRIBUTE, t(Tag.ATTRIBUTE_NAME, "Name"), i(Tag.ATTRIBUTE_INDEX, 0),
                            s(Tag.ATTRIBUTE_VALUE, t(Tag.NAME_VALUE, "key-1"), e(Tag.NAME_TYPE, NameType.UNINTERPRETED_TEXT_STRING.value()))),
                    s(Tag.ATTRIBUTE, t(Tag.ATTRIBUTE_NAME, "x-Vendor"), t(Tag.ATTRIBUTE_VALUE, "blue")))));

    @Test
    void template1xNameAndCustomAttributeMapTo2xTaggedAndVendorAttributes() {
        CreateRequest v1 = decode(CREATE_1X).batchItems().get(0).payload(CreateRequest.class);
        Attributes a = v1.attributes();
        assertThat(a.cryptographicAlgorithm()).isEqualTo(CryptographicAlgorithm.AES);
        assertThat(a.names()).containsExactly(Name.text("key-1"));
        assertThat(a.get(Tag.NAME).index()).isEqualTo(0);
        Attribute custom = a.get(AttributeKey.vendor("x", "Vendor"));
        assertThat(custom.value()).isEqualTo(t(Tag.ATTRIBUTE_VALUE, "blue"));

        byte[] wire2 = PayloadRoundTripTest.encode(RequestMessage.of(ProtocolVersion.V2_0, v1));
        TtlvItem.Structure attributes2 = (TtlvItem.Structure) Ttlv.flatten(Ttlv.tree(wire2)).stream()
                .filter(x -> x.tag() == Tag.ATTRIBUTES).findFirst().orElseThrow();
        assertThat(attributes2.items()).containsExactly(
                e(Tag.CRYPTOGRAPHIC_ALGORITHM, CryptographicAlgorithm.AES.value()),
                s(Tag.NAME, t(Tag.NAME_VALUE, "key-1"), e(Tag.NAME_TYPE, NameType.UNINTERPRETED_TEXT_STRING.value())),
                s(Tag.ATTRIBUTE, t(Tag.VENDOR_IDENTIFICATION, "x"), t(Tag.ATTRIBUTE_NAME, "Vendor"),
                        t(Tag.ATTRIBUTE_VALUE, "blue")));
        assertThat(Ttlv.flatten(Ttlv.tree(wire2))).noneMatch(x -> x.tag() == Tag.ATTRIBUTE_INDEX);

        CreateRequest v2 = KmipMessages.decodeRequest(Unpooled.wrappedBuffer(wire2)).batchItems().get(0)
                .payload(CreateRequest.class);
        assertThat(v2.attributes().asList()).extracting(Attribute::key).containsExactlyElementsOf(
                a.asList().stream().map(Attribute::key).toList());
        assertThat(v2.attributes().asList()).extracting(Attribute::value).containsExactlyElementsOf(
                a.asList().stream().map(Attribute::value).toList());

        byte[] wire1 = PayloadRoundTripTest.encode(RequestMessage.of(ProtocolVersion.V1_1, v2));
        assertThat(Ttlv.flatten(Ttlv.tree(wire1))).contains(t(Tag.ATTRIBUTE_NAME, "x-Vendor"), t(Tag.ATTRIBUTE_NAME, "Name"));
    }

    @Test
    void encodingFor10DropsAttributesAndFieldsThatVersionDoesNotDefine() {
        Attributes all = Attributes.of(
                Attribute.enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, CryptographicAlgorithm.AES),
                Attribute.bool(Tag.QUANTUM_SAFE, true),                  // 2.0+
                Attribute.bool(Tag.SENSITIVE, true),                     // 1.4+
                Attribute.text(Tag.DESCRIPTION, "d"),                    // 1.4+
                Attribute.vendor("acme", "Color", t(Tag.ATTRIBUTE_VALUE, "red")), // no 1.x name
                Attribute.vendor("y", "Owner", t(Tag.ATTRIBUTE_VALUE, "ops")),
                new CryptographicParameters(BlockCipherMode.CBC, null, HashingAlgorithm.SHA_256, null, null, null, true,
                        null, null, null, null, null, null, 20, null, null, null, null).toAttribute());
        ResponseMessage response = ResponseMessage.of(ProtocolVersion.V1_0, Samples.WHEN,
                List.of(ResponseBatchItem.success((byte[]) null, new GetAttributesResponse("u-1", all))));
        byte[] wire = PayloadRoundTripTest.encode(response);
        List<TtlvItem> items = Ttlv.flatten(Ttlv.tree(wire));
        assertThat(items).filteredOn(x -> x.tag() == Tag.ATTRIBUTE_NAME).extracting(x -> ((TtlvItem.TextString) x).value())
                .containsExactly("Cryptographic Algorithm", "y-Owner", "Cryptographic Parameters");
        assertThat(items).noneMatch(x -> x.tag() == Tag.RANDOM_IV || x.tag() == Tag.SALT_LENGTH);
        assertThat(items).anyMatch(x -> x.tag() == Tag.BLOCK_CIPHER_MODE);
        for (TtlvItem x : items) {
            assertThat(FieldReader.known(x.tag(), KmipVersion.V1_0)).as("tag %06X", x.tag()).isTrue();
        }

        Attributes decoded = KmipMessages.decodeResponse(Unpooled.wrappedBuffer(wire)).batchItems().get(0)
                .payload(GetAttributesResponse.class).attributes();
        assertThat(decoded).isEqualTo(all.knownIn(KmipVersion.V1_0));
        assertThat(decoded.size()).isEqualTo(3);
    }

    @Test
    void encodingFor20DropsTheAttributesOf21() {
        Attributes attrs = Attributes.of(Attribute.bool(Tag.ROTATE_AUTOMATIC, true), Attribute.bool(Tag.QUANTUM_SAFE, true));
        assertThat(attrs.knownIn(KmipVersion.V2_0).asList()).extracting(Attribute::tag).containsExactly(Tag.QUANTUM_SAFE);
        assertThat(attrs.knownIn(KmipVersion.V2_1)).isSameAs(attrs);
    }

    @Test
    void attributeReferencesTravelAsTagEnumerationsOrVendorStructures() {
        GetAttributesRequest req = new GetAttributesRequest(UniqueIdentifierRef.of("u"),
                List.of(AttributeKey.of(Tag.STATE), AttributeKey.vendor("acme", "Color")));
        List<TtlvItem> items = Ttlv.flatten(Ttlv.tree(PayloadRoundTripTest.encode(RequestMessage.of(ProtocolVersion.V2_1, req))));
        assertThat(items).contains(e(Tag.ATTRIBUTE_REFERENCE, Tag.STATE),
                s(Tag.ATTRIBUTE_REFERENCE, t(Tag.VENDOR_IDENTIFICATION, "acme"), t(Tag.ATTRIBUTE_NAME, "Color")));
        List<TtlvItem> items1 = Ttlv.flatten(Ttlv.tree(PayloadRoundTripTest.encode(RequestMessage.of(ProtocolVersion.V1_4, req))));
        assertThat(items1).filteredOn(x -> x.tag() == Tag.ATTRIBUTE_NAME).containsExactly(t(Tag.ATTRIBUTE_NAME, "State"));
    }

    @Test
    void anAttributeNameTheExactVersionDoesNotDefineIsAnInvalidField() {
        assertInvalidField(request(1, 0, item(Operation.CREATE.value(), null, e(Tag.OBJECT_TYPE, 2),
                s(Tag.TEMPLATE_ATTRIBUTE, s(Tag.ATTRIBUTE, t(Tag.ATTRIBUTE_NAME, "Sensitive"),
                        Ttlv.bool(Tag.ATTRIBUTE_VALUE, true))))));
        assertInvalidField(request(1, 4, item(Operation.CREATE.value(), null, e(Tag.OBJECT_TYPE, 2),
                s(Tag.TEMPLATE_ATTRIBUTE, s(Tag.ATTRIBUTE, t(Tag.ATTRIBUTE_NAME, "Colour"), t(Tag.ATTRIBUTE_VALUE, "red"))))));
    }

    @Test
    void aNewerMinorVersionDropsAttributeNamesItDoesNotKnow() {
        CreateRequest create = decode(request(1, 5, item(Operation.CREATE.value(), null, e(Tag.OBJECT_TYPE, 2),
                s(Tag.TEMPLATE_ATTRIBUTE,
                        s(Tag.ATTRIBUTE, t(Tag.ATTRIBUTE_NAME, "Colour"), t(Tag.ATTRIBUTE_VALUE, "red")),
                        s(Tag.ATTRIBUTE, t(Tag.ATTRIBUTE_NAME, "Cryptographic Length"), i(Tag.ATTRIBUTE_VALUE, 128))))))
                .batchItems().get(0).payload(CreateRequest.class);
        assertThat(create.attributes().asList()).extracting(Attribute::tag).containsExactly(Tag.CRYPTOGRAPHIC_LENGTH);
    }

    @Test
    void aValueOfTheWrongTypeOrShapeIsRefused() {
        RequestDecodeException wrongType = decodeFailure(request(1, 4, item(Operation.CREATE.value(), null,
                e(Tag.OBJECT_TYPE, 2), s(Tag.TEMPLATE_ATTRIBUTE, s(Tag.ATTRIBUTE,
                        t(Tag.ATTRIBUTE_NAME, "Cryptographic Length"), t(Tag.ATTRIBUTE_VALUE, "128"))))));
        assertThat(wrongType.resultReason()).isEqualTo(ResultReason.INVALID_MESSAGE);
        assertInvalidField(request(1, 4, item(Operation.CREATE.value(), null, e(Tag.OBJECT_TYPE, 2),
                s(Tag.TEMPLATE_ATTRIBUTE, s(Tag.ATTRIBUTE, t(Tag.ATTRIBUTE_NAME, "Name"),
                        s(Tag.ATTRIBUTE_VALUE, t(Tag.NAME_VALUE, "no type")))))));
        assertInvalidField(request(2, 1, item(Operation.CREATE.value(), null, e(Tag.OBJECT_TYPE, 2),
                s(Tag.ATTRIBUTES, e(Tag.CRYPTOGRAPHIC_ALGORITHM, 0x7777)))));
    }

    @Test
    void a2xAttributeFromALaterVersionIsAnInvalidFieldIn20() {
        assertInvalidField(request(2, 0, item(Operation.CREATE.value(), null, e(Tag.OBJECT_TYPE, 2),
                s(Tag.ATTRIBUTES, Ttlv.bool(Tag.ROTATE_AUTOMATIC, true)))));
    }

    private static RequestMessage decode(TtlvItem message) {
        return KmipMessages.decodeRequest(Ttlv.wire(message));
    }

    private static RequestDecodeException decodeFailure(TtlvItem message) {
        try {
            decode(message);
        } catch (RequestDecodeException e) {
            return e;
        }
        throw new AssertionError("decoded without failure");
    }

    private static void assertInvalidField(TtlvItem message) {
        assertThatThrownBy(() -> decode(message)).isInstanceOfSatisfying(RequestDecodeException.class,
                e -> assertThat(e.resultReason()).isEqualTo(ResultReason.INVALID_FIELD));
    }
}

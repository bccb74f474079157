package io.kmipserver.server.operation;

import static io.kmipserver.server.protocol.Requests.createAes;
import static io.kmipserver.server.protocol.Requests.custom;
import static io.kmipserver.server.protocol.Requests.getAttributes;
import static io.kmipserver.server.protocol.Requests.name;
import static io.kmipserver.server.protocol.Requests.uid;
import static org.assertj.core.api.Assertions.assertThat;

import io.kmipserver.codec.attribute.Attribute;
import io.kmipserver.codec.attribute.AttributeKey;
import io.kmipserver.codec.attribute.Attributes;
import io.kmipserver.codec.attribute.Digest;
import io.kmipserver.codec.attribute.Name;
import io.kmipserver.codec.message.KmipMessages;
import io.kmipserver.codec.message.ProtocolVersion;
import io.kmipserver.codec.message.RequestMessage;
import io.kmipserver.codec.message.ResponseBatchItem;
import io.kmipserver.codec.message.ResponseMessage;
import io.kmipserver.codec.payload.AddAttributeRequest;
import io.kmipserver.codec.payload.AddAttributeResponse;
import io.kmipserver.codec.payload.CreateResponse;
import io.kmipserver.codec.payload.DeleteAttributeRequest;
import io.kmipserver.codec.payload.DeleteAttributeResponse;
import io.kmipserver.codec.payload.GetAttributeListRequest;
import io.kmipserver.codec.payload.GetAttributeListResponse;
import io.kmipserver.codec.payload.GetAttributesResponse;
import io.kmipserver.codec.payload.ModifyAttributeRequest;
import io.kmipserver.codec.payload.ModifyAttributeResponse;
import io.kmipserver.codec.payload.SetAttributeRequest;
import io.kmipserver.codec.spec.CryptographicAlgorithm;
import io.kmipserver.codec.spec.HashingAlgorithm;
import io.kmipserver.codec.spec.KmipVersion;
import io.kmipserver.codec.spec.ResultReason;
import io.kmipserver.codec.spec.State;
import io.kmipserver.codec.spec.Tag;
import io.kmipserver.codec.ttlv.TtlvItem;
import io.kmipserver.server.protocol.HarnessTest;
import io.kmipserver.server.protocol.KmipHarness;
import io.kmipserver.server.protocol.Requests;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Get Attributes, Get Attribute List, Add, Set, Modify and Delete Attribute in 1.x and 2.x. */
class AttributeOperationsTest extends HarnessTest {

    static final ProtocolVersion V10 = ProtocolVersion.V1_0;
    static final ProtocolVersion V14 = ProtocolVersion.V1_4;
    static final ProtocolVersion V21 = ProtocolVersion.V2_1;


    String key;

    @BeforeEach
    void open() {
        key = h.one(V14, h.a, createAes(256, name("attr-key"), custom("owner", "team-a")))
                .payload(CreateResponse.class).uniqueIdentifier();
    }

    Attributes all(ProtocolVersion v) {
        return h.one(v, h.a, getAttributes(key)).payload(GetAttributesResponse.class).attributes();
    }

    @Test
    void theServerMaintainsIdentifierTypeStateDatesDigestAndFresh() {
        Attributes a = all(V21);

        assertThat(a.get(Tag.UNIQUE_IDENTIFIER).textValue()).isEqualTo(key);
        assertThat(a.cryptographicAlgorithm()).isEqualTo(CryptographicAlgorithm.AES);
        assertThat(a.cryptographicLength()).isEqualTo(256);
        assertThat(a.state()).isEqualTo(State.PRE_ACTIVE);
        assertThat(a.dateOf(Tag.INITIAL_DATE)).isEqualTo(KmipHarness.T0);
        assertThat(a.dateOf(Tag.LAST_CHANGE_DATE)).isEqualTo(KmipHarness.T0);
        assertThat(a.dateOf(Tag.ORIGINAL_CREATION_DATE)).isEqualTo(KmipHarness.T0);
        assertThat(a.get(Tag.FRESH).booleanValue()).isTrue();
        Digest d = Digest.fromItem(a.get(Tag.DIGEST).value());
        assertThat(d.hashingAlgorithm()).isEqualTo(HashingAlgorithm.SHA_256);
        assertThat(d.digestValue()).hasSize(32);
        assertThat(a.names()).containsExactly(Name.text("attr-key"));
        assertThat(a.get(AttributeKey.vendor("x", "owner")).value())
                .isEqualTo(new TtlvItem.TextString(Tag.ATTRIBUTE_VALUE, "team-a"));
    }

    @Test
    void aOneZeroClientNeverReceivesAnAttributeOneZeroDoesNotDefine() {
        Attributes typed = all(V10);

        for (Attribute a : typed) {
            assertThat(a.knownIn(KmipVersion.V1_0)).as(a.key().toString()).isTrue();
        }
        assertThat(typed.contains(Tag.FRESH)).isFalse(); // 1.1+
        assertThat(typed.contains(Tag.ORIGINAL_CREATION_DATE)).isFalse(); // 1.3+
        assertThat(typed.contains(Tag.KEY_FORMAT_TYPE)).isFalse(); // 2.x attribute
        assertThat(typed.contains(Tag.SENSITIVE)).isFalse(); // 1.4+
        assertThat(typed.contains(Tag.STATE)).isTrue();

        // and on the wire: encode the 1.0 response and decode it again
        ResponseMessage r = h.send(h.a, RequestMessage.of(V10, getAttributes(key)));
        ByteBuf buf = Unpooled.buffer();
        try {
            KmipMessages.encodeResponse(r, buf);
            ResponseMessage decoded = KmipMessages.decodeResponse(buf);
            Attributes wire = decoded.batchItems().get(0).payload(GetAttributesResponse.class).attributes();
            assertThat(wire.contains(Tag.KEY_FORMAT_TYPE)).isFalse();
            assertThat(wire.contains(Tag.FRESH)).isFalse();
            assertThat(wire.get(Tag.CRYPTOGRAPHIC_LENGTH).intValue()).isEqualTo(256);
        } finally {
            buf.release();
        }
    }

    @Test
    void getAttributesReturnsOnlyTheRequestedOnesAndRefusesDuplicates() {
        Attributes some = h.one(V14, h.a, getAttributes(key, AttributeKey.of(Tag.STATE), AttributeKey.of(Tag.OBJECT_GROUP)))
                .payload(GetAttributesResponse.class).attributes();
        ResponseBatchItem twice = h.one(V14, h.a, getAttributes(key, AttributeKey.of(Tag.STATE),
                AttributeKey.of(Tag.STATE)));

        assertThat(some.asList()).extracting(Attribute::tag).containsExactly(Tag.STATE);
        assertThat(twice.resultReason()).isEqualTo(ResultReason.INVALID_MESSAGE);
    }

    @Test
    void getAttributeListNamesEachAttributeOnceForTheVersion() {
        List<AttributeKey> v21 = h.one(V21, h.a, new GetAttributeListRequest(uid(key)))
                .payload(GetAttributeListResponse.class).attributes();
        List<AttributeKey> v10 = h.one(V10, h.a, new GetAttributeListRequest(uid(key)))
                .payload(GetAttributeListResponse.class).attributes();

        assertThat(v21).doesNotHaveDuplicates().contains(AttributeKey.of(Tag.NAME), AttributeKey.of(Tag.KEY_FORMAT_TYPE),
                AttributeKey.vendor("x", "owner"));
        assertThat(v10).contains(AttributeKey.of(Tag.NAME)).doesNotContain(AttributeKey.of(Tag.KEY_FORMAT_TYPE),
                AttributeKey.of(Tag.FRESH));
    }

    @Test
    void addAttributeGivesMultiInstanceAttributesTheNextIndexIn1x() {
        AddAttributeResponse first = h.one(V14, h.a, new AddAttributeRequest(uid(key),
                Attribute.text(Tag.OBJECT_GROUP, "group-1"))).payload(AddAttributeResponse.class);
        AddAttributeResponse second = h.one(V14, h.a, new AddAttributeRequest(uid(key),
                Attribute.text(Tag.OBJECT_GROUP, "group-2"))).payload(AddAttributeResponse.class);
        AddAttributeResponse in21 = h.one(V21, h.a, new AddAttributeRequest(uid(key),
                Attribute.text(Tag.OBJECT_GROUP, "group-3"))).payload(AddAttributeResponse.class);

        assertThat(first.attribute().indexOrZero()).isZero();
        assertThat(second.attribute().index()).isEqualTo(1);
        assertThat(second.attribute().textValue()).isEqualTo("group-2");
        assertThat(in21.attribute()).isNull();
        assertThat(all(V21).all(Tag.OBJECT_GROUP)).extracting(Attribute::textValue)
                .containsExactly("group-1", "group-2", "group-3");
        assertThat(all(V14).dateOf(Tag.LAST_CHANGE_DATE)).isEqualTo(KmipHarness.T0);
    }

    @Test
    void addingAReadOnlyAttributeIsPermissionDeniedIn1xAndReadOnlyAttributeIn2x() {
        Attribute state = Attribute.enumeration(Tag.STATE, State.ACTIVE);

        assertThat(h.one(V14, h.a, new AddAttributeRequest(uid(key), state)).resultReason())
                .isEqualTo(ResultReason.PERMISSION_DENIED);
        assertThat(h.one(V21, h.a, new AddAttributeRequest(uid(key), state)).resultReason())
                .isEqualTo(ResultReason.READ_ONLY_ATTRIBUTE);
        assertThat(h.one(V21, h.a, new AddAttributeRequest(uid(key),
                Attribute.vendor("y", "server-only", new TtlvItem.TextString(Tag.ATTRIBUTE_VALUE, "v")))).resultReason())
                .isEqualTo(ResultReason.READ_ONLY_ATTRIBUTE);
    }

    @Test
    void addingASecondInstanceOfASingleInstanceAttributeFails() {
        Attribute contact = Attribute.text(Tag.CONTACT_INFORMATION, "ops@example.com");
        h.one(V14, h.a, new AddAttributeRequest(uid(key), contact));

        assertThat(h.one(V14, h.a, new AddAttributeRequest(uid(key), contact)).resultReason())
                .isEqualTo(ResultReason.ILLEGAL_OPERATION);
        assertThat(h.one(V21, h.a, new AddAttributeRequest(uid(key), contact)).resultReason())
                .isEqualTo(ResultReason.ATTRIBUTE_SINGLE_VALUED);
    }

    @Test
    void aNameAnotherLiveObjectHasIsRefused() {
        String other = h.one(V14, h.a, createAes(128)).payload(CreateResponse.class).uniqueIdentifier();

        assertThat(h.one(V14, h.a, createAes(128, name("attr-key"))).resultReason()).isEqualTo(ResultReason.INVALID_FIELD);
        assertThat(h.one(V14, h.a, new AddAttributeRequest(uid(other), name("attr-key"))).resultReason())
                .isEqualTo(ResultReason.ILLEGAL_OPERATION);
        assertThat(h.one(V21, h.a, new AddAttributeRequest(uid(other), name("attr-key"))).resultReason())
                .isEqualTo(ResultReason.NON_UNIQUE_NAME_ATTRIBUTE);
        assertThat(h.one(V21, h.b, createAes(128, name("attr-key"))).isSuccess()).as("other adapter").isTrue();
    }

    @Test
    void modifyAttributeIn1xPicksTheInstanceByIndex() {
        h.one(V14, h.a, new AddAttributeRequest(uid(key), name("second-name")));

        ModifyAttributeResponse r = h.one(V14, h.a, new ModifyAttributeRequest(uid(key), null,
                name("renamed").withIndex(1))).payload(ModifyAttributeResponse.class);
        ResponseBatchItem missing = h.one(V14, h.a, new ModifyAttributeRequest(uid(key), null,
                name("nowhere").withIndex(7)));
        ResponseBatchItem absent = h.one(V14, h.a, new ModifyAttributeRequest(uid(key), null,
                Attribute.text(Tag.OBJECT_GROUP, "g")));

        assertThat(r.attribute().index()).isEqualTo(1);
        assertThat(all(V14).names()).containsExactly(Name.text("attr-key"), Name.text("renamed"));
        assertThat(missing.resultReason()).isEqualTo(ResultReason.ITEM_NOT_FOUND);
        assertThat(absent.resultReason()).isEqualTo(ResultReason.INVALID_FIELD);
    }

    @Test
    void modifyAttributeIn2xPicksTheInstanceByItsCurrentValue() {
        h.one(V21, h.a, new AddAttributeRequest(uid(key), name("second-name")));

        ResponseBatchItem ambiguous = h.one(V21, h.a, new ModifyAttributeRequest(uid(key), null, name("x")));
        ResponseBatchItem ok = h.one(V21, h.a, new ModifyAttributeRequest(uid(key), name("second-name"), name("renamed")));
        ResponseBatchItem noSuchValue = h.one(V21, h.a, new ModifyAttributeRequest(uid(key), name("gone"), name("y")));
        ResponseBatchItem absent = h.one(V21, h.a, new ModifyAttributeRequest(uid(key), null,
                Attribute.text(Tag.OBJECT_GROUP, "g")));
        ResponseBatchItem readOnly = h.one(V21, h.a, new ModifyAttributeRequest(uid(key), null,
                Attribute.integer(Tag.CRYPTOGRAPHIC_LENGTH, 128)));

        assertThat(ambiguous.resultReason()).isEqualTo(ResultReason.MULTI_VALUED_ATTRIBUTE);
        assertThat(ok.isSuccess()).isTrue();
        assertThat(all(V21).names()).containsExactly(Name.text("attr-key"), Name.text("renamed"));
        assertThat(noSuchValue.resultReason()).isEqualTo(ResultReason.ATTRIBUTE_INSTANCE_NOT_FOUND);
        assertThat(absent.resultReason()).isEqualTo(ResultReason.ATTRIBUTE_NOT_FOUND);
        assertThat(readOnly.resultReason()).isEqualTo(ResultReason.ATTRIBUTE_READ_ONLY);
    }

    @Test
    void setAttributeAddsOrReplacesASingleInstance() {
        ResponseBatchItem added = h.one(V21, h.a, new SetAttributeRequest(uid(key),
                Attribute.text(Tag.DESCRIPTION, "first")));
        ResponseBatchItem replaced = h.one(V21, h.a, new SetAttributeRequest(uid(key),
                Attribute.text(Tag.DESCRIPTION, "second")));
        h.one(V21, h.a, new AddAttributeRequest(uid(key), name("another")));
        ResponseBatchItem multi = h.one(V21, h.a, new SetAttributeRequest(uid(key), name("third")));
        ResponseBatchItem readOnly = h.one(V21, h.a, new SetAttributeRequest(uid(key),
                Attribute.enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, CryptographicAlgorithm.HMAC_SHA256)));
        ResponseBatchItem in14 = h.one(V14, h.a, new SetAttributeRequest(uid(key), Attribute.text(Tag.DESCRIPTION, "x")));

        assertThat(added.isSuccess()).isTrue();
        assertThat(replaced.isSuccess()).isTrue();
        assertThat(all(V21).all(Tag.DESCRIPTION)).extracting(Attribute::textValue).containsExactly("second");
        assertThat(multi.resultReason()).isEqualTo(ResultReason.MULTI_VALUED_ATTRIBUTE);
        assertThat(readOnly.resultReason()).isEqualTo(ResultReason.READ_ONLY_ATTRIBUTE);
        assertThat(in14.resultReason()).isEqualTo(ResultReason.OPERATION_NOT_SUPPORTED);
    }

    @Test
    void deleteAttributeIn1xDeletesTheIndexedInstanceAndEchoesIt() {
        h.one(V14, h.a, new AddAttributeRequest(uid(key), Attribute.text(Tag.OBJECT_GROUP, "g0")));
        h.one(V14, h.a, new AddAttributeRequest(uid(key), Attribute.text(Tag.OBJECT_GROUP, "g1")));

        DeleteAttributeResponse r = h.one(V14, h.a, new DeleteAttributeRequest(uid(key), AttributeKey.of(Tag.OBJECT_GROUP),
                1, null)).payload(DeleteAttributeResponse.class);
        ResponseBatchItem again = h.one(V14, h.a, new DeleteAttributeRequest(uid(key), AttributeKey.of(Tag.OBJECT_GROUP),
                1, null));
        ResponseBatchItem required = h.one(V14, h.a, new DeleteAttributeRequest(uid(key),
                AttributeKey.of(Tag.CRYPTOGRAPHIC_ALGORITHM), null, null));
        ResponseBatchItem custom = h.one(V14, h.a, new DeleteAttributeRequest(uid(key), AttributeKey.vendor("x", "owner"),
                null, null));

        assertThat(r.attribute().textValue()).isEqualTo("g1");
        assertThat(all(V14).all(Tag.OBJECT_GROUP)).extracting(Attribute::textValue).containsExactly("g0");
        assertThat(again.resultReason()).isEqualTo(ResultReason.ITEM_NOT_FOUND);
        assertThat(required.resultReason()).isEqualTo(ResultReason.PERMISSION_DENIED);
        assertThat(custom.isSuccess()).isTrue();
        assertThat(all(V14).get(AttributeKey.vendor("x", "owner"))).isNull();
    }

    @Test
    void deleteAttributeIn2xDeletesByValueOrEveryInstance() {
        h.one(V21, h.a, new AddAttributeRequest(uid(key), Attribute.text(Tag.OBJECT_GROUP, "g0")));
        h.one(V21, h.a, new AddAttributeRequest(uid(key), Attribute.text(Tag.OBJECT_GROUP, "g1")));
        h.one(V21, h.a, new AddAttributeRequest(uid(key), Attribute.text(Tag.OBJECT_GROUP, "g2")));

        ResponseBatchItem byValue = h.one(V21, h.a, new DeleteAttributeRequest(uid(key), null, null,
                Attribute.text(Tag.OBJECT_GROUP, "g1")));
        ResponseBatchItem noValue = h.one(V21, h.a, new DeleteAttributeRequest(uid(key), null, null,
                Attribute.text(Tag.OBJECT_GROUP, "zz")));
        assertThat(all(V21).all(Tag.OBJECT_GROUP)).extracting(Attribute::textValue).containsExactly("g0", "g2");
        ResponseBatchItem everything = h.one(V21, h.a, new DeleteAttributeRequest(uid(key),
                AttributeKey.of(Tag.OBJECT_GROUP), null, null));
        ResponseBatchItem none = h.one(V21, h.a, new DeleteAttributeRequest(uid(key),
                AttributeKey.of(Tag.OBJECT_GROUP), null, null));
        ResponseBatchItem readOnly = h.one(V21, h.a, new DeleteAttributeRequest(uid(key),
                AttributeKey.of(Tag.INITIAL_DATE), null, null));

        assertThat(byValue.isSuccess()).isTrue();
        assertThat(noValue.resultReason()).isEqualTo(ResultReason.ATTRIBUTE_INSTANCE_NOT_FOUND);
        assertThat(everything.isSuccess()).isTrue();
        assertThat(all(V21).contains(Tag.OBJECT_GROUP)).isFalse();
        assertThat(none.resultReason()).isEqualTo(ResultReason.ATTRIBUTE_NOT_FOUND);
        assertThat(readOnly.resultReason()).isEqualTo(ResultReason.ATTRIBUTE_READ_ONLY);
    }

    @Test
    void everyChangeMovesTheLastChangeDate() {
        h.clock.advance(java.time.Duration.ofMinutes(3));

        h.one(V21, h.a, new AddAttributeRequest(uid(key), Attribute.text(Tag.COMMENT, "rotated quarterly")));

        assertThat(all(V21).dateOf(Tag.LAST_CHANGE_DATE)).isEqualTo(KmipHarness.T0.plusSeconds(180));
        assertThat(all(V21).dateOf(Tag.INITIAL_DATE)).isEqualTo(KmipHarness.T0);
    }

    @Test
    void aMalformedNameIsRefused() {
        Attribute bad = Attribute.of(new TtlvItem.Structure(Tag.NAME, new TtlvItem.TextString(Tag.NAME_VALUE, "no type")));

        assertThat(h.one(V14, h.a, new AddAttributeRequest(uid(key), bad)).resultReason())
                .isEqualTo(ResultReason.INVALID_FIELD);
        assertThat(h.one(V21, h.a, new AddAttributeRequest(uid(key), bad)).resultReason())
                .isEqualTo(ResultReason.INVALID_ATTRIBUTE_VALUE);
        assertThat(Requests.ENCRYPT_DECRYPT).isEqualTo(12);
    }
}

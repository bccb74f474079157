package io.kmipserver.server.operation;

import static io.kmipserver.server.protocol.Requests.activate;
import static io.kmipserver.server.protocol.Requests.createAes;
import static io.kmipserver.server.protocol.Requests.destroy;
import static io.kmipserver.server.protocol.Requests.get;
import static io.kmipserver.server.protocol.Requests.getAttributes;
import static io.kmipserver.server.protocol.Requests.locate;
import static io.kmipserver.server.protocol.Requests.name;
import static io.kmipserver.server.protocol.Requests.revoke;
import static io.kmipserver.server.protocol.Requests.uid;
import static org.assertj.core.api.Assertions.assertThat;

import io.kmipserver.codec.attribute.Attribute;
import io.kmipserver.codec.attribute.AttributeKey;
import io.kmipserver.codec.message.ProtocolVersion;
import io.kmipserver.codec.message.ResponseBatchItem;
import io.kmipserver.codec.payload.AddAttributeRequest;
import io.kmipserver.codec.payload.CheckRequest;
import io.kmipserver.codec.payload.CreateResponse;
import io.kmipserver.codec.payload.DeleteAttributeRequest;
import io.kmipserver.codec.payload.GetAttributeListRequest;
import io.kmipserver.codec.payload.LocateResponse;
import io.kmipserver.codec.payload.ModifyAttributeRequest;
import io.kmipserver.codec.payload.ReKeyRequest;
import io.kmipserver.codec.payload.RequestPayload;
import io.kmipserver.codec.payload.SetAttributeRequest;
import io.kmipserver.codec.spec.ResultReason;
import io.kmipserver.codec.spec.RevocationReasonCode;
import io.kmipserver.codec.spec.State;
import io.kmipserver.codec.spec.Tag;
import io.kmipserver.server.protocol.HarnessTest;
import io.kmipserver.server.store.ManagedObject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** DESIGN invariant 4: a client sees, locates and changes only its own adapter's objects. */
class TenancyTest extends HarnessTest {


    String keyOfA;

    @BeforeEach
    void open() {
        keyOfA = h.one(ProtocolVersion.V1_4, h.a, createAes(128, name("a-secret"))).payload(CreateResponse.class)
                .uniqueIdentifier();
    }

    @Test
    void anotherAdaptersObjectIsItemNotFoundForEveryOperationIn1xAnd2x() {
        List<RequestPayload> requests = List.of(get(keyOfA), getAttributes(keyOfA),
                new GetAttributeListRequest(uid(keyOfA)), activate(keyOfA), destroy(keyOfA),
                revoke(keyOfA, RevocationReasonCode.KEY_COMPROMISE),
                new AddAttributeRequest(uid(keyOfA), Attribute.text(Tag.OBJECT_GROUP, "stolen")),
                new ModifyAttributeRequest(uid(keyOfA), null, name("renamed")),
                new DeleteAttributeRequest(uid(keyOfA), AttributeKey.of(Tag.NAME), null, null),
                new ReKeyRequest(uid(keyOfA), null, null, null, null),
                new CheckRequest(uid(keyOfA), null, null, null));
        for (ProtocolVersion v : List.of(ProtocolVersion.V1_4, ProtocolVersion.V2_1)) {
            for (RequestPayload r : requests) {
                ResponseBatchItem item = h.one(v, h.b, r);
                assertThat(item.resultReason()).as(v + " " + r.operation().specName())
                        .isEqualTo(ResultReason.ITEM_NOT_FOUND);
                assertThat(item.resultMessage()).doesNotContain("adapter");
            }
        }
        ResponseBatchItem set = h.one(ProtocolVersion.V2_1, h.b, new SetAttributeRequest(uid(keyOfA), name("x")));
        assertThat(set.resultReason()).isEqualTo(ResultReason.ITEM_NOT_FOUND);

        ManagedObject untouched = h.store.findObject(h.adapterA, keyOfA).orElseThrow();
        assertThat(untouched.state()).isEqualTo(State.PRE_ACTIVE.value());
        assertThat(untouched.hasMaterial()).isTrue();
        assertThat(untouched.version()).isEqualTo(1);
    }

    @Test
    void anotherAdaptersObjectLooksExactlyLikeAMissingOne() {
        ResponseBatchItem foreign = h.one(ProtocolVersion.V1_4, h.b, get(keyOfA));
        ResponseBatchItem missing = h.one(ProtocolVersion.V1_4, h.b, get("00000000-0000-0000-0000-000000000000"));

        assertThat(foreign.resultReason()).isEqualTo(missing.resultReason());
        assertThat(foreign.resultMessage().replace(keyOfA, "ID"))
                .isEqualTo(missing.resultMessage().replace("00000000-0000-0000-0000-000000000000", "ID"));
    }

    @Test
    void locateNeverReturnsAnotherAdaptersObjects() {
        assertThat(h.one(ProtocolVersion.V2_1, h.b, locate(name("a-secret"))).payload(LocateResponse.class)
                .uniqueIdentifiers()).isEmpty();
        assertThat(h.one(ProtocolVersion.V2_1, h.b, locate()).payload(LocateResponse.class).uniqueIdentifiers()).isEmpty();
        assertThat(h.one(ProtocolVersion.V2_1, h.a, locate()).payload(LocateResponse.class).uniqueIdentifiers())
                .containsExactly(keyOfA);
    }
}

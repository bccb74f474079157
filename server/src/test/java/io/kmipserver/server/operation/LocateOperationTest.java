package io.kmipserver.server.operation;

import static io.kmipserver.server.protocol.Requests.createAes;
import static io.kmipserver.server.protocol.Requests.custom;
import static io.kmipserver.server.protocol.Requests.destroy;
import static io.kmipserver.server.protocol.Requests.getPlaceholder;
import static io.kmipserver.server.protocol.Requests.locate;
import static io.kmipserver.server.protocol.Requests.name;
import static org.assertj.core.api.Assertions.assertThat;

import io.kmipserver.audit.event.AuditEvent;
import io.kmipserver.codec.attribute.Attribute;
import io.kmipserver.codec.attribute.Attributes;
import io.kmipserver.codec.message.ProtocolVersion;
import io.kmipserver.codec.message.ResponseBatchItem;
import io.kmipserver.codec.message.ResponseMessage;
import io.kmipserver.codec.payload.CreateResponse;
import io.kmipserver.codec.payload.GetResponse;
import io.kmipserver.codec.payload.LocateRequest;
import io.kmipserver.codec.payload.LocateResponse;
import io.kmipserver.codec.spec.CryptographicAlgorithm;
import io.kmipserver.codec.spec.CryptographicUsageMask;
import io.kmipserver.codec.spec.ObjectGroupMember;
import io.kmipserver.codec.spec.ObjectType;
import io.kmipserver.codec.spec.ResultReason;
import io.kmipserver.codec.spec.State;
import io.kmipserver.codec.spec.StorageStatusMask;
import io.kmipserver.codec.spec.Tag;
import io.kmipserver.server.protocol.HarnessTest;
import io.kmipserver.server.protocol.KmipHarness;
import io.kmipserver.server.protocol.Requests;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Locate (KMIP 1.4 §4.9, 2.1 §6.1.28) by each kind of criterion, with paging and newest-first order. */
class LocateOperationTest extends HarnessTest {

    static final ProtocolVersion V14 = ProtocolVersion.V1_4;
    static final ProtocolVersion V21 = ProtocolVersion.V2_1;


    String aes128;
    String aes256;
    String hmac;

    @BeforeEach
    void open() {
        aes128 = create(createAes(128, name("disk-1"), Attribute.text(Tag.OBJECT_GROUP, "vm-keys"), custom("env", "prod")));
        h.clock.advance(Duration.ofMinutes(1));
        aes256 = create(createAes(256, name("disk-2"), Attribute.text(Tag.OBJECT_GROUP, "vm-keys"), custom("env", "test")));
        h.clock.advance(Duration.ofMinutes(1));
        hmac = create(Requests.create(Attribute.enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, CryptographicAlgorithm.HMAC_SHA256),
                name("mac-1")));
        h.clock.advance(Duration.ofMinutes(1));
    }

    String create(io.kmipserver.codec.payload.CreateRequest request) {
        return h.one(V14, h.a, request).payload(CreateResponse.class).uniqueIdentifier();
    }

    LocateResponse find(ProtocolVersion v, LocateRequest request) {
        ResponseBatchItem item = h.one(v, h.a, request);
        assertThat(item.isSuccess()).as(String.valueOf(item.resultMessage())).isTrue();
        return item.payload(LocateResponse.class);
    }

    List<String> ids(ProtocolVersion v, Attribute... attributes) {
        return find(v, locate(attributes)).uniqueIdentifiers();
    }

    @Test
    void withoutCriteriaEveryObjectOfTheAdapterMatchesNewestFirst() {
        assertThat(ids(V14)).containsExactly(hmac, aes256, aes128);
        assertThat(ids(V21)).containsExactly(hmac, aes256, aes128);
    }

    @Test
    void byName() {
        assertThat(ids(V14, name("disk-2"))).containsExactly(aes256);
        assertThat(ids(V21, name("nope"))).isEmpty();
    }

    @Test
    void byObjectTypeAlgorithmAndLength() {
        assertThat(ids(V21, Attribute.enumeration(Tag.OBJECT_TYPE, ObjectType.SYMMETRIC_KEY))).hasSize(3);
        assertThat(ids(V14, Attribute.enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, CryptographicAlgorithm.AES)))
                .containsExactly(aes256, aes128);
        assertThat(ids(V14, Attribute.enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, CryptographicAlgorithm.AES),
                Attribute.integer(Tag.CRYPTOGRAPHIC_LENGTH, 128))).containsExactly(aes128);
    }

    @Test
    void byObjectGroupAndCustomAttribute() {
        assertThat(ids(V14, Attribute.text(Tag.OBJECT_GROUP, "vm-keys"))).containsExactly(aes256, aes128);
        assertThat(ids(V14, custom("env", "prod"))).containsExactly(aes128);
        assertThat(ids(V21, custom("env", "test"))).containsExactly(aes256);
    }

    @Test
    void byState() {
        h.one(V14, h.a, Requests.activate(aes256));

        assertThat(ids(V14, Attribute.enumeration(Tag.STATE, State.ACTIVE))).containsExactly(aes256);
        assertThat(ids(V21, Attribute.enumeration(Tag.STATE, State.PRE_ACTIVE))).containsExactly(hmac, aes128);
    }

    @Test
    void byUsageMaskMatchesObjectsHavingEveryRequestedBit() {
        int encrypt = CryptographicUsageMask.ENCRYPT.bit();
        int macGenerate = CryptographicUsageMask.MAC_GENERATE.bit();

        assertThat(ids(V14, Attribute.integer(Tag.CRYPTOGRAPHIC_USAGE_MASK, encrypt))).containsExactly(aes256, aes128);
        assertThat(ids(V14, Attribute.integer(Tag.CRYPTOGRAPHIC_USAGE_MASK, macGenerate))).containsExactly(hmac);
        assertThat(ids(V14, Attribute.integer(Tag.CRYPTOGRAPHIC_USAGE_MASK, encrypt | macGenerate))).isEmpty();
    }

    @Test
    void aDateOnceMatchesThatInstantAndTwiceARangeBothEndsIncluded() {
        Attribute at0 = Attribute.dateTime(Tag.INITIAL_DATE, KmipHarness.T0);
        Attribute at1 = Attribute.dateTime(Tag.INITIAL_DATE, KmipHarness.T0.plusSeconds(60));
        Attribute at2 = Attribute.dateTime(Tag.INITIAL_DATE, KmipHarness.T0.plusSeconds(120));

        assertThat(ids(V14, at1)).containsExactly(aes256);
        assertThat(ids(V14, at0, at1)).containsExactly(aes256, aes128);
        assertThat(ids(V21, at2, at1)).containsExactly(hmac, aes256);
    }

    @Test
    void maximumItemsAndOffsetItemsPageNewestFirstAndLocatedItemsCountsAll() {
        LocateResponse first = find(V14, new LocateRequest(2, null, null, null, Attributes.EMPTY));
        LocateResponse second = find(V14, new LocateRequest(2, 2, null, null, Attributes.EMPTY));

        assertThat(first.uniqueIdentifiers()).containsExactly(hmac, aes256);
        assertThat(second.uniqueIdentifiers()).containsExactly(aes128);
        assertThat(first.locatedItems()).isEqualTo(3);
        assertThat(find(ProtocolVersion.V1_0, locate()).locatedItems()).as("Located Items is 1.3+").isNull();
    }

    @Test
    void destroyedObjectsAreFoundOnlyWithTheDestroyedStorageBitOrAnExplicitStateIn1x() {
        h.one(V14, h.a, destroy(aes128));

        assertThat(ids(V21)).containsExactly(hmac, aes256);
        int destroyedOnly = StorageStatusMask.DESTROYED_STORAGE.bit();
        int both = destroyedOnly | StorageStatusMask.ON_LINE_STORAGE.bit();
        assertThat(find(V21, new LocateRequest(null, null, destroyedOnly, null, Attributes.EMPTY)).uniqueIdentifiers())
                .containsExactly(aes128);
        assertThat(find(V21, new LocateRequest(null, null, both, null, Attributes.EMPTY)).uniqueIdentifiers())
                .containsExactly(hmac, aes256, aes128);
        assertThat(find(V21, new LocateRequest(null, null, StorageStatusMask.ARCHIVAL_STORAGE.bit(), null,
                Attributes.EMPTY)).uniqueIdentifiers()).isEmpty();
        assertThat(ids(V14)).containsExactly(hmac, aes256);
        assertThat(ids(V14, Attribute.enumeration(Tag.STATE, State.DESTROYED))).containsExactly(aes128);
        assertThat(h.one(V14, h.a, new LocateRequest(null, null, destroyedOnly, null, Attributes.EMPTY)).resultReason())
                .as("1.x has no Destroyed Storage bit").isEqualTo(ResultReason.INVALID_FIELD);
    }

    @Test
    void groupMemberFreshFindsObjectsNotYetServed() {
        h.one(V14, h.a, Requests.get(aes256));

        LocateResponse fresh = find(V14, new LocateRequest(null, null, null, ObjectGroupMember.GROUP_MEMBER_FRESH,
                Attributes.of(Attribute.text(Tag.OBJECT_GROUP, "vm-keys"))));

        assertThat(fresh.uniqueIdentifiers()).containsExactly(aes128);
    }

    @Test
    void aSingleResultFillsTheIdPlaceholderAndSeveralEmptyIt() {
        ResponseMessage single = h.batch(V14, h.a, null, locate(name("disk-1")), getPlaceholder());
        ResponseMessage several = h.batch(V14, h.a, null, locate(Attribute.text(Tag.OBJECT_GROUP, "vm-keys")),
                getPlaceholder());

        assertThat(single.batchItems().get(1).payload(GetResponse.class).uniqueIdentifier()).isEqualTo(aes128);
        assertThat(several.batchItems().get(1).resultReason()).isEqualTo(ResultReason.MISSING_DATA);
    }

    @Test
    void theAuditEventRecordsTheFiltersAndTheResultCount() {
        int before = h.events().size();

        find(V14, new LocateRequest(5, 1, null, null, Attributes.of(Attribute.text(Tag.OBJECT_GROUP, "vm-keys"))));

        AuditEvent e = h.eventsSince(before).get(0);
        assertThat(e.action()).isEqualTo("kmip.locate");
        assertThat(e.requestData()).containsEntry("filters", "Object Group=vm-keys").containsEntry("maximumItems", "5")
                .containsEntry("offsetItems", "1");
        assertThat(e.responseData()).containsEntry("locatedItems", "2").containsEntry("returnedItems", "1");
        assertThat(e.target().uniqueIdentifiers()).containsExactly(aes128);
    }

    @Test
    void anotherAdaptersObjectsAreNeverLocated() {
        h.one(V14, h.b, createAes(128, name("disk-1")));

        assertThat(ids(V14, name("disk-1"))).containsExactly(aes128);
        assertThat(h.one(V14, h.b, locate()).payload(LocateResponse.class).uniqueIdentifiers()).hasSize(1)
                .doesNotContain(aes128, aes256, hmac);
    }
}

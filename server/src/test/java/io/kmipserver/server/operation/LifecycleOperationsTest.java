package io.kmipserver.server.operation;

import static io.kmipserver.server.protocol.Requests.activate;
import static io.kmipserver.server.protocol.Requests.createAes;
import static io.kmipserver.server.protocol.Requests.destroy;
import static io.kmipserver.server.protocol.Requests.get;
import static io.kmipserver.server.protocol.Requests.getAttributes;
import static io.kmipserver.server.protocol.Requests.revoke;
import static org.assertj.core.api.Assertions.assertThat;

import io.kmipserver.codec.attribute.Attribute;
import io.kmipserver.codec.attribute.AttributeKey;
import io.kmipserver.codec.attribute.Attributes;
import io.kmipserver.codec.attribute.RevocationReason;
import io.kmipserver.codec.message.ProtocolVersion;
import io.kmipserver.codec.message.ResponseBatchItem;
import io.kmipserver.codec.payload.CreateResponse;
import io.kmipserver.codec.payload.GetAttributesResponse;
import io.kmipserver.codec.payload.ModifyAttributeRequest;
import io.kmipserver.codec.payload.RevokeRequest;
import io.kmipserver.codec.spec.ResultReason;
import io.kmipserver.codec.spec.RevocationReasonCode;
import io.kmipserver.codec.spec.State;
import io.kmipserver.codec.spec.Tag;
import io.kmipserver.server.protocol.HarnessTest;
import io.kmipserver.server.protocol.KmipHarness;
import io.kmipserver.server.protocol.Requests;
import io.kmipserver.server.store.ManagedObject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The lifecycle table of KMIP 1.4 §3.22 / 2.1 §4.57 through Activate, Revoke, Destroy and Get. */
class LifecycleOperationsTest extends HarnessTest {

    static final ProtocolVersion V14 = ProtocolVersion.V1_4;
    static final ProtocolVersion V21 = ProtocolVersion.V2_1;



    String create(ProtocolVersion v, Attribute... extra) {
        return h.one(v, h.a, createAes(128, extra)).payload(CreateResponse.class).uniqueIdentifier();
    }

    ManagedObject stored(String uid) {
        return h.store.findObject(h.adapterA, uid).orElseThrow();
    }

    State state(ProtocolVersion v, String uid) {
        GetAttributesResponse r = h.one(v, h.a, getAttributes(uid, AttributeKey.of(Tag.STATE)))
                .payload(GetAttributesResponse.class);
        return r.attributes().state();
    }

    @Test
    void activateSetsActiveAndTheActivationDateToNow() {
        String uid = create(V14);
        h.clock.advance(Duration.ofMinutes(5));

        assertThat(h.one(V14, h.a, activate(uid)).isSuccess()).isTrue();

        ManagedObject o = stored(uid);
        assertThat(o.state()).isEqualTo(State.ACTIVE.value());
        assertThat(o.activationDate()).isEqualTo(KmipHarness.T0.plus(Duration.ofMinutes(5)));
        assertThat(o.lastChangeDate()).isEqualTo(o.activationDate());
    }

    @Test
    void activatingTwiceIsPermissionDeniedIn14AndWrongKeyLifecycleStateIn21() {
        String uid = create(V14);
        h.one(V14, h.a, activate(uid));

        assertThat(h.one(V14, h.a, activate(uid)).resultReason()).isEqualTo(ResultReason.PERMISSION_DENIED);
        assertThat(h.one(V21, h.a, activate(uid)).resultReason()).isEqualTo(ResultReason.WRONG_KEY_LIFECYCLE_STATE);
    }

    @Test
    void destroyOfAnActiveKeyIsRefusedWithTheVersionsReasonAndKeepsTheMaterial() {
        String uid = create(V21);
        h.one(V21, h.a, activate(uid));

        ResponseBatchItem in10 = h.one(ProtocolVersion.V1_0, h.a, destroy(uid));
        ResponseBatchItem in21 = h.one(V21, h.a, destroy(uid));

        assertThat(in10.resultReason()).isEqualTo(ResultReason.PERMISSION_DENIED);
        assertThat(in21.resultReason()).isEqualTo(ResultReason.WRONG_KEY_LIFECYCLE_STATE);
        assertThat(stored(uid).hasMaterial()).isTrue();
        assertThat(h.one(V21, h.a, get(uid)).isSuccess()).isTrue();
    }

    @Test
    void destroyOfAPreActiveKeyErasesTheMaterialAndKeepsTheMetadata() {
        String uid = create(V14, Requests.name("short-lived"));
        h.clock.advance(Duration.ofSeconds(30));

        assertThat(h.one(V14, h.a, destroy(uid)).isSuccess()).isTrue();

        ManagedObject o = stored(uid);
        assertThat(o.hasMaterial()).isFalse();
        assertThat(h.store.findMaterial(h.adapterA, uid)).isEmpty();
        assertThat(o.state()).isEqualTo(State.DESTROYED.value());
        assertThat(o.destroyDate()).isEqualTo(KmipHarness.T0.plusSeconds(30));
        assertThat(state(V14, uid)).isEqualTo(State.DESTROYED);
    }

    @Test
    void getOfADestroyedKeyFailsWithIllegalOperationIn1xAndKeyValueNotPresentIn2x() {
        String uid = create(V14);
        h.one(V14, h.a, destroy(uid));

        assertThat(h.one(V14, h.a, get(uid)).resultReason()).isEqualTo(ResultReason.ILLEGAL_OPERATION);
        assertThat(h.one(V21, h.a, get(uid)).resultReason()).isEqualTo(ResultReason.KEY_VALUE_NOT_PRESENT);
    }

    @Test
    void destroyingTwiceIsPermissionDeniedIn1xAndObjectDestroyedIn2x() {
        String uid = create(V14);
        h.one(V14, h.a, destroy(uid));

        assertThat(h.one(V14, h.a, destroy(uid)).resultReason()).isEqualTo(ResultReason.PERMISSION_DENIED);
        assertThat(h.one(V21, h.a, destroy(uid)).resultReason()).isEqualTo(ResultReason.OBJECT_DESTROYED);
    }

    @Test
    void revokeWithKeyCompromiseThenDestroyEndsDestroyedCompromised() {
        String uid = create(V21);
        h.one(V21, h.a, activate(uid));
        h.clock.advance(Duration.ofHours(1));
        Instant occurred = KmipHarness.T0.plusSeconds(600);

        ResponseBatchItem revoked = h.one(V21, h.a, new RevokeRequest(Requests.uid(uid),
                new RevocationReason(RevocationReasonCode.KEY_COMPROMISE, "laptop stolen"), occurred));
        ManagedObject compromised = stored(uid);
        ResponseBatchItem destroyed = h.one(V21, h.a, destroy(uid));

        assertThat(revoked.isSuccess()).isTrue();
        assertThat(compromised.state()).isEqualTo(State.COMPROMISED.value());
        assertThat(compromised.compromiseDate()).isEqualTo(KmipHarness.T0.plus(Duration.ofHours(1)));
        Attributes attrs = h.one(V21, h.a, getAttributes(uid)).payload(GetAttributesResponse.class).attributes();
        assertThat(attrs.dateOf(Tag.COMPROMISE_OCCURRENCE_DATE)).isEqualTo(occurred);
        assertThat(RevocationReason.fromItem(attrs.get(Tag.REVOCATION_REASON).value()).code())
                .isEqualTo(RevocationReasonCode.KEY_COMPROMISE);
        assertThat(destroyed.isSuccess()).isTrue();
        assertThat(stored(uid).state()).isEqualTo(State.DESTROYED_COMPROMISED.value());
    }

    @Test
    void compromiseWithoutOccurrenceDateUsesTheInitialDate() {
        String uid = create(V14);
        h.clock.advance(Duration.ofDays(1));

        h.one(V14, h.a, revoke(uid, RevocationReasonCode.CA_COMPROMISE));

        Attributes attrs = h.one(V14, h.a, getAttributes(uid)).payload(GetAttributesResponse.class).attributes();
        assertThat(attrs.dateOf(Tag.COMPROMISE_OCCURRENCE_DATE)).isEqualTo(KmipHarness.T0);
        assertThat(attrs.state()).isEqualTo(State.COMPROMISED);
    }

    @Test
    void aCompromisedDestroyedKeyBecomesDestroyedCompromised() {
        String uid = create(V14);
        h.one(V14, h.a, destroy(uid));

        assertThat(h.one(V14, h.a, revoke(uid, RevocationReasonCode.KEY_COMPROMISE)).isSuccess()).isTrue();
        assertThat(stored(uid).state()).isEqualTo(State.DESTROYED_COMPROMISED.value());
    }

    @Test
    void revokeForAnotherReasonDeactivatesAnActiveKeyOnly() {
        String uid = create(V14);
        ResponseBatchItem preActive = h.one(V21, h.a, revoke(uid, RevocationReasonCode.SUPERSEDED));
        h.one(V14, h.a, activate(uid));
        h.clock.advance(Duration.ofMinutes(1));

        ResponseBatchItem active = h.one(V14, h.a, revoke(uid, RevocationReasonCode.SUPERSEDED));

        assertThat(preActive.resultReason()).isEqualTo(ResultReason.WRONG_KEY_LIFECYCLE_STATE);
        assertThat(active.isSuccess()).isTrue();
        ManagedObject o = stored(uid);
        assertThat(o.state()).isEqualTo(State.DEACTIVATED.value());
        assertThat(o.deactivationDate()).isEqualTo(KmipHarness.T0.plusSeconds(60));
        assertThat(h.one(V14, h.a, destroy(uid)).isSuccess()).isTrue();
        assertThat(stored(uid).state()).isEqualTo(State.DESTROYED.value());
    }

    @Test
    void aCompromiseOccurrenceDateWithAnotherReasonIsInvalidField() {
        String uid = create(V14);

        ResponseBatchItem r = h.one(V14, h.a, new RevokeRequest(Requests.uid(uid),
                new RevocationReason(RevocationReasonCode.UNSPECIFIED, null), KmipHarness.T0));

        assertThat(r.resultReason()).isEqualTo(ResultReason.INVALID_FIELD);
    }

    @Test
    void anActivationDateInThePastCreatesAnActiveKey() {
        String uid = create(V14, Attribute.dateTime(Tag.ACTIVATION_DATE, KmipHarness.T0.minusSeconds(60)));

        assertThat(stored(uid).state()).isEqualTo(State.ACTIVE.value());
        assertThat(h.one(V14, h.a, activate(uid)).resultReason()).isEqualTo(ResultReason.PERMISSION_DENIED);
    }

    @Test
    void reachedDatesChangeTheStateWhenTheObjectIsReadAndTheNextWritePersistsIt() {
        String uid = create(V21, Attribute.dateTime(Tag.ACTIVATION_DATE, KmipHarness.T0.plusSeconds(3600)),
                Attribute.dateTime(Tag.DEACTIVATION_DATE, KmipHarness.T0.plusSeconds(7200)));
        assertThat(state(V21, uid)).isEqualTo(State.PRE_ACTIVE);

        h.clock.advance(Duration.ofSeconds(3600));
        assertThat(state(V21, uid)).isEqualTo(State.ACTIVE);
        assertThat(stored(uid).state()).isEqualTo(State.PRE_ACTIVE.value());
        assertThat(h.one(V21, h.a, destroy(uid)).resultReason()).isEqualTo(ResultReason.WRONG_KEY_LIFECYCLE_STATE);

        h.clock.advance(Duration.ofSeconds(3600));
        assertThat(state(V21, uid)).isEqualTo(State.DEACTIVATED);
        assertThat(h.one(V21, h.a, destroy(uid)).isSuccess()).isTrue();
        assertThat(stored(uid).state()).isEqualTo(State.DESTROYED.value());
    }

    @Test
    void modifyingTheActivationDateOfAnActiveKeyIsRefusedLikeSklcM3() {
        String uid = create(V14);
        h.one(V14, h.a, activate(uid));
        Attribute later = Attribute.dateTime(Tag.ACTIVATION_DATE, KmipHarness.T0.plusSeconds(999));

        assertThat(h.one(V14, h.a, new ModifyAttributeRequest(Requests.uid(uid), null, later)).resultReason())
                .isEqualTo(ResultReason.PERMISSION_DENIED);
        assertThat(h.one(V21, h.a, new ModifyAttributeRequest(Requests.uid(uid), null, later)).resultReason())
                .isEqualTo(ResultReason.WRONG_KEY_LIFECYCLE_STATE);
    }

    @Test
    void modifyingTheActivationDateToThePastActivatesAPreActiveKey() {
        String uid = create(V14, Attribute.dateTime(Tag.ACTIVATION_DATE, KmipHarness.T0.plusSeconds(86_400)));
        Attribute now = Attribute.dateTime(Tag.ACTIVATION_DATE, KmipHarness.T0);

        assertThat(h.one(V14, h.a, new ModifyAttributeRequest(Requests.uid(uid), null, now)).isSuccess()).isTrue();
        assertThat(stored(uid).state()).isEqualTo(State.ACTIVE.value());
    }
}

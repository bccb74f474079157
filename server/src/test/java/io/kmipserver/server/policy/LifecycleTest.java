package io.kmipserver.server.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kmipserver.codec.spec.KmipVersion;
import io.kmipserver.codec.spec.ResultReason;
import io.kmipserver.codec.spec.State;
import io.kmipserver.codec.spec.Tag;
import io.kmipserver.server.protocol.KmipException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LifecycleTest {

    static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    static ResultReason reason(Runnable r) {
        try {
            r.run();
        } catch (KmipException e) {
            return e.resultReason();
        }
        throw new AssertionError("no failure");
    }

    @Test
    void reachedDatesAdvanceTheStateOnlyForward() {
        Instant past = NOW.minusSeconds(1);
        Instant future = NOW.plusSeconds(1);

        assertThat(Lifecycle.effective(State.PRE_ACTIVE, null, null, NOW)).isEqualTo(State.PRE_ACTIVE);
        assertThat(Lifecycle.effective(State.PRE_ACTIVE, future, null, NOW)).isEqualTo(State.PRE_ACTIVE);
        assertThat(Lifecycle.effective(State.PRE_ACTIVE, NOW, null, NOW)).isEqualTo(State.ACTIVE);
        assertThat(Lifecycle.effective(State.PRE_ACTIVE, past, past, NOW)).isEqualTo(State.DEACTIVATED);
        assertThat(Lifecycle.effective(State.PRE_ACTIVE, null, past, NOW)).as("no Pre-Active → Deactivated")
                .isEqualTo(State.PRE_ACTIVE);
        assertThat(Lifecycle.effective(State.COMPROMISED, past, past, NOW)).isEqualTo(State.COMPROMISED);
        assertThat(Lifecycle.effective(State.DESTROYED, past, null, NOW)).isEqualTo(State.DESTROYED);
    }

    @Test
    void activateOnlyFromPreActive() {
        assertThat(Lifecycle.activate(State.PRE_ACTIVE, KmipVersion.V1_0)).isEqualTo(State.ACTIVE);
        for (State s : new State[] {State.ACTIVE, State.DEACTIVATED, State.COMPROMISED, State.DESTROYED}) {
            assertThat(reason(() -> Lifecycle.activate(s, KmipVersion.V1_4))).isEqualTo(ResultReason.PERMISSION_DENIED);
            assertThat(reason(() -> Lifecycle.activate(s, KmipVersion.V2_0)))
                    .isEqualTo(ResultReason.WRONG_KEY_LIFECYCLE_STATE);
        }
    }

    @Test
    void revokeFollowsTheStateTable() {
        assertThat(Lifecycle.revoke(State.PRE_ACTIVE, true, KmipVersion.V2_1)).isEqualTo(State.COMPROMISED);
        assertThat(Lifecycle.revoke(State.ACTIVE, true, KmipVersion.V2_1)).isEqualTo(State.COMPROMISED);
        assertThat(Lifecycle.revoke(State.DEACTIVATED, true, KmipVersion.V2_1)).isEqualTo(State.COMPROMISED);
        assertThat(Lifecycle.revoke(State.DESTROYED, true, KmipVersion.V2_1)).isEqualTo(State.DESTROYED_COMPROMISED);
        assertThat(Lifecycle.revoke(State.ACTIVE, false, KmipVersion.V2_1)).isEqualTo(State.DEACTIVATED);
        assertThat(reason(() -> Lifecycle.revoke(State.COMPROMISED, true, KmipVersion.V2_1)))
                .isEqualTo(ResultReason.WRONG_KEY_LIFECYCLE_STATE);
        assertThat(reason(() -> Lifecycle.revoke(State.DEACTIVATED, false, KmipVersion.V1_2)))
                .isEqualTo(ResultReason.PERMISSION_DENIED);
    }

    @Test
    void destroyFollowsTheStateTable() {
        assertThat(Lifecycle.destroy(State.PRE_ACTIVE, KmipVersion.V1_4)).isEqualTo(State.DESTROYED);
        assertThat(Lifecycle.destroy(State.DEACTIVATED, KmipVersion.V1_4)).isEqualTo(State.DESTROYED);
        assertThat(Lifecycle.destroy(State.COMPROMISED, KmipVersion.V2_1)).isEqualTo(State.DESTROYED_COMPROMISED);
        assertThat(reason(() -> Lifecycle.destroy(State.ACTIVE, KmipVersion.V1_4))).isEqualTo(ResultReason.PERMISSION_DENIED);
        assertThat(reason(() -> Lifecycle.destroy(State.ACTIVE, KmipVersion.V2_1)))
                .isEqualTo(ResultReason.WRONG_KEY_LIFECYCLE_STATE);
        assertThat(reason(() -> Lifecycle.destroy(State.DESTROYED_COMPROMISED, KmipVersion.V2_1)))
                .isEqualTo(ResultReason.OBJECT_DESTROYED);
    }

    @Test
    void datesChangeOnlyInTheStatesTheirRulesAllow() {
        Lifecycle.checkDateChange(Tag.ACTIVATION_DATE, State.PRE_ACTIVE, KmipVersion.V1_4);
        Lifecycle.checkDateChange(Tag.DEACTIVATION_DATE, State.ACTIVE, KmipVersion.V1_4);
        Lifecycle.checkDateChange(Tag.OBJECT_GROUP, State.DESTROYED, KmipVersion.V1_4);

        assertThatThrownBy(() -> Lifecycle.checkDateChange(Tag.ACTIVATION_DATE, State.ACTIVE, KmipVersion.V2_1))
                .isInstanceOf(KmipException.class);
        assertThatThrownBy(() -> Lifecycle.checkDateChange(Tag.DEACTIVATION_DATE, State.DEACTIVATED, KmipVersion.V1_4))
                .isInstanceOf(KmipException.class);
        assertThat(Lifecycle.isDestroyed(State.DESTROYED_COMPROMISED)).isTrue();
        assertThat(Lifecycle.isDestroyed(State.COMPROMISED)).isFalse();
    }
}

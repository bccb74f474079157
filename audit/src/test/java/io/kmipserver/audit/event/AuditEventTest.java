package io.kmipserver.audit.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditEventTest {

    @Test
    void requestDataKeepsTheCallersOrderAndCannotBeChangedAfterwards() {
        Map<String, String> request = new java.util.LinkedHashMap<>();
        request.put("b", "2");
        request.put("a", "1");
        request.put("c", "3");
        AuditEvent event = minimal().build();
        AuditEvent withData = new AuditEvent(event.id(), event.eventTime(), event.action(), event.outcome(), null,
                event.severity(), event.initiator(), event.target(), null, request, Map.of(), event.observer());
        request.put("d", "4");

        assertThat(withData.requestData().keySet()).containsExactly("b", "a", "c");
        assertThatThrownBy(() -> withData.requestData().put("e", "5")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aMissingRequiredFieldIsRefusedWhenBuilt() {
        assertThatThrownBy(() -> minimal().observer(null).build()).hasMessageContaining("observer");
        assertThatThrownBy(() -> minimal().action(null).build()).hasMessageContaining("action");
        assertThatThrownBy(() -> minimal().outcome(null).build()).hasMessageContaining("outcome");
    }

    @Test
    void aNullAttributeValueIsRefusedSoExportersNeverSeeOne() {
        Map<String, String> request = new HashMap<>();
        request.put("Name", null);
        AuditEvent event = minimal().build();
        assertThatThrownBy(() -> new AuditEvent(event.id(), 0, "a", Outcome.SUCCESS, null, Severity.NORMAL,
                Initiator.NONE, Target.NONE, null, request, Map.of(), "n"))
                .hasMessageContaining("requestData value of Name");
    }

    @Test
    void targetIdentifiersAreCopied() {
        List<String> ids = new java.util.ArrayList<>(List.of("a"));
        Target target = new Target(ids, "Symmetric Key", "t");
        ids.add("b");
        assertThat(target.uniqueIdentifiers()).containsExactly("a");
    }

    @Test
    void eventTimeKeepsMicrosecondsAndPrintsSixFractionDigitsInUtc() {
        Instant time = Instant.parse("2026-11-22T10:15:30.000042789Z");
        long micros = EventTimes.toMicros(time);

        assertThat(micros).isEqualTo(1_795_342_530_000_042L);
        assertThat(EventTimes.toIso(micros)).isEqualTo("2026-11-22T10:15:30.000042Z");
        assertThat(EventTimes.toIso(EventTimes.toMicros(Instant.parse("2026-11-22T10:15:30Z"))))
                .isEqualTo("2026-11-22T10:15:30.000000Z");
        assertThat(EventTimes.toInstant(micros)).isEqualTo(Instant.parse("2026-11-22T10:15:30.000042Z"));
        assertThat(EventTimes.toIso(-1)).isEqualTo("1969-12-31T23:59:59.999999Z");
    }

    @Test
    void eventIdsFromOneGeneratorAreDistinctAndCarryTheNodeId() {
        AuditEventIds ids = new AuditEventIds("node-7", Clock.fixed(Instant.parse("2026-11-22T00:00:00Z"), ZoneOffset.UTC));
        String first = ids.next();
        String second = ids.next();

        assertThat(first).startsWith("node-7-").isNotEqualTo(second);
        assertThat(second).endsWith("-2");
    }

    private static AuditEvent.Builder minimal() {
        return AuditEvent.builder().id("e-1").eventTime(1L).action("kmip.get").success().observer("node-1");
    }
}

package io.kmipserver.audit.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kmipserver.audit.event.AuditEvent;
import io.kmipserver.audit.event.Initiator;
import io.kmipserver.audit.event.Severity;
import io.kmipserver.audit.event.Target;
import io.kmipserver.audit.testing.TestClock;
import io.kmipserver.audit.testing.TestEvents;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CadfJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final TestClock clock = TestClock.at("2026-11-22T10:15:30.000042Z");

    @Test
    void aGetEventBecomesACadfActivityWithEveryField() throws Exception {
        JsonNode json = JSON.readTree(CadfJson.toJson(TestEvents.get("node-1-x-7", clock)));

        assertThat(fieldNames(json)).containsExactly("typeURI", "eventType", "id", "eventTime", "action", "outcome",
                "reason", "severity", "initiator", "target", "correlationId", "requestData", "responseData", "observer");
        assertThat(json.get("typeURI").asText()).isEqualTo("http://schemas.dmtf.org/cloud/audit/1.0/event");
        assertThat(json.get("eventType").asText()).isEqualTo("activity");
        assertThat(json.get("id").asText()).isEqualTo("node-1-x-7");
        assertThat(json.get("eventTime").asText()).isEqualTo("2026-11-22T10:15:30.000042Z");
        assertThat(json.get("action").asText()).isEqualTo("kmip.get");
        assertThat(json.get("outcome").asText()).isEqualTo("success");
        assertThat(json.get("reason").isNull()).isTrue();
        assertThat(json.get("severity").asText()).isEqualTo("normal");
        assertThat(fieldNames(json.get("initiator"))).containsExactly("adapter", "certificateSubject",
                "certificateFingerprint", "remoteAddress", "remotePort", "tlsProtocol", "cipherSuite");
        assertThat(json.get("initiator").get("remotePort").asInt()).isEqualTo(51_234);
        assertThat(json.get("initiator").get("tlsProtocol").asText()).isEqualTo("TLSv1.3");
        assertThat(json.get("target").get("uniqueIdentifiers").get(0).asText()).isEqualTo("0d2b6c8e-5f0a-4a43-9c1e-1f1d1a2b3c4d");
        assertThat(json.get("target").get("objectType").asText()).isEqualTo("Symmetric Key");
        assertThat(json.get("requestData").get("Unique Identifier").asText()).isEqualTo("0d2b6c8e-5f0a-4a43-9c1e-1f1d1a2b3c4d");
        assertThat(json.get("observer").asText()).isEqualTo("node-1");
    }

    @Test
    void aRefusedHandshakeKeepsEveryFieldNameWithNullsWhereNothingIsKnown() throws Exception {
        AuditEvent event = AuditEvent.builder().id("h-1").eventTime(0).action("kmip.handshake")
                .failure("Permission Denied", "no client certificate").severity(Severity.WARNING)
                .initiator(new Initiator(null, null, null, "192.0.2.7", 40_000, null, null))
                .target(Target.NONE).observer("node-1").build();

        JsonNode json = JSON.readTree(CadfJson.toJson(event));

        assertThat(json.get("eventTime").asText()).isEqualTo("1970-01-01T00:00:00.000000Z");
        assertThat(json.get("outcome").asText()).isEqualTo("failure");
        assertThat(json.get("reason").get("code").asText()).isEqualTo("Permission Denied");
        assertThat(json.get("reason").get("message").asText()).isEqualTo("no client certificate");
        assertThat(json.get("severity").asText()).isEqualTo("warning");
        assertThat(json.get("initiator").get("adapter").isNull()).isTrue();
        assertThat(json.get("target").get("uniqueIdentifiers").isEmpty()).isTrue();
        assertThat(json.get("target").has("adapter")).isTrue();
        assertThat(json.get("correlationId").isNull()).isTrue();
        assertThat(json.get("requestData").isEmpty()).isTrue();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}

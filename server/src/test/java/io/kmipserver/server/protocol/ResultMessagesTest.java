package io.kmipserver.server.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import io.kmipserver.codec.message.ProtocolVersion;
import io.kmipserver.codec.message.ResponseBatchItem;
import io.kmipserver.codec.spec.ResultReason;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ResultMessagesTest extends HarnessTest {

    @Test
    void asciiTextIsReturnedAsItIs() {
        String message = "no object with Unique Identifier 42";
        assertThat(ResultMessages.forWire(message)).isSameAs(message);
        assertThat(ResultMessages.forWire(null)).isNull();
    }

    @Test
    void sectionSignsDashesEllipsesAndQuotesAreSpelledInAscii() {
        assertThat(ResultMessages.forWire("see KMIP 1.4 \u00a74.14 \u2014 \u201cAdd\u201d isn\u2019t indexed\u2026"))
                .isEqualTo("see KMIP 1.4 section 4.14 - \"Add\" isn't indexed...");
    }

    @Test
    void anyOtherCharacterBecomesOneQuestionMarkEvenOutsideTheBasicPlane() {
        assertThat(ResultMessages.forWire("name caf\u00e9 \ud83d\udd11!")).isEqualTo("name caf? ?!");
    }

    @Test
    void aFailureWhoseMessageCitesASectionReachesTheClientInAscii() {
        ResponseBatchItem r = h.one(ProtocolVersion.V1_4, h.a, new io.kmipserver.codec.payload.AddAttributeRequest(
                Requests.uid("x"), Requests.custom("owner", "a").withIndex(1)));

        assertThat(r.resultReason()).isEqualTo(ResultReason.INVALID_FIELD);
        assertThat(r.resultMessage()).contains("section 4.14");
        assertThat(r.resultMessage().getBytes(StandardCharsets.UTF_8)).hasSize(r.resultMessage().length());
    }
}

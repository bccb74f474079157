package io.kmipserver.audit.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kmipserver.audit.event.AuditEvent;
import io.kmipserver.audit.event.Initiator;
import io.kmipserver.audit.event.Reason;
import io.kmipserver.audit.event.Severity;
import io.kmipserver.audit.event.Target;
import io.kmipserver.audit.testing.TestClock;
import io.kmipserver.audit.testing.TestEvents;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventCodecTest {
    private final TestClock clock = TestClock.at("2026-11-22T10:00:00.123456Z");

    @Test
    void everyFieldSurvivesEncodingAndDecoding() throws Exception {
        AuditEvent event = AuditEvent.builder()
                .id("node-1-abc-42")
                .eventTime(1_795_342_530_000_042L)
                .action("kmip.destroy")
                .failure("Wrong Key Lifecycle State", "object is Active — déjà vu 🔑")
                .severity(Severity.CRITICAL)
                .initiator(new Initiator("tenant-ü", "CN=client,O=Ex", "ab:cd", "::1", 0, "TLSv1.3", "TLS_AES_128_GCM_SHA256"))
                .target(new Target(List.of("id-1", "id-2"), "Symmetric Key", "tenant-ü"))
                .correlationId("corr-9")
                .request("Unique Identifier", "id-1")
                .request("Cryptographic Length", "256")
                .response("State", "Active")
                .observer("node-1")
                .build();

        assertThat(roundTrip(event)).isEqualTo(event);
    }

    @Test
    void absentOptionalFieldsStayAbsent() throws Exception {
        AuditEvent event = AuditEvent.builder().id("1").eventTime(-5).action("kmip.invalid").success()
                .reason(new Reason("400", null)).initiator(Initiator.NONE).target(Target.NONE).observer("n").build();

        AuditEvent decoded = roundTrip(event);

        assertThat(decoded).isEqualTo(event);
        assertThat(decoded.reason().message()).isNull();
        assertThat(decoded.initiator().remotePort()).isNull();
        assertThat(decoded.correlationId()).isNull();
    }

    @Test
    void aLoneSurrogateIsStoredAsTheReplacementCharacter() throws Exception {
        AuditEvent event = TestEvents.get("x\uD800y", clock);

        assertThat(roundTrip(event).id()).isEqualTo("x\uFFFDy");
    }

    @Test
    void theChecksumCatchesAnyFlippedByte() {
        byte[] encoded = encode(TestEvents.get("e-1", clock), 7);
        assertThat(EventCodec.checksumMatches(encoded)).isTrue();
        assertThat(EventCodec.sequence(encoded)).isEqualTo(7);

        for (int i = 0; i < encoded.length; i++) {
            byte[] tampered = encoded.clone();
            tampered[i] ^= 0x01;
            assertThat(EventCodec.checksumMatches(tampered)).as("flip at %d", i).isFalse();
        }
    }

    @Test
    void aTruncatedEventIsReportedNotMisread() {
        byte[] encoded = encode(TestEvents.get("e-1", clock), 1);
        for (int length = 0; length < encoded.length - EventCodec.CHECKSUM_LENGTH; length++) {
            byte[] cut = Arrays.copyOf(encoded, length);
            assertThatThrownBy(() -> EventCodec.decode(cut)).as("length %d", length)
                    .isInstanceOf(CorruptEventException.class);
        }
    }

    @Test
    void anUnknownFormatVersionIsRefused() {
        byte[] encoded = encode(TestEvents.get("e-1", clock), 1);
        encoded[0] = 2;
        assertThatThrownBy(() -> EventCodec.decode(encoded)).hasMessageContaining("version 2");
    }

    @Test
    void anEventLargerThanTheLimitIsRefusedBeforeItReachesTheJournal() {
        AuditEvent huge = AuditEvent.builder().id("1").action("kmip.register").success().observer("n")
                .request("Name", "x".repeat(EventCodec.MAX_ENCODED_SIZE)).build();

        assertThatThrownBy(() -> new EventCodec.Encoder().encode(huge))
                .isInstanceOf(AuditJournalException.class)
                .hasMessageContaining("limit");
    }

    @Test
    void aTypicalGetEventTakesAFewHundredBytes() {
        assertThat(encode(TestEvents.get("node-1-lz4k2x-1000001", clock), 1)).hasSizeBetween(200, 400);
    }

    private static AuditEvent roundTrip(AuditEvent event) throws CorruptEventException {
        byte[] encoded = encode(event, 1);
        assertThat(EventCodec.checksumMatches(encoded)).isTrue();
        return EventCodec.decode(encoded);
    }

    private static byte[] encode(AuditEvent event, long sequence) {
        EventCodec.Encoder encoder = new EventCodec.Encoder();
        encoder.encode(event);
        encoder.seal(sequence);
        return encoder.toByteArray();
    }
}

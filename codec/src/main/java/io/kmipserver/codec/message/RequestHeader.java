package io.kmipserver.codec.message;

import io.kmipserver.codec.spec.AsynchronousIndicator;
import io.kmipserver.codec.spec.AttestationType;
import io.kmipserver.codec.spec.BatchErrorContinuationOption;
import io.kmipserver.codec.ttlv.TtlvItem;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Request Header (KMIP 1.4 §7.2 Table 282, 2.1 §8.2 Table 395). Optional fields are {@code null}
 * (lists empty) when absent; the {@code effective…} methods apply the spec's defaults.
 *
 * @param protocolVersion the version of the whole message
 * @param maximumResponseSize the largest response the client accepts, in bytes, or {@code null}
 * @param clientCorrelationValue Client Correlation Value (1.4+), or {@code null}
 * @param serverCorrelationValue Server Correlation Value (1.4+), or {@code null}
 * @param asynchronousIndicator 1.x sends a Boolean (True reads as {@code OPTIONAL}, False as
 *     {@code PROHIBITED}); 2.x an Enumeration. {@code null} when absent
 * @param attestationCapableIndicator (1.2+) or {@code null}
 * @param attestationTypes (1.2+), possibly empty
 * @param authentication the credentials, or {@code null}
 * @param batchErrorContinuationOption or {@code null}, which means Stop
 * @param batchOrderOption or {@code null}: False in 1.x, True in 2.x
 * @param timeStamp the client's time stamp, or {@code null}
 * @param batchCount the number of batch items; must match the message
 * @param unknownFields fields of a newer minor version that this server does not know, kept in
 *     wire order and written back before Batch Count when encoding; empty in any exactly-known
 *     version, whose unknown fields are refused (KMIP 1.4 §11.1)
 */
public record RequestHeader(
        ProtocolVersion protocolVersion,
        Integer maximumResponseSize,
        String clientCorrelationValue,
        String serverCorrelationValue,
        AsynchronousIndicator asynchronousIndicator,
        Boolean attestationCapableIndicator,
        List<AttestationType> attestationTypes,
        Authentication authentication,
        BatchErrorContinuationOption batchErrorContinuationOption,
        Boolean batchOrderOption,
        Instant timeStamp,
        int batchCount,
        List<TtlvItem> unknownFields) {

    private static final RequestHeader[] SINGLE_ITEM = {
        minimal(ProtocolVersion.V1_0), minimal(ProtocolVersion.V1_1), minimal(ProtocolVersion.V1_2),
        minimal(ProtocolVersion.V1_3), minimal(ProtocolVersion.V1_4), minimal(ProtocolVersion.V2_0),
        minimal(ProtocolVersion.V2_1),
    };

    public RequestHeader {
        Objects.requireNonNull(protocolVersion, "protocolVersion");
        attestationTypes = attestationTypes == null ? List.of() : List.copyOf(attestationTypes);
        unknownFields = unknownFields == null ? List.of() : List.copyOf(unknownFields);
        if (batchCount < 1) {
            throw new IllegalArgumentException("batch count " + batchCount + " is below 1");
        }
    }

    /**
     * A header with only Protocol Version and Batch Count, the common case. Shared instances for a
     * single batch item in a known version, so that decoding such a request allocates no header.
     */
    public static RequestHeader of(ProtocolVersion protocolVersion, int batchCount) {
        if (batchCount == 1) {
            var v = protocolVersion.kmipVersion();
            if (v != null && SINGLE_ITEM[v.ordinal()].protocolVersion.equals(protocolVersion)) {
                return SINGLE_ITEM[v.ordinal()];
            }
        }
        return new RequestHeader(protocolVersion, null, null, null, null, null, List.of(), null, null, null, null,
                batchCount, List.of());
    }

    private static RequestHeader minimal(ProtocolVersion v) {
        return new RequestHeader(v, null, null, null, null, null, List.of(), null, null, null, null, 1, List.of());
    }

    /** The same header with another Batch Count. */
    public RequestHeader withBatchCount(int count) {
        return new RequestHeader(protocolVersion, maximumResponseSize, clientCorrelationValue, serverCorrelationValue,
                asynchronousIndicator, attestationCapableIndicator, attestationTypes, authentication,
                batchErrorContinuationOption, batchOrderOption, timeStamp, count, unknownFields);
    }

    /** The Batch Error Continuation Option in force: Stop when absent (KMIP 1.4 §6.13, 2.1 §9.6). */
    public BatchErrorContinuationOption effectiveBatchErrorContinuationOption() {
        return batchErrorContinuationOption == null ? BatchErrorContinuationOption.STOP : batchErrorContinuationOption;
    }

    /**
     * The Batch Order Option in force: when absent, False in 1.x (KMIP 1.4 §6.12) and True in 2.x
     * (KMIP 2.1 §8.2 Table 395).
     */
    public boolean effectiveBatchOrderOption() {
        return batchOrderOption != null ? batchOrderOption : protocolVersion.major() >= 2;
    }
}

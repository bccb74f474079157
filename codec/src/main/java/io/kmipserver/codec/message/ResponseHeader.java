package io.kmipserver.codec.message;

import io.kmipserver.codec.spec.AttestationType;
import io.kmipserver.codec.ttlv.TtlvItem;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * Response Header (KMIP 1.4 §7.2 Table 284, 2.1 §8.5 Table 398).
 *
 * @param protocolVersion the request's version (DESIGN.md: a response uses the request's version)
 * @param timeStamp required; sent as Date-Time, whole seconds (KMIP 2.1 Table 425); a 2.x
 *     Date-Time Extended one is accepted when decoding
 * @param nonce the Nonce structure (1.2+) for attestation, kept as an item tree, or {@code null}
 * @param serverHashedPassword 2.1, required when the client used a Hashed Password credential, or
 *     {@code null}
 * @param attestationTypes (1.2+), possibly empty
 * @param clientCorrelationValue (1.4+) or {@code null}
 * @param serverCorrelationValue (1.4+) or {@code null}
 * @param batchCount the number of batch items; must match the message
 * @param unknownFields as in {@link RequestHeader#unknownFields()}
 */
public record ResponseHeader(
        ProtocolVersion protocolVersion,
        Instant timeStamp,
        TtlvItem nonce,
        byte[] serverHashedPassword,
        List<AttestationType> attestationTypes,
        String clientCorrelationValue,
        String serverCorrelationValue,
        int batchCount,
        List<TtlvItem> unknownFields) {

    public ResponseHeader {
        Objects.requireNonNull(protocolVersion, "protocolVersion");
        Objects.requireNonNull(timeStamp, "timeStamp");
        attestationTypes = attestationTypes == null ? List.of() : List.copyOf(attestationTypes);
        unknownFields = unknownFields == null ? List.of() : List.copyOf(unknownFields);
        if (batchCount < 1) {
            throw new IllegalArgumentException("batch count " + batchCount + " is below 1");
        }
    }

    /** A header with Protocol Version, Time Stamp and Batch Count only. */
    public static ResponseHeader of(ProtocolVersion protocolVersion, Instant timeStamp, int batchCount) {
        return new ResponseHeader(protocolVersion, timeStamp, null, null, List.of(), null, null, batchCount, List.of());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ResponseHeader h && h.protocolVersion.equals(protocolVersion)
                && h.timeStamp.equals(timeStamp) && Objects.equals(h.nonce, nonce)
                && Arrays.equals(h.serverHashedPassword, serverHashedPassword)
                && h.attestationTypes.equals(attestationTypes)
                && Objects.equals(h.clientCorrelationValue, clientCorrelationValue)
                && Objects.equals(h.serverCorrelationValue, serverCorrelationValue)
                && h.batchCount == batchCount && h.unknownFields.equals(unknownFields);
    }

    @Override
    public int hashCode() {
        return Objects.hash(protocolVersion, timeStamp, batchCount);
    }

    @Override
    public String toString() {
        return "ResponseHeader[protocolVersion=" + protocolVersion + ", timeStamp=" + timeStamp
                + ", nonce=" + (nonce == null ? null : "present")
                + ", serverHashedPassword=" + (serverHashedPassword == null ? null : "present")
                + ", attestationTypes=" + attestationTypes + ", clientCorrelationValue=" + clientCorrelationValue
                + ", serverCorrelationValue=" + serverCorrelationValue + ", batchCount=" + batchCount
                + ", unknownFields=" + unknownFields.size() + "]";
    }
}

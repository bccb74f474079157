package io.kmipserver.codec.message;

import io.kmipserver.codec.payload.RawPayload;
import io.kmipserver.codec.payload.RequestPayload;
import io.kmipserver.codec.spec.Operation;
import io.kmipserver.codec.ttlv.TtlvItem;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * Request Batch Item (KMIP 1.4 §7.2 Table 283, 2.1 §8.3 Table 396).
 *
 * <p>An operation the typed model does not cover arrives with a {@link RawPayload}; so does an
 * Operation value no KMIP version defines, in which case {@link #operation()} is {@code null} and
 * {@link RawPayload#operationCode()} holds the value. The server answers both with Operation Not
 * Supported (KMIP 1.4 §11.1).
 *
 * @param operation the operation, or {@code null} when no KMIP version defines its value
 * @param uniqueBatchItemId Unique Batch Item ID, required when the batch has more than one item,
 *     else {@code null} when absent; echo it in the response
 * @param payload the Request Payload
 * @param messageExtensions Message Extensions, usually empty
 * @param ephemeral 2.1 Ephemeral ("do not return the Data output"), or {@code null}
 * @param unknownFields fields of a newer minor version directly inside the Request Payload, in wire
 *     order, written back at the end of the payload when encoding; deeper unknown fields are
 *     ignored (KMIP 1.4 §11.1). Always empty in an exactly-known version, where unknown fields are
 *     refused
 */
public record RequestBatchItem(
        Operation operation,
        byte[] uniqueBatchItemId,
        RequestPayload payload,
        List<MessageExtension> messageExtensions,
        Boolean ephemeral,
        List<TtlvItem> unknownFields) {

    public RequestBatchItem {
        Objects.requireNonNull(payload, "payload");
        messageExtensions = messageExtensions == null ? List.of() : List.copyOf(messageExtensions);
        unknownFields = unknownFields == null ? List.of() : List.copyOf(unknownFields);
        if (payload.operation() != operation) {
            throw new IllegalArgumentException("payload of " + payload.operation() + " in a batch item of " + operation);
        }
    }

    /** A batch item of {@code payload}'s operation. */
    public RequestBatchItem(byte[] uniqueBatchItemId, RequestPayload payload) {
        this(payload.operation(), uniqueBatchItemId, payload, List.of(), null, List.of());
    }

    /** A batch item without Unique Batch Item ID, for a single-item batch. */
    public static RequestBatchItem of(RequestPayload payload) {
        return new RequestBatchItem(null, payload);
    }

    /** True when the payload is typed, i.e. the codec knows the operation. */
    public boolean isTyped() {
        return !(payload instanceof RawPayload);
    }

    /** The payload cast to the record its operation implies, e.g. {@code payload(GetRequest.class)}. */
    public <P extends RequestPayload> P payload(Class<P> type) {
        return type.cast(payload);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RequestBatchItem b && b.operation == operation
                && Arrays.equals(b.uniqueBatchItemId, uniqueBatchItemId) && b.payload.equals(payload)
                && b.messageExtensions.equals(messageExtensions) && Objects.equals(b.ephemeral, ephemeral)
                && b.unknownFields.equals(unknownFields);
    }

    @Override
    public int hashCode() {
        return Objects.hash(operation, Arrays.hashCode(uniqueBatchItemId), payload);
    }

    @Override
    public String toString() {
        return "RequestBatchItem[operation=" + operation + ", uniqueBatchItemId="
                + (uniqueBatchItemId == null ? null : HexFormat.of().formatHex(uniqueBatchItemId))
                + ", payload=" + payload + ", messageExtensions=" + messageExtensions.size()
                + ", ephemeral=" + ephemeral + ", unknownFields=" + unknownFields.size() + "]";
    }
}

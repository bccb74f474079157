package io.kmipserver.codec.message;

import io.kmipserver.codec.payload.ResponsePayload;
import io.kmipserver.codec.spec.Operation;
import io.kmipserver.codec.spec.ResultReason;
import io.kmipserver.codec.spec.ResultStatus;
import io.kmipserver.codec.ttlv.TtlvItem;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * Response Batch Item (KMIP 1.4 §7.2 Table 285, 2.1 §8.6 Table 399). Build one with
 * {@link #success}, {@link #failure} or {@link #invalidMessage}; they echo the request's Operation
 * and Unique Batch Item ID as the tables require.
 *
 * @param operation required when the request named one; {@code null} when the request's Operation
 *     could not be read or has no defined value
 * @param uniqueBatchItemId the request's, echoed; {@code null} when it had none
 * @param resultStatus required
 * @param resultReason required on failure; optional on success in 1.x, absent on success in 2.x
 * @param resultMessage a message for the end user, or {@code null}; never internal detail
 * @param asynchronousCorrelationValue required when Pending, else {@code null}
 * @param payload required on success, {@code null} on failure
 * @param messageExtensions usually empty
 * @param unknownFields as in {@link RequestBatchItem#unknownFields()}
 */
public record ResponseBatchItem(
        Operation operation,
        byte[] uniqueBatchItemId,
        ResultStatus resultStatus,
        ResultReason resultReason,
        String resultMessage,
        byte[] asynchronousCorrelationValue,
        ResponsePayload payload,
        List<MessageExtension> messageExtensions,
        List<TtlvItem> unknownFields) {

    public ResponseBatchItem {
        Objects.requireNonNull(resultStatus, "resultStatus");
        messageExtensions = messageExtensions == null ? List.of() : List.copyOf(messageExtensions);
        unknownFields = unknownFields == null ? List.of() : List.copyOf(unknownFields);
        if (payload != null && operation != null && payload.operation() != null && payload.operation() != operation) {
            throw new IllegalArgumentException("payload of " + payload.operation() + " in a batch item of " + operation);
        }
        if (resultStatus == ResultStatus.OPERATION_FAILED && resultReason == null) {
            throw new IllegalArgumentException("a failed batch item needs a Result Reason (KMIP 1.4 §6.10)");
        }
    }

    /** Success: echoes the request's Operation and Unique Batch Item ID, carries {@code payload}. */
    public static ResponseBatchItem success(RequestBatchItem request, ResponsePayload payload) {
        Objects.requireNonNull(payload, "payload");
        return new ResponseBatchItem(request.operation(), request.uniqueBatchItemId(), ResultStatus.SUCCESS, null,
                null, null, payload, List.of(), List.of());
    }

    /** Success without a request at hand, e.g. in tests and clients. */
    public static ResponseBatchItem success(byte[] uniqueBatchItemId, ResponsePayload payload) {
        return new ResponseBatchItem(payload.operation(), uniqueBatchItemId, ResultStatus.SUCCESS, null, null, null,
                payload, List.of(), List.of());
    }

    /**
     * Operation Failed with {@code reason}: echoes the request's Operation and Unique Batch Item ID.
     *
     * @param message shown to the client; must hold no internal detail and no secret, may be {@code null}
     */
    public static ResponseBatchItem failure(RequestBatchItem request, ResultReason reason, String message) {
        return failure(request.operation(), request.uniqueBatchItemId(), reason, message);
    }

    /** Operation Failed for a batch item known only by its Operation and ID (either may be {@code null}). */
    public static ResponseBatchItem failure(Operation operation, byte[] uniqueBatchItemId, ResultReason reason,
            String message) {
        Objects.requireNonNull(reason, "reason");
        return new ResponseBatchItem(operation, uniqueBatchItemId, ResultStatus.OPERATION_FAILED, reason, message, null,
                null, List.of(), List.of());
    }

    /**
     * The answer to a message that could not be parsed or whose major version is unsupported: no
     * Operation, Operation Failed, Invalid Message (KMIP 1.4 §11.1 Table 327).
     */
    public static ResponseBatchItem invalidMessage(byte[] uniqueBatchItemId, String message) {
        return failure(null, uniqueBatchItemId, ResultReason.INVALID_MESSAGE, message);
    }

    /**
     * Operation Undone (KMIP 1.4 §6.9): the item had succeeded but the batch failed with Batch Error
     * Continuation Option Undo.
     */
    public static ResponseBatchItem undone(RequestBatchItem request) {
        return new ResponseBatchItem(request.operation(), request.uniqueBatchItemId(), ResultStatus.OPERATION_UNDONE,
                null, null, null, null, List.of(), List.of());
    }

    public boolean isSuccess() {
        return resultStatus == ResultStatus.SUCCESS;
    }

    /** The payload cast to the record its operation implies, e.g. {@code payload(GetResponse.class)}. */
    public <P extends ResponsePayload> P payload(Class<P> type) {
        return type.cast(payload);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ResponseBatchItem b && b.operation == operation
                && Arrays.equals(b.uniqueBatchItemId, uniqueBatchItemId) && b.resultStatus == resultStatus
                && b.resultReason == resultReason && Objects.equals(b.resultMessage, resultMessage)
                && Arrays.equals(b.asynchronousCorrelationValue, asynchronousCorrelationValue)
                && Objects.equals(b.payload, payload) && b.messageExtensions.equals(messageExtensions)
                && b.unknownFields.equals(unknownFields);
    }

    @Override
    public int hashCode() {
        return Objects.hash(operation, Arrays.hashCode(uniqueBatchItemId), resultStatus, resultReason, payload);
    }

    @Override
    public String toString() {
        return "ResponseBatchItem[operation=" + operation + ", uniqueBatchItemId="
                + (uniqueBatchItemId == null ? null : HexFormat.of().formatHex(uniqueBatchItemId))
                + ", resultStatus=" + resultStatus + ", resultReason=" + resultReason
                + ", resultMessage=" + resultMessage + ", payload=" + payload + "]";
    }
}

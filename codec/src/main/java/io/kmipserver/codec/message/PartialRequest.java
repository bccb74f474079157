package io.kmipserver.codec.message;

import io.kmipserver.codec.spec.Operation;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * What could be read of a request that failed to decode, so that the server can still answer it as
 * KMIP 1.4 §11.1 (Table 327) and 2.1 require: in the client's protocol version, naming the failed
 * batch item by its Unique Batch Item ID.
 *
 * @param protocolVersion the request's version, or {@code null} when even that could not be read
 * @param header the whole header when it decoded, else {@code null}
 * @param batchItems every batch item whose Operation and Unique Batch Item ID could be read, in
 *     message order — including items after the failed one, found by skipping to each item's end
 * @param failedBatchItemIndex the index in {@code batchItems} of the item that failed, or -1 when
 *     the failure lies outside any batch item (message structure or header)
 */
public record PartialRequest(
        ProtocolVersion protocolVersion,
        RequestHeader header,
        List<BatchItemRef> batchItems,
        int failedBatchItemIndex) {

    public PartialRequest {
        batchItems = List.copyOf(batchItems);
    }

    /**
     * The Operation and Unique Batch Item ID of one batch item.
     *
     * @param operation {@code null} when absent, unreadable or undefined
     * @param uniqueBatchItemId {@code null} when absent or unreadable
     */
    public record BatchItemRef(Operation operation, byte[] uniqueBatchItemId) {
        @Override
        public boolean equals(Object o) {
            return o instanceof BatchItemRef r && r.operation == operation
                    && Arrays.equals(r.uniqueBatchItemId, uniqueBatchItemId);
        }

        @Override
        public int hashCode() {
            return 31 * (operation == null ? 0 : operation.hashCode()) + Arrays.hashCode(uniqueBatchItemId);
        }

        @Override
        public String toString() {
            return "BatchItemRef[operation=" + operation + ", uniqueBatchItemId="
                    + (uniqueBatchItemId == null ? null : HexFormat.of().formatHex(uniqueBatchItemId)) + "]";
        }
    }

    /** The failed batch item, or {@code null} when the failure lies outside the batch items. */
    public BatchItemRef failedBatchItem() {
        return failedBatchItemIndex < 0 ? null : batchItems.get(failedBatchItemIndex);
    }
}

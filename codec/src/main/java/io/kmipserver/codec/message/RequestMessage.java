package io.kmipserver.codec.message;

import io.kmipserver.codec.payload.RequestPayload;
import java.util.List;
import java.util.Objects;

/**
 * Request Message (KMIP 1.4 §7.1 Table 280, 2.1 §8.1 Table 394): a header and one or more batch
 * items. The header's Protocol Version decides the wire form of everything inside (1.x
 * Template-Attribute and Attribute Name text vs 2.x Attributes and Attribute Reference).
 */
public record RequestMessage(RequestHeader header, List<RequestBatchItem> batchItems) {

    public RequestMessage {
        Objects.requireNonNull(header, "header");
        batchItems = List.copyOf(batchItems);
        if (batchItems.size() != header.batchCount()) {
            throw new IllegalArgumentException("Batch Count " + header.batchCount() + " but " + batchItems.size()
                    + " batch items");
        }
    }

    /** A request with a minimal header: Protocol Version and Batch Count. */
    public static RequestMessage of(ProtocolVersion version, List<RequestBatchItem> items) {
        return new RequestMessage(RequestHeader.of(version, items.size()), items);
    }

    /** A single-item request without Unique Batch Item ID. */
    public static RequestMessage of(ProtocolVersion version, RequestPayload payload) {
        return new RequestMessage(RequestHeader.of(version, 1), List.of(RequestBatchItem.of(payload)));
    }

    public ProtocolVersion protocolVersion() {
        return header.protocolVersion();
    }
}

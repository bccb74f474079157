package io.kmipserver.codec.message;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Response Message (KMIP 1.4 §7.1 Table 281, 2.1 §8.1 Table 397). Its Protocol Version decides the
 * wire form of everything inside, as for requests; a server answers in the request's version.
 */
public record ResponseMessage(ResponseHeader header, List<ResponseBatchItem> batchItems) {

    public ResponseMessage {
        Objects.requireNonNull(header, "header");
        batchItems = List.copyOf(batchItems);
        if (batchItems.size() != header.batchCount()) {
            throw new IllegalArgumentException("Batch Count " + header.batchCount() + " but " + batchItems.size()
                    + " batch items");
        }
    }

    /** A response with a minimal header: Protocol Version, Time Stamp and Batch Count. */
    public static ResponseMessage of(ProtocolVersion version, Instant timeStamp, List<ResponseBatchItem> items) {
        return new ResponseMessage(ResponseHeader.of(version, timeStamp, items.size()), items);
    }

    public ProtocolVersion protocolVersion() {
        return header.protocolVersion();
    }
}

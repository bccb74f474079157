package io.kmipserver.codec.payload;

import io.kmipserver.codec.spec.Operation;
import io.kmipserver.codec.ttlv.TtlvItem;
import java.util.Objects;

/**
 * The payload of an operation the typed model does not cover, or whose Operation value no KMIP
 * version defines, kept as its item tree. A server answers such a batch item with Result Reason
 * Operation Not Supported (KMIP 1.4 §11.1 Table 327); its fields are not checked.
 *
 * @param operationCode the Operation value as received (may be an extension value 8XXXXXXX)
 * @param payload the Request Payload or Response Payload structure
 */
public record RawPayload(int operationCode, TtlvItem.Structure payload) implements RequestPayload, ResponsePayload {

    public RawPayload {
        Objects.requireNonNull(payload, "payload");
    }

    /** The operation, or {@code null} when no KMIP version defines {@link #operationCode()}. */
    @Override
    public Operation operation() {
        return Operation.fromValue(operationCode);
    }

    @Override
    public String toString() {
        return "RawPayload[operationCode=0x" + Integer.toHexString(operationCode) + ", fields="
                + payload.items().size() + "]";
    }
}

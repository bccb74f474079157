package io.kmipserver.codec.payload;

import io.kmipserver.codec.spec.Operation;
import java.util.Objects;

/**
 * Decrypt response.
 *
 * <p>KMIP 1.4 §4.30 Table 232, 2.1 §6.1.11 Table 197.
 *
 * @param uniqueIdentifier the Unique Identifier of the object
 * @param data the plaintext
 * @param correlationValue Correlation Value of a multi-part operation, or {@code null}
 */
public record DecryptResponse(
        String uniqueIdentifier,
        byte[] data,
        byte[] correlationValue) implements ResponsePayload {

    public DecryptResponse {
        Objects.requireNonNull(uniqueIdentifier, "uniqueIdentifier");
    }

    @Override
    public Operation operation() {
        return Operation.DECRYPT;
    }

    private Object[] values() {
        return new Object[] {uniqueIdentifier, data, correlationValue};
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DecryptResponse other && PayloadFormat.equal(values(), other.values());
    }

    @Override
    public int hashCode() {
        return PayloadFormat.hash(values());
    }

    /** Byte arrays print as their length: they carry data, ciphertext or signatures. */
    @Override
    public String toString() {
        return PayloadFormat.describe("DecryptResponse", new String[] {"uniqueIdentifier", "data", "correlationValue"}, values());
    }
}

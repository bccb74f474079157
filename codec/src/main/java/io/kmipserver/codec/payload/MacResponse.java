package io.kmipserver.codec.payload;

import io.kmipserver.codec.spec.Operation;
import java.util.Objects;

/**
 * MAC response.
 *
 * <p>KMIP 1.4 §4.33 Table 238, 2.1 §6.1.32 Table 260.
 *
 * @param uniqueIdentifier the Unique Identifier of the object
 * @param macData the MAC
 * @param correlationValue Correlation Value of a multi-part operation, or {@code null}
 */
public record MacResponse(
        String uniqueIdentifier,
        byte[] macData,
        byte[] correlationValue) implements ResponsePayload {

    public MacResponse {
        Objects.requireNonNull(uniqueIdentifier, "uniqueIdentifier");
    }

    @Override
    public Operation operation() {
        return Operation.MAC;
    }

    private Object[] values() {
        return new Object[] {uniqueIdentifier, macData, correlationValue};
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MacResponse other && PayloadFormat.equal(values(), other.values());
    }

    @Override
    public int hashCode() {
        return PayloadFormat.hash(values());
    }

    /** Byte arrays print as their length: they carry data, ciphertext or signatures. */
    @Override
    public String toString() {
        return PayloadFormat.describe("MacResponse", new String[] {"uniqueIdentifier", "macData", "correlationValue"}, values());
    }
}

package io.kmipserver.codec.payload;

import io.kmipserver.codec.spec.Operation;
import java.util.Objects;

/**
 * Sign response.
 *
 * <p>KMIP 1.4 §4.31 Table 234, 2.1 §6.1.55 Table 335.
 *
 * @param uniqueIdentifier the Unique Identifier of the object
 * @param signatureData the signature
 * @param correlationValue Correlation Value of a multi-part operation, or {@code null}
 */
public record SignResponse(
        String uniqueIdentifier,
        byte[] signatureData,
        byte[] correlationValue) implements ResponsePayload {

    public SignResponse {
        Objects.requireNonNull(uniqueIdentifier, "uniqueIdentifier");
    }

    @Override
    public Operation operation() {
        return Operation.SIGN;
    }

    private Object[] values() {
        return new Object[] {uniqueIdentifier, signatureData, correlationValue};
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SignResponse other && PayloadFormat.equal(values(), other.values());
    }

    @Override
    public int hashCode() {
        return PayloadFormat.hash(values());
    }

    /** Byte arrays print as their length: they carry data, ciphertext or signatures. */
    @Override
    public String toString() {
        return PayloadFormat.describe("SignResponse", new String[] {"uniqueIdentifier", "signatureData", "correlationValue"}, values());
    }
}

package io.kmipserver.codec.payload;

import io.kmipserver.codec.spec.Operation;
import io.kmipserver.codec.spec.ValidityIndicator;
import java.util.Objects;

/**
 * Signature Verify response.
 *
 * <p>KMIP 1.4 §4.32 Table 236, 2.1 §6.1.56 Table 338.
 *
 * @param uniqueIdentifier the Unique Identifier of the object
 * @param validityIndicator Valid / Invalid / Unknown; required for single-part
 * @param data data recovered from the signature, or {@code null}
 * @param correlationValue Correlation Value of a multi-part operation, or {@code null}
 */
public record SignatureVerifyResponse(
        String uniqueIdentifier,
        ValidityIndicator validityIndicator,
        byte[] data,
        byte[] correlationValue) implements ResponsePayload {

    public SignatureVerifyResponse {
        Objects.requireNonNull(uniqueIdentifier, "uniqueIdentifier");
    }

    @Override
    public Operation operation() {
        return Operation.SIGNATURE_VERIFY;
    }

    private Object[] values() {
        return new Object[] {uniqueIdentifier, validityIndicator, data, correlationValue};
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SignatureVerifyResponse other && PayloadFormat.equal(values(), other.values());
    }

    @Override
    public int hashCode() {
        return PayloadFormat.hash(values());
    }

    /** Byte arrays print as their length: they carry data, ciphertext or signatures. */
    @Override
    public String toString() {
        return PayloadFormat.describe("SignatureVerifyResponse", new String[] {"uniqueIdentifier", "validityIndicator", "data", "correlationValue"}, values());
    }
}

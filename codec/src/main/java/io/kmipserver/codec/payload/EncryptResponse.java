package io.kmipserver.codec.payload;

import io.kmipserver.codec.spec.Operation;
import java.util.Objects;

/**
 * Encrypt response.
 *
 * <p>KMIP 1.4 §4.29 Table 230, 2.1 §6.1.17 Table 215.
 *
 * @param uniqueIdentifier the Unique Identifier of the object
 * @param data the ciphertext
 * @param ivCounterNonce the IV the server chose, or {@code null}
 * @param correlationValue Correlation Value of a multi-part operation, or {@code null}
 * @param authenticatedEncryptionTag the AEAD tag (1.4+), or {@code null}
 */
public record EncryptResponse(
        String uniqueIdentifier,
        byte[] data,
        byte[] ivCounterNonce,
        byte[] correlationValue,
        byte[] authenticatedEncryptionTag) implements ResponsePayload {

    public EncryptResponse {
        Objects.requireNonNull(uniqueIdentifier, "uniqueIdentifier");
    }

    @Override
    public Operation operation() {
        return Operation.ENCRYPT;
    }

    private Object[] values() {
        return new Object[] {uniqueIdentifier, data, ivCounterNonce, correlationValue, authenticatedEncryptionTag};
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EncryptResponse other && PayloadFormat.equal(values(), other.values());
    }

    @Override
    public int hashCode() {
        return PayloadFormat.hash(values());
    }

    /** Byte arrays print as their length: they carry data, ciphertext or signatures. */
    @Override
    public String toString() {
        return PayloadFormat.describe("EncryptResponse", new String[] {"uniqueIdentifier", "data", "ivCounterNonce", "correlationValue", "authenticatedEncryptionTag"}, values());
    }
}

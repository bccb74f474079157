package io.kmipserver.codec.payload;

import io.kmipserver.codec.attribute.CryptographicParameters;
import io.kmipserver.codec.spec.Operation;

/**
 * Decrypt request (1.2+).
 *
 * <p>KMIP 1.4 §4.30 Table 231, 2.1 §6.1.11 Table 196.
 *
 * @param uniqueIdentifier the object; {@link UniqueIdentifierRef#OMITTED} (absent) means the ID Placeholder
 * @param cryptographicParameters Cryptographic Parameters, or {@code null} to use the key's own
 * @param data the ciphertext
 * @param ivCounterNonce IV/Counter/Nonce, or {@code null}
 * @param correlationValue Correlation Value of a multi-part operation, or {@code null}
 * @param initIndicator Init Indicator of a multi-part operation, or {@code null}
 * @param finalIndicator Final Indicator of a multi-part operation, or {@code null}
 * @param authenticatedEncryptionAdditionalData AEAD additional data (1.4+), or {@code null}
 * @param authenticatedEncryptionTag the AEAD tag (1.4+), or {@code null}
 */
public record DecryptRequest(
        UniqueIdentifierRef uniqueIdentifier,
        CryptographicParameters cryptographicParameters,
        byte[] data,
        byte[] ivCounterNonce,
        byte[] correlationValue,
        Boolean initIndicator,
        Boolean finalIndicator,
        byte[] authenticatedEncryptionAdditionalData,
        byte[] authenticatedEncryptionTag) implements RequestPayload {

    public DecryptRequest {
        uniqueIdentifier = uniqueIdentifier == null ? UniqueIdentifierRef.OMITTED : uniqueIdentifier;
    }

    @Override
    public Operation operation() {
        return Operation.DECRYPT;
    }

    private Object[] values() {
        return new Object[] {uniqueIdentifier, cryptographicParameters, data, ivCounterNonce, correlationValue, initIndicator, finalIndicator, authenticatedEncryptionAdditionalData, authenticatedEncryptionTag};
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DecryptRequest other && PayloadFormat.equal(values(), other.values());
    }

    @Override
    public int hashCode() {
        return PayloadFormat.hash(values());
    }

    /** Byte arrays print as their length: they carry data, ciphertext or signatures. */
    @Override
    public String toString() {
        return PayloadFormat.describe("DecryptRequest", new String[] {"uniqueIdentifier", "cryptographicParameters", "data", "ivCounterNonce", "correlationValue", "initIndicator", "finalIndicator", "authenticatedEncryptionAdditionalData", "authenticatedEncryptionTag"}, values());
    }
}

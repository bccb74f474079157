package io.kmipserver.codec.payload;

import io.kmipserver.codec.attribute.CryptographicParameters;
import io.kmipserver.codec.spec.Operation;

/**
 * Signature Verify request (1.2+).
 *
 * <p>KMIP 1.4 §4.32 Table 235, 2.1 §6.1.56 Table 337.
 *
 * @param uniqueIdentifier the object; {@link UniqueIdentifierRef#OMITTED} (absent) means the ID Placeholder
 * @param cryptographicParameters Cryptographic Parameters, or {@code null} to use the key's own
 * @param data the signed data, or {@code null}
 * @param digestedData digested data (1.4+), or {@code null}
 * @param signatureData the signature
 * @param correlationValue Correlation Value of a multi-part operation, or {@code null}
 * @param initIndicator Init Indicator of a multi-part operation, or {@code null}
 * @param finalIndicator Final Indicator of a multi-part operation, or {@code null}
 */
public record SignatureVerifyRequest(
        UniqueIdentifierRef uniqueIdentifier,
        CryptographicParameters cryptographicParameters,
        byte[] data,
        byte[] digestedData,
        byte[] signatureData,
        byte[] correlationValue,
        Boolean initIndicator,
        Boolean finalIndicator) implements RequestPayload {

    public SignatureVerifyRequest {
        uniqueIdentifier = uniqueIdentifier == null ? UniqueIdentifierRef.OMITTED : uniqueIdentifier;
    }

    @Override
    public Operation operation() {
        return Operation.SIGNATURE_VERIFY;
    }

    private Object[] values() {
        return new Object[] {uniqueIdentifier, cryptographicParameters, data, digestedData, signatureData, correlationValue, initIndicator, finalIndicator};
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SignatureVerifyRequest other && PayloadFormat.equal(values(), other.values());
    }

    @Override
    public int hashCode() {
        return PayloadFormat.hash(values());
    }

    /** Byte arrays print as their length: they carry data, ciphertext or signatures. */
    @Override
    public String toString() {
        return PayloadFormat.describe("SignatureVerifyRequest", new String[] {"uniqueIdentifier", "cryptographicParameters", "data", "digestedData", "signatureData", "correlationValue", "initIndicator", "finalIndicator"}, values());
    }
}

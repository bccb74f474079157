package io.kmipserver.codec.payload;

import io.kmipserver.codec.attribute.CryptographicParameters;
import io.kmipserver.codec.spec.Operation;

/**
 * Sign request (1.2+).
 *
 * <p>KMIP 1.4 §4.31 Table 233, 2.1 §6.1.55 Table 334.
 *
 * @param uniqueIdentifier the object; {@link UniqueIdentifierRef#OMITTED} (absent) means the ID Placeholder
 * @param cryptographicParameters Cryptographic Parameters, or {@code null} to use the key's own
 * @param data the data to sign, or {@code null}
 * @param digestedData already digested data to sign (1.4+), or {@code null}
 * @param correlationValue Correlation Value of a multi-part operation, or {@code null}
 * @param initIndicator Init Indicator of a multi-part operation, or {@code null}
 * @param finalIndicator Final Indicator of a multi-part operation, or {@code null}
 */
public record SignRequest(
        UniqueIdentifierRef uniqueIdentifier,
        CryptographicParameters cryptographicParameters,
        byte[] data,
        byte[] digestedData,
        byte[] correlationValue,
        Boolean initIndicator,
        Boolean finalIndicator) implements RequestPayload {

    public SignRequest {
        uniqueIdentifier = uniqueIdentifier == null ? UniqueIdentifierRef.OMITTED : uniqueIdentifier;
    }

    @Override
    public Operation operation() {
        return Operation.SIGN;
    }

    private Object[] values() {
        return new Object[] {uniqueIdentifier, cryptographicParameters, data, digestedData, correlationValue, initIndicator, finalIndicator};
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SignRequest other && PayloadFormat.equal(values(), other.values());
    }

    @Override
    public int hashCode() {
        return PayloadFormat.hash(values());
    }

    /** Byte arrays print as their length: they carry data, ciphertext or signatures. */
    @Override
    public String toString() {
        return PayloadFormat.describe("SignRequest", new String[] {"uniqueIdentifier", "cryptographicParameters", "data", "digestedData", "correlationValue", "initIndicator", "finalIndicator"}, values());
    }
}

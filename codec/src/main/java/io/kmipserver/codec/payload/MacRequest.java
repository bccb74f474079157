package io.kmipserver.codec.payload;

import io.kmipserver.codec.attribute.CryptographicParameters;
import io.kmipserver.codec.spec.Operation;

/**
 * MAC request (1.2+).
 *
 * <p>KMIP 1.4 §4.33 Table 237, 2.1 §6.1.32 Table 259.
 *
 * @param uniqueIdentifier the object; {@link UniqueIdentifierRef#OMITTED} (absent) means the ID Placeholder
 * @param cryptographicParameters Cryptographic Parameters, or {@code null} to use the key's own
 * @param data the data to MAC
 * @param correlationValue Correlation Value of a multi-part operation, or {@code null}
 * @param initIndicator Init Indicator of a multi-part operation, or {@code null}
 * @param finalIndicator Final Indicator of a multi-part operation, or {@code null}
 */
public record MacRequest(
        UniqueIdentifierRef uniqueIdentifier,
        CryptographicParameters cryptographicParameters,
        byte[] data,
        byte[] correlationValue,
        Boolean initIndicator,
        Boolean finalIndicator) implements RequestPayload {

    public MacRequest {
        uniqueIdentifier = uniqueIdentifier == null ? UniqueIdentifierRef.OMITTED : uniqueIdentifier;
    }

    @Override
    public Operation operation() {
        return Operation.MAC;
    }

    private Object[] values() {
        return new Object[] {uniqueIdentifier, cryptographicParameters, data, correlationValue, initIndicator, finalIndicator};
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MacRequest other && PayloadFormat.equal(values(), other.values());
    }

    @Override
    public int hashCode() {
        return PayloadFormat.hash(values());
    }

    /** Byte arrays print as their length: they carry data, ciphertext or signatures. */
    @Override
    public String toString() {
        return PayloadFormat.describe("MacRequest", new String[] {"uniqueIdentifier", "cryptographicParameters", "data", "correlationValue", "initIndicator", "finalIndicator"}, values());
    }
}

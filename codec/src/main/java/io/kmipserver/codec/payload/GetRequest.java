package io.kmipserver.codec.payload;

import io.kmipserver.codec.spec.KeyCompressionType;
import io.kmipserver.codec.spec.KeyFormatType;
import io.kmipserver.codec.spec.KeyWrapType;
import io.kmipserver.codec.spec.Operation;

/**
 * Get request.
 *
 * <p>KMIP 1.4 §4.11 Table 194, 2.1 §6.1.19 Table 220.
 *
 * @param uniqueIdentifier the object; {@link UniqueIdentifierRef#OMITTED} (absent) means the ID Placeholder
 * @param keyFormatType the format wanted, or {@code null} for the stored one
 * @param keyWrapType Key Wrap Type (1.4+), or {@code null}
 * @param keyCompressionType Key Compression Type, or {@code null}
 * @param keyWrappingSpecification the client asks for the key wrapped, or {@code null}
 */
public record GetRequest(
        UniqueIdentifierRef uniqueIdentifier,
        KeyFormatType keyFormatType,
        KeyWrapType keyWrapType,
        KeyCompressionType keyCompressionType,
        KeyWrappingSpecification keyWrappingSpecification) implements RequestPayload {

    public GetRequest {
        uniqueIdentifier = uniqueIdentifier == null ? UniqueIdentifierRef.OMITTED : uniqueIdentifier;
    }

    @Override
    public Operation operation() {
        return Operation.GET;
    }

    /** A Get of the object {@code uniqueIdentifier} in its stored format, unwrapped. */
    public static GetRequest of(String uniqueIdentifier) {
        return new GetRequest(UniqueIdentifierRef.of(uniqueIdentifier), null, null, null, null);
    }
}

package io.kmipserver.codec.payload;

import io.kmipserver.codec.spec.Operation;
import java.util.List;

/**
 * Locate response.
 *
 * <p>KMIP 1.4 §4.9 Table 191, 2.1 §6.1.28 Table 248.
 *
 * @param locatedItems Located Items (1.3+): the total number of matches, or {@code null}
 * @param uniqueIdentifiers the identifiers found
 */
public record LocateResponse(
        Integer locatedItems,
        List<String> uniqueIdentifiers) implements ResponsePayload {

    public LocateResponse {
        uniqueIdentifiers = uniqueIdentifiers == null ? List.of() : List.copyOf(uniqueIdentifiers);
    }

    @Override
    public Operation operation() {
        return Operation.LOCATE;
    }
}

package io.kmipserver.audit.event;

import java.util.List;
import java.util.Objects;

/**
 * What the operation acted on (CADF {@code target}).
 *
 * @param uniqueIdentifiers the KMIP Unique Identifiers of the objects (empty when none, e.g. for a
 *                          Locate that found nothing or an undecodable message); never null
 * @param objectType        the KMIP Object Type name, e.g. {@code Symmetric Key}; may be null
 * @param adapter           the adapter that owns the objects; may be null
 */
public record Target(List<String> uniqueIdentifiers, String objectType, String adapter) {

    /** No target, e.g. for a refused handshake. */
    public static final Target NONE = new Target(List.of(), null, null);

    public Target {
        uniqueIdentifiers = List.copyOf(Objects.requireNonNull(uniqueIdentifiers, "uniqueIdentifiers"));
    }

    public static Target object(String uniqueIdentifier, String objectType, String adapter) {
        return new Target(List.of(uniqueIdentifier), objectType, adapter);
    }
}

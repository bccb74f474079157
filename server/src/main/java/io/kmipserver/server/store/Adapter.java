package io.kmipserver.server.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A tenant: the principal of every KMIP operation of the clients that belong to it (DESIGN invariant
 * 4). Its objects are visible only to its clients.
 *
 * @param id store-assigned identifier (a UUID); the key protector keys root keys by it
 * @param profile the server profile the adapter's clients get, {@code native_1.0} by default
 * @param allowedOperations KMIP Operation enumeration values (1.4 §9.1.3.2.27) its clients may call,
 *     or {@code null} for all
 * @param credential the optional Credential its clients must also present, or {@code null}
 */
public record Adapter(
        String id,
        String name,
        String description,
        String profile,
        Set<Integer> allowedOperations,
        AdapterCredential credential,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy) {

    public Adapter {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(profile, "profile");
        allowedOperations = allowedOperations == null ? null : Set.copyOf(allowedOperations);
    }

    /** True when the adapter's clients may call the operation with this enumeration value. */
    public boolean allows(int operation) {
        return allowedOperations == null || allowedOperations.contains(operation);
    }
}

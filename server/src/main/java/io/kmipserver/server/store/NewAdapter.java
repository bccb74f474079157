package io.kmipserver.server.store;

import java.util.Objects;
import java.util.Set;

/**
 * The fields of an adapter a caller chooses, for {@link StoreTransaction#insertAdapter} and
 * {@link StoreTransaction#updateAdapter} (which replaces all of them). Identifier and audit columns are
 * set by the store.
 */
public record NewAdapter(String name, String description, String profile, Set<Integer> allowedOperations,
        AdapterCredential credential) {

    /** The profile of an adapter created without one. */
    public static final String DEFAULT_PROFILE = "native_1.0";

    public NewAdapter {
        Objects.requireNonNull(name, "name");
        if (name.isBlank() || name.length() > 128) {
            throw new IllegalArgumentException("adapter name must be 1-128 characters, not blank");
        }
        if (description != null && description.length() > 1024) {
            throw new IllegalArgumentException("adapter description is limited to 1024 characters");
        }
        profile = profile == null ? DEFAULT_PROFILE : profile;
        allowedOperations = allowedOperations == null ? null : Set.copyOf(allowedOperations);
    }

    /** An adapter with only a name: default profile, every operation, no credential. */
    public static NewAdapter named(String name) {
        return new NewAdapter(name, null, null, null, null);
    }

    public NewAdapter withDescription(String d) {
        return new NewAdapter(name, d, profile, allowedOperations, credential);
    }

    public NewAdapter withAllowedOperations(Set<Integer> operations) {
        return new NewAdapter(name, description, profile, operations, credential);
    }

    public NewAdapter withCredential(AdapterCredential c) {
        return new NewAdapter(name, description, profile, allowedOperations, c);
    }

    public NewAdapter withProfile(String p) {
        return new NewAdapter(name, description, p, allowedOperations, credential);
    }
}

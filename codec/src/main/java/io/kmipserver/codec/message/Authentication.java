package io.kmipserver.codec.message;

import java.util.List;

/**
 * Authentication of the request header (KMIP 1.4 §6.6 Table 266, 2.1 §9.4 Table 403): one or more
 * credentials, all of which must be satisfied (2.1).
 */
public record Authentication(List<Credential> credentials) {

    public Authentication {
        credentials = List.copyOf(credentials);
        if (credentials.isEmpty()) {
            throw new IllegalArgumentException("Authentication needs at least one Credential");
        }
    }

    public static Authentication of(Credential... credentials) {
        return new Authentication(List.of(credentials));
    }
}

package io.kmipserver.server.management;

import java.util.Locale;

/**
 * What a management caller may do, decided by its client certificate ({@link ManagementRoles}).
 * A certificate with no role passes TLS when the PKI's CA issued it, and is then refused every call
 * with 403.
 */
public enum Role {
    /** Everything: adapters, certificates, objects, and all the auditor may do. */
    ADMIN,
    /** Read-only: events, key usage, health, metrics, the API document. */
    AUDITOR;

    /** {@code admin} or {@code auditor}, as in documentation and audit events. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}

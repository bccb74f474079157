package io.kmipserver.server.identity;

/**
 * Why a client certificate was refused. The {@link #code()} goes into the audit event's reason, so
 * SIEM rules can match on it; the accompanying message says which certificate and when.
 */
public enum Refusal {
    /** The client presented no certificate (TLS client authentication is required). */
    NO_CERTIFICATE("no-certificate"),
    /** Outside its validity period: expired, or not valid yet. */
    EXPIRED("expired"),
    /** Its extended key usage excludes TLS client authentication. */
    WRONG_USAGE("wrong-usage"),
    /** Neither registered by fingerprint nor chaining to a trusted CA. */
    UNTRUSTED("untrusted"),
    /** Trusted for TLS, but neither registered to an adapter nor admitted by one's CA and subject pattern. */
    NO_ADAPTER("no-adapter"),
    /** Its registration was deleted: revoked, whatever CA issued it, until registered again. */
    REVOKED("revoked"),
    /** Admitted by the trust rules of more than one adapter with equal precedence. */
    AMBIGUOUS("ambiguous"),
    /** The TLS handshake failed for another reason (protocol version, cipher suites, not TLS at all). */
    TLS_FAILURE("tls-failure");

    private final String code;

    Refusal(String code) {
        this.code = code;
    }

    /** Short stable name, e.g. {@code expired}. */
    public String code() {
        return code;
    }
}

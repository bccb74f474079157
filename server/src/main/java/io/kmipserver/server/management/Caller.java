package io.kmipserver.server.management;

import io.kmipserver.audit.event.Initiator;

/**
 * Who makes a management call: what the TLS handshake of the connection showed.
 *
 * @param role the certificate's role, or {@code null} when it has none (every call then gets 403)
 * @param certificateSubject the client certificate's subject (RFC 2253)
 * @param certificateFingerprint SHA-256 of its DER, 64 lower-case hex digits
 */
public record Caller(Role role, String certificateSubject, String certificateFingerprint, String remoteAddress,
        int remotePort, String tlsProtocol, String cipherSuite) {

    /** The audit initiator; management callers belong to no adapter. */
    public Initiator initiator() {
        return new Initiator(null, certificateSubject, certificateFingerprint, remoteAddress,
                remoteAddress != null ? remotePort : null, tlsProtocol, cipherSuite);
    }

    /** What the store's {@code created_by}/{@code updated_by} columns record: the certificate subject. */
    public String actor() {
        return certificateSubject != null ? certificateSubject : "unknown";
    }
}

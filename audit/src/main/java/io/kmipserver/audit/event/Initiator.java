package io.kmipserver.audit.event;

/**
 * Who asked for the operation (CADF {@code initiator}). Every field may be null: a handshake that
 * was refused has no adapter, a management call has no KMIP certificate, an event the audit system
 * raises itself has no remote peer.
 *
 * @param adapter                the adapter (tenant) the caller belongs to
 * @param certificateSubject     the subject DN of the client certificate
 * @param certificateFingerprint the SHA-256 fingerprint of the client certificate
 * @param remoteAddress          the peer's IP address
 * @param remotePort             the peer's TCP port
 * @param tlsProtocol            the negotiated TLS protocol, e.g. {@code TLSv1.3}
 * @param cipherSuite            the negotiated cipher suite
 */
public record Initiator(
        String adapter,
        String certificateSubject,
        String certificateFingerprint,
        String remoteAddress,
        Integer remotePort,
        String tlsProtocol,
        String cipherSuite) {

    /** An initiator nobody is known of, e.g. the audit system itself. */
    public static final Initiator NONE = new Initiator(null, null, null, null, null, null, null);

    public Initiator {
        if (remotePort != null && (remotePort < 0 || remotePort > 65_535)) {
            throw new IllegalArgumentException("remotePort out of range: " + remotePort);
        }
    }
}

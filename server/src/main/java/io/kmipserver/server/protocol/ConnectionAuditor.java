package io.kmipserver.server.protocol;

/**
 * Audits what happens to a connection outside any request: refused handshakes and streams that are
 * not KMIP at all. Each call leaves exactly one audit event (DESIGN.md invariant 1). May block; the
 * transport calls it off the event loop.
 */
public interface ConnectionAuditor {

    /**
     * A TLS handshake or client identification was refused: no certificate, a certificate that does
     * not chain to a trust anchor, an expired one, or one registered to no adapter. Action
     * {@code kmip.handshake}, outcome failure, severity critical.
     *
     * @param subject the presented certificate's subject, or {@code null} when none was presented
     * @param fingerprint its SHA-256 fingerprint, or {@code null}
     * @param reason why it was refused, safe to log
     */
    void handshakeRefused(String remoteAddress, int remotePort, String subject, String fingerprint, String reason);

    /**
     * The byte stream broke the framing rules (oversized, not a Request Message, …) and the connection
     * is closed without a response. Action {@code kmip.invalid}, outcome failure.
     */
    void frameRejected(ClientSession session, String reason);
}

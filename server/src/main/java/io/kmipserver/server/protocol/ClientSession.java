package io.kmipserver.server.protocol;

/**
 * The principal of every operation on one connection: the adapter (tenant) that the client's
 * certificate belongs to, plus what the audit trail records about the connection. Built once, after
 * the TLS handshake, by the transport.
 *
 * @param connectionId unique per connection on this node
 * @param adapterId the adapter's store id; every object access is scoped by it
 * @param adapterName the adapter's name, for audit and logs
 * @param certificateSubject the client certificate's subject DN
 * @param certificateFingerprint SHA-256 of the client certificate's DER, lowercase hex
 * @param remoteAddress the peer's IP address
 * @param remotePort the peer's port
 * @param tlsProtocol e.g. {@code TLSv1.3}
 * @param cipherSuite e.g. {@code TLS_AES_128_GCM_SHA256}
 */
public record ClientSession(
        String connectionId,
        String adapterId,
        String adapterName,
        String certificateSubject,
        String certificateFingerprint,
        String remoteAddress,
        int remotePort,
        String tlsProtocol,
        String cipherSuite) {
}

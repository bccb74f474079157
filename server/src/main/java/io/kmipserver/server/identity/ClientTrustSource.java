package io.kmipserver.server.identity;

/**
 * Supplies the current {@link ClientTrust} snapshot. {@link #current()} is called inside every TLS
 * handshake, on the event loop: it must return at once, without I/O.
 */
@FunctionalInterface
public interface ClientTrustSource {

    ClientTrust current();

    /** A source that always answers the same snapshot (tests, fixed deployments). */
    static ClientTrustSource fixed(ClientTrust trust) {
        return () -> trust;
    }
}

package io.kmipserver.server.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A client certificate registered (pinned) to an adapter. The transport looks it up by fingerprint
 * on every handshake (an indexed, unique column).
 *
 * @param fingerprint SHA-256 of the certificate's DER, 64 lower-case hex digits
 * @param notAfter end of validity, so expired registrations can be listed and refused
 */
public record ClientCertificate(String id, String adapterId, String name, String fingerprint, String subject,
        String pem, Instant notAfter, Instant createdAt, String createdBy) {

    public ClientCertificate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(adapterId, "adapterId");
        Fingerprint.check(fingerprint);
    }
}

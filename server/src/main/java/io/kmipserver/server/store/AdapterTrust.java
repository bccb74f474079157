package io.kmipserver.server.store;

import java.time.Instant;
import java.util.Objects;

/**
 * An adapter admits every client certificate issued by this CA whose subject matches
 * {@code subjectPattern} (a Java regular expression over the RFC 4514 subject; {@code null} admits
 * every subject). Enterprises issue one certificate per array from their own CA.
 *
 * @param caFingerprint SHA-256 of the CA certificate's DER, 64 lower-case hex digits
 * @param caSubject the CA's subject (RFC 4514), to match a client certificate's issuer quickly
 */
public record AdapterTrust(String id, String adapterId, String caFingerprint, String caSubject, String caPem,
        String subjectPattern, Instant createdAt, String createdBy) {

    public AdapterTrust {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(adapterId, "adapterId");
        Objects.requireNonNull(caPem, "caPem");
        Fingerprint.check(caFingerprint);
    }
}

package io.kmipserver.server.store;

import java.time.Instant;
import java.util.Objects;

/** A client certificate to register to an adapter; see {@link ClientCertificate}. */
public record NewClientCertificate(String name, String fingerprint, String subject, String pem, Instant notAfter) {

    public NewClientCertificate {
        Objects.requireNonNull(name, "name");
        Fingerprint.check(fingerprint);
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(pem, "pem");
        Objects.requireNonNull(notAfter, "notAfter");
    }
}

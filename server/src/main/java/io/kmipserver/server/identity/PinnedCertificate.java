package io.kmipserver.server.identity;

import java.util.Objects;

/**
 * A client certificate registered to an adapter by its fingerprint. It is admitted whoever issued
 * it (self-signed included) while it is within its validity period.
 *
 * @param fingerprint SHA-256 of the certificate's DER, 64 lower-case hex digits
 */
public record PinnedCertificate(String fingerprint, String adapterId, String adapterName) {

    public PinnedCertificate {
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(adapterId, "adapterId");
        Objects.requireNonNull(adapterName, "adapterName");
    }
}

package io.kmipserver.server.identity;

import io.kmipserver.certs.Fingerprints;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A CA whose client certificates are accepted on the KMIP port.
 *
 * @param certificate the CA certificate, a PKIX trust anchor
 * @param fingerprint SHA-256 of its DER, 64 lower-case hex digits
 * @param adapterId the adapter that admits the certificates this CA issued, or {@code null} for a CA
 *     that is only trusted for TLS (the PKI's {@code ca.pem} when no adapter names it): its clients
 *     pass the handshake but are refused for belonging to no adapter
 * @param adapterName the adapter's name, or {@code null} with {@code adapterId}
 * @param subjectPattern admits only client subjects (RFC 2253 form) it matches in full, or {@code null}
 *     to admit every subject
 */
public record TrustedIssuer(X509Certificate certificate, String fingerprint, String adapterId, String adapterName,
        Pattern subjectPattern) {

    public TrustedIssuer {
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(fingerprint, "fingerprint");
        if ((adapterId == null) != (adapterName == null)) {
            throw new IllegalArgumentException("adapterId and adapterName are given together or not at all");
        }
    }

    /** A CA trusted for TLS only, belonging to no adapter. */
    public static TrustedIssuer anchorOnly(X509Certificate certificate) {
        return new TrustedIssuer(certificate, Fingerprints.sha256Hex(certificate), null, null, null);
    }

    /** A CA whose certificates belong to an adapter. */
    public static TrustedIssuer ofAdapter(X509Certificate certificate, String adapterId, String adapterName,
            Pattern subjectPattern) {
        return new TrustedIssuer(certificate, Fingerprints.sha256Hex(certificate),
                Objects.requireNonNull(adapterId, "adapterId"), Objects.requireNonNull(adapterName, "adapterName"),
                subjectPattern);
    }

    TrustAnchor anchor() {
        return new TrustAnchor(certificate, null);
    }

    boolean admitsSubject(String subject) {
        return subjectPattern == null || subjectPattern.matcher(subject).matches();
    }
}

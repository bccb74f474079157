package io.kmipserver.server.identity;

import java.security.cert.CertificateException;
import java.util.Objects;

/**
 * A client certificate chain refused by {@link ClientTrust}. Thrown by the trust manager inside the
 * TLS handshake, and found again in the handshake failure's cause chain so that the refusal is
 * audited with the certificate's subject and fingerprint. The message names the certificate and the
 * rule it broke, never key material.
 */
public final class ClientCertificateRefusedException extends CertificateException {

    private static final long serialVersionUID = 1L;

    private final transient Refusal refusal;
    private final String subject;
    private final String fingerprint;

    /**
     * @param subject the leaf's subject, or {@code null} when no certificate was presented
     * @param fingerprint the leaf's SHA-256 fingerprint, or {@code null}
     */
    public ClientCertificateRefusedException(Refusal refusal, String subject, String fingerprint, String message) {
        super(message);
        this.refusal = Objects.requireNonNull(refusal, "refusal");
        this.subject = subject;
        this.fingerprint = fingerprint;
    }

    public Refusal refusal() {
        return refusal;
    }

    public String subject() {
        return subject;
    }

    public String fingerprint() {
        return fingerprint;
    }

    /** {@code code: message}, the form the audit trail records. */
    public String auditReason() {
        return refusal.code() + ": " + getMessage();
    }
}

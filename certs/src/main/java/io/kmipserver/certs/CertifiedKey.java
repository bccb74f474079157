package io.kmipserver.certs;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;

/**
 * A private key with its certificate chain: the leaf certificate for the key first, then the
 * certificates of its issuers in order (RFC 8446 §4.4.2 order, which TLS key managers expect).
 *
 * <p>{@link #toString()} names the subject and key algorithm only; the key itself never appears in
 * a log line through this type.
 *
 * @param privateKey the key the leaf certificate certifies
 * @param chain leaf first, then its issuers; never empty
 */
public record CertifiedKey(PrivateKey privateKey, List<X509Certificate> chain) {

    public CertifiedKey {
        Objects.requireNonNull(privateKey, "privateKey");
        chain = List.copyOf(chain);
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("a certificate chain needs at least the leaf certificate");
        }
    }

    /** The leaf certificate, the one for {@link #privateKey()}. */
    public X509Certificate certificate() {
        return chain.get(0);
    }

    @Override
    public String toString() {
        return "CertifiedKey[subject=" + certificate().getSubjectX500Principal().getName()
                + ", key=" + privateKey.getAlgorithm() + " (not shown), chain length=" + chain.size() + "]";
    }
}

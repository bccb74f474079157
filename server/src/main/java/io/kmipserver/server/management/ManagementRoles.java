package io.kmipserver.server.management;

import io.kmipserver.certs.DevPki;
import io.kmipserver.certs.Fingerprints;
import io.kmipserver.certs.PemFiles;
import io.kmipserver.server.config.ServerConfig;
import io.kmipserver.server.identity.ClientTrust;
import io.kmipserver.server.identity.PinnedCertificate;
import io.kmipserver.server.identity.TrustedIssuer;
import java.io.IOException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Which client certificates reach the management API, and with which {@link Role}:
 * <ul>
 *   <li>the dev PKI's {@code admin.pem} (admin) and {@code auditor.pem} (auditor), by fingerprint;
 *   <li>certificates listed by fingerprint in {@code management.admin-fingerprints} /
 *       {@code management.auditor-fingerprints} (bring your own PKI; self-signed ones too);
 *   <li>certificates issued by {@code management.roles-ca-file} (default: the PKI's {@code ca.pem})
 *       whose subject matches {@code management.admin-subject-pattern} /
 *       {@code management.auditor-subject-pattern}.
 * </ul>
 * Any other certificate issued by the PKI's CA (a KMIP client's, say) completes the TLS handshake
 * and is refused every call with 403; a certificate nobody trusts fails the handshake, which is
 * audited. The same {@link ClientTrust} rules as KMIP apply (validity, EKU clientAuth, PKIX path).
 *
 * <p>Immutable; thread-safe. A fingerprint given to both roles is a configuration error.
 */
public final class ManagementRoles {

    private final ClientTrust trust;

    private ManagementRoles(ClientTrust trust) {
        this.trust = trust;
    }

    /**
     * The roles of a node.
     *
     * @throws IOException when {@code management.roles-ca-file} cannot be read
     * @throws IllegalArgumentException when a fingerprint is given to both roles
     */
    public static ManagementRoles of(ServerConfig.Management config, DevPki pki) throws IOException {
        Map<String, Role> pinned = new HashMap<>();
        pin(pinned, pki.fingerprint(DevPki.Role.ADMIN), Role.ADMIN);
        pin(pinned, pki.fingerprint(DevPki.Role.AUDITOR), Role.AUDITOR);
        config.adminFingerprints().forEach(f -> pin(pinned, f, Role.ADMIN));
        config.auditorFingerprints().forEach(f -> pin(pinned, f, Role.AUDITOR));
        List<PinnedCertificate> pins = new ArrayList<>();
        pinned.forEach((fingerprint, role) -> pins.add(new PinnedCertificate(fingerprint, role.name(), role.label())));

        List<TrustedIssuer> issuers = new ArrayList<>();
        for (X509Certificate ca : PemFiles.readCertificates(pki.certificateFile(DevPki.Role.CA))) {
            issuers.add(TrustedIssuer.anchorOnly(ca));
        }
        if (config.adminSubjectPattern() != null || config.auditorSubjectPattern() != null) {
            List<X509Certificate> rolesCa = config.rolesCaFile() != null
                    ? PemFiles.readCertificates(config.rolesCaFile())
                    : List.of(pki.certificate(DevPki.Role.CA));
            if (rolesCa.isEmpty()) {
                throw new IOException("management.roles-ca-file " + config.rolesCaFile() + " holds no certificate");
            }
            X509Certificate ca = rolesCa.get(0);
            issuers.add(TrustedIssuer.anchorOnly(ca));
            addPattern(issuers, ca, Role.ADMIN, config.adminSubjectPattern());
            addPattern(issuers, ca, Role.AUDITOR, config.auditorSubjectPattern());
        }
        return new ManagementRoles(ClientTrust.of(issuers, pins));
    }

    private static void pin(Map<String, Role> pinned, String fingerprint, Role role) {
        String normalized = Fingerprints.normalize(fingerprint);
        Role before = pinned.putIfAbsent(normalized, role);
        if (before != null && before != role) {
            throw new IllegalArgumentException("certificate " + normalized + " is given both roles, "
                    + before.label() + " and " + role.label());
        }
    }

    private static void addPattern(List<TrustedIssuer> issuers, X509Certificate ca, Role role, Pattern pattern) {
        if (pattern != null) {
            issuers.add(TrustedIssuer.ofAdapter(ca, role.name(), role.label(), pattern));
        }
    }

    /** The rules the TLS handshake checks (who may connect at all). */
    public ClientTrust trust() {
        return trust;
    }

    /**
     * The role of a chain that completed the handshake, or {@code null} for none (also when its
     * subject matches both roles' patterns: ambiguous is refused, never guessed).
     */
    public Role roleOf(X509Certificate[] chain, Instant now) {
        Objects.requireNonNull(chain, "chain");
        ClientTrust.Identification identification = trust.identify(chain, now);
        if (identification instanceof ClientTrust.Admitted admitted) {
            return Role.valueOf(admitted.adapterId());
        }
        return null;
    }
}

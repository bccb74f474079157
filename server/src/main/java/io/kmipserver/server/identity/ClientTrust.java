package io.kmipserver.server.identity;

import io.kmipserver.certs.Fingerprints;
import java.security.GeneralSecurityException;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertStore;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.CertificateParsingException;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One immutable snapshot of who may connect: trusted CAs and pinned certificates. Answers two
 * questions without blocking, so that it can run inside a TLS handshake on the event loop:
 * {@link #verify} — may this chain complete the handshake? — and {@link #identify} — which adapter
 * does it belong to?
 *
 * <p>Both check, before anything else, that the leaf is within its validity period and that its
 * extended key usage, when present, allows TLS client authentication (RFC 5280 §4.2.1.12: a
 * certificate without the extension may be used for any purpose). Chains are validated with PKIX
 * (RFC 5280 §6) without CRL or OCSP checking: the server has no such configuration. An operator
 * revokes a client by deleting its registration — its fingerprint is then refused whatever CA
 * issued it, until it is registered again — or its adapter's trust row.
 *
 * <p>Thread-safe (immutable).
 */
public final class ClientTrust {

    /** Trusts nobody: every handshake is refused. */
    public static final ClientTrust EMPTY = new ClientTrust(List.of(), List.of(), Set.of());

    private static final String CLIENT_AUTH = "1.3.6.1.5.5.7.3.2";
    private static final String ANY_EXTENDED_KEY_USAGE = "2.5.29.37.0";

    private final List<TrustedIssuer> issuers;
    private final Map<String, PinnedCertificate> pinned;
    /** Fingerprints of revoked certificates; a pinned fingerprint is never among them. */
    private final Set<String> revoked;
    /** One anchor per distinct CA, keyed by the CA's fingerprint. */
    private final Map<String, Set<TrustAnchor>> anchorByCa;
    private final Set<TrustAnchor> allAnchors;

    private ClientTrust(Collection<TrustedIssuer> issuers, Collection<PinnedCertificate> pinned, Set<String> revoked) {
        this.issuers = List.copyOf(issuers);
        Map<String, PinnedCertificate> byFingerprint = new HashMap<>();
        for (PinnedCertificate p : pinned) {
            byFingerprint.put(p.fingerprint(), p);
        }
        this.pinned = Map.copyOf(byFingerprint);
        Set<String> stillRevoked = new HashSet<>(revoked);
        stillRevoked.removeAll(byFingerprint.keySet());
        this.revoked = Set.copyOf(stillRevoked);
        Map<String, Set<TrustAnchor>> distinct = new LinkedHashMap<>();
        for (TrustedIssuer issuer : this.issuers) {
            distinct.putIfAbsent(issuer.fingerprint(), Set.of(issuer.anchor()));
        }
        this.anchorByCa = Map.copyOf(distinct);
        Set<TrustAnchor> all = new LinkedHashSet<>();
        distinct.values().forEach(all::addAll);
        this.allAnchors = Set.copyOf(all);
    }

    public static ClientTrust of(Collection<TrustedIssuer> issuers, Collection<PinnedCertificate> pinned) {
        return new ClientTrust(issuers, pinned, Set.of());
    }

    /** As {@link #of(Collection, Collection)}, refusing the {@code revoked} fingerprints that are not pinned. */
    public static ClientTrust of(Collection<TrustedIssuer> issuers, Collection<PinnedCertificate> pinned,
            Set<String> revoked) {
        return new ClientTrust(issuers, pinned, revoked);
    }

    public List<TrustedIssuer> issuers() {
        return issuers;
    }

    public Collection<PinnedCertificate> pinned() {
        return pinned.values();
    }

    /** Outcome of {@link #identify}: admitted to one adapter, or refused. */
    public sealed interface Identification permits Admitted, Refused {
    }

    /**
     * The client belongs to this adapter.
     *
     * @param pinned true when admitted by its registered fingerprint, false when by its issuing CA
     */
    public record Admitted(String adapterId, String adapterName, boolean pinned) implements Identification {
    }

    /** The client belongs to no adapter (or its certificate fails {@link #verify}). */
    public record Refused(ClientCertificateRefusedException reason) implements Identification {
    }

    /**
     * Decides whether the chain may complete a TLS handshake: the leaf is valid now, usable for client
     * authentication, and either pinned or chaining to a trusted CA.
     *
     * @param chain the peer's chain, leaf first, as TLS delivered it
     * @throws ClientCertificateRefusedException naming the rule the chain broke
     */
    public void verify(X509Certificate[] chain, Instant now) throws ClientCertificateRefusedException {
        X509Certificate leaf = checkLeaf(chain, now);
        String fingerprint = Fingerprints.sha256Hex(leaf);
        if (pinned.containsKey(fingerprint)) {
            return;
        }
        if (revoked.contains(fingerprint)) {
            throw revokedRefusal(leaf, fingerprint);
        }
        if (!chainsTo(chain, allAnchors, now)) {
            throw refused(Refusal.UNTRUSTED, leaf, fingerprint,
                    "certificate is not registered and does not chain to a trusted CA");
        }
    }

    /**
     * Finds the adapter the chain belongs to: the adapter that registered its fingerprint; else the
     * adapter whose trusted CA issued it (anywhere on a valid path to that CA) and whose subject
     * pattern matches. An adapter that admits the subject by an explicit pattern takes precedence over
     * one that admits every subject of the same CA; two adapters of equal precedence make the
     * certificate ambiguous, and it is refused rather than given to either.
     */
    public Identification identify(X509Certificate[] chain, Instant now) {
        X509Certificate leaf;
        try {
            leaf = checkLeaf(chain, now);
        } catch (ClientCertificateRefusedException e) {
            return new Refused(e);
        }
        String fingerprint = Fingerprints.sha256Hex(leaf);
        PinnedCertificate registration = pinned.get(fingerprint);
        if (registration != null) {
            return new Admitted(registration.adapterId(), registration.adapterName(), true);
        }
        if (revoked.contains(fingerprint)) {
            return new Refused(revokedRefusal(leaf, fingerprint));
        }
        String subject = leaf.getSubjectX500Principal().getName();
        Map<String, Boolean> validatedByCa = new HashMap<>();
        Set<String> byPattern = new LinkedHashSet<>();
        Set<String> byCaOnly = new LinkedHashSet<>();
        Map<String, String> names = new HashMap<>();
        for (TrustedIssuer issuer : issuers) {
            if (issuer.adapterId() == null || !issuer.admitsSubject(subject)) {
                continue;
            }
            boolean issued = validatedByCa.computeIfAbsent(issuer.fingerprint(),
                    ca -> chainsTo(chain, anchorByCa.get(ca), now));
            if (issued) {
                (issuer.subjectPattern() != null ? byPattern : byCaOnly).add(issuer.adapterId());
                names.put(issuer.adapterId(), issuer.adapterName());
            }
        }
        Set<String> chosen = !byPattern.isEmpty() ? byPattern : byCaOnly;
        if (chosen.size() == 1) {
            String adapterId = chosen.iterator().next();
            return new Admitted(adapterId, names.get(adapterId), false);
        }
        if (chosen.isEmpty()) {
            if (!chainsTo(chain, allAnchors, now)) {
                return new Refused(refused(Refusal.UNTRUSTED, leaf, fingerprint,
                        "certificate is not registered and does not chain to a trusted CA"));
            }
            return new Refused(refused(Refusal.NO_ADAPTER, leaf, fingerprint,
                    "certificate is registered to no adapter and no adapter's CA and subject pattern admit it"));
        }
        List<String> adapterNames = new ArrayList<>();
        chosen.forEach(id -> adapterNames.add(names.get(id)));
        return new Refused(refused(Refusal.AMBIGUOUS, leaf, fingerprint,
                "certificate is admitted by the trust rules of several adapters " + adapterNames));
    }

    private static X509Certificate checkLeaf(X509Certificate[] chain, Instant now)
            throws ClientCertificateRefusedException {
        if (chain == null || chain.length == 0) {
            throw new ClientCertificateRefusedException(Refusal.NO_CERTIFICATE, null, null, "no client certificate");
        }
        X509Certificate leaf = chain[0];
        String fingerprint = Fingerprints.sha256Hex(leaf);
        try {
            leaf.checkValidity(Date.from(now));
        } catch (CertificateExpiredException e) {
            throw refused(Refusal.EXPIRED, leaf, fingerprint, "certificate expired at " + leaf.getNotAfter().toInstant());
        } catch (CertificateNotYetValidException e) {
            throw refused(Refusal.EXPIRED, leaf, fingerprint,
                    "certificate is not valid before " + leaf.getNotBefore().toInstant());
        }
        List<String> usages;
        try {
            usages = leaf.getExtendedKeyUsage();
        } catch (CertificateParsingException e) {
            throw refused(Refusal.WRONG_USAGE, leaf, fingerprint, "certificate has a malformed extended key usage");
        }
        if (usages != null && !usages.contains(CLIENT_AUTH) && !usages.contains(ANY_EXTENDED_KEY_USAGE)) {
            throw refused(Refusal.WRONG_USAGE, leaf, fingerprint,
                    "certificate's extended key usage does not allow TLS client authentication");
        }
        return leaf;
    }

    /** Whether a PKIX path from the leaf to one of the anchors can be built from the chain's certificates. */
    private static boolean chainsTo(X509Certificate[] chain, Set<TrustAnchor> anchorSet, Instant now) {
        if (anchorSet.isEmpty()) {
            return false;
        }
        try {
            X509CertSelector target = new X509CertSelector();
            target.setCertificate(chain[0]);
            PKIXBuilderParameters parameters = new PKIXBuilderParameters(anchorSet, target);
            parameters.setRevocationEnabled(false);
            parameters.setDate(Date.from(now));
            parameters.addCertStore(CertStore.getInstance("Collection",
                    new CollectionCertStoreParameters(Arrays.asList(chain))));
            CertPathBuilder.getInstance("PKIX").build(parameters);
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static ClientCertificateRefusedException revokedRefusal(X509Certificate leaf, String fingerprint) {
        return refused(Refusal.REVOKED, leaf, fingerprint,
                "certificate was revoked (its registration was deleted); register it again to admit it");
    }

    private static ClientCertificateRefusedException refused(Refusal refusal, X509Certificate leaf, String fingerprint,
            String message) {
        return new ClientCertificateRefusedException(refusal, leaf.getSubjectX500Principal().getName(),
                Objects.requireNonNull(fingerprint), message);
    }

    @Override
    public String toString() {
        return "ClientTrust[" + anchorByCa.size() + " CAs, " + issuers.size() + " issuer rules, " + pinned.size()
                + " pinned certificates, " + revoked.size() + " revoked]";
    }
}

package io.kmipserver.certs;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.interfaces.RSAPublicKey;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.PKCSException;
import org.bouncycastle.util.IPAddress;

/**
 * A certificate authority that issues what mutual TLS between kmip-server and its clients needs:
 * server certificates (EKU serverAuth, SANs), client certificates (EKU clientAuth), and signing
 * certificates for audit checkpoints. The profile follows RFC 5280 §4.2: basicConstraints is critical
 * everywhere, keyUsage is critical, the CA is a path-length-0 CA that issues only end entities.
 *
 * <p>Every certificate gets a random positive 159-bit serial number (RFC 5280 §4.1.2.2: positive, at
 * most 20 octets; CA/Browser Forum: at least 64 random bits) and a SHA-256 signature. A leaf never
 * outlives its issuer: a requested notAfter beyond the CA's is cut back to the CA's, because PKIX path
 * validation (RFC 5280 §6.1.3) would reject the leaf from that instant anyway.
 *
 * <p>An authority created with {@link #load} from a certificate whose key is not at hand cannot exist:
 * callers that have only the CA certificate (bring-your-own PKI) simply have no
 * {@code CertificateAuthority}. Thread-safe.
 */
public final class CertificateAuthority {

    /** Lifetime of a CA created by the development PKI: ten years. */
    public static final Duration DEFAULT_CA_LIFETIME = Duration.ofDays(3650);
    /** Lifetime of a leaf certificate when the caller does not give one: two years. */
    public static final Duration DEFAULT_LEAF_LIFETIME = Duration.ofDays(730);
    /** The smallest RSA modulus accepted in a CSR (NIST SP 800-131A: 2048 bits). */
    public static final int MIN_RSA_BITS = 2048;

    /** OID of id-kp-documentSigning (RFC 9336 §3.1), the only extended key usage of signer certificates. */
    public static final String DOCUMENT_SIGNING_OID = "1.3.6.1.5.5.7.3.36";

    private static final KeyPurposeId DOCUMENT_SIGNING =
            KeyPurposeId.getInstance(new ASN1ObjectIdentifier(DOCUMENT_SIGNING_OID));

    private static final SecureRandom RANDOM = new SecureRandom();
    // RFC 1035 §2.3.1 labels as relaxed by RFC 1123 §2.1, optionally under one leading wildcard label.
    private static final Pattern DNS_NAME = Pattern.compile(
            "(\\*\\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*");

    private final CertifiedKey authority;
    private final Clock clock;

    private CertificateAuthority(CertifiedKey authority, Clock clock) {
        this.authority = authority;
        this.clock = clock;
    }

    /**
     * Creates a new self-signed root CA with a fresh key.
     *
     * @param subjectDn the CA's distinguished name in RFC 4514 form, e.g. {@code CN=kmip-server dev CA}
     * @param keySpec the CA key type; the CA signs with SHA-256 and that key
     * @param validity the CA's validity period
     * @param clock "now" for every certificate this authority issues later
     */
    public static CertificateAuthority createSelfSigned(
            String subjectDn, KeySpec keySpec, Validity validity, Clock clock) {
        return createSelfSigned(subjectDn, keySpec.generateKeyPair(), validity, clock);
    }

    /** As {@link #createSelfSigned(String, KeySpec, Validity, Clock)} but for a key pair the caller has. */
    static CertificateAuthority createSelfSigned(String subjectDn, KeyPair keyPair, Validity validity, Clock clock) {
        Objects.requireNonNull(clock, "clock");
        X500Name subject = parseName(subjectDn);
        JcaX509ExtensionUtils extensionUtils = extensionUtils();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                subject, randomSerial(), Date.from(validity.notBefore()), Date.from(validity.notAfter()),
                subject, keyPair.getPublic());
        try {
            // pathLenConstraint 0: this CA signs end entities only (RFC 5280 §4.2.1.9).
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            builder.addExtension(Extension.subjectKeyIdentifier, false,
                    extensionUtils.createSubjectKeyIdentifier(keyPair.getPublic()));
        } catch (CertIOException e) {
            throw new PkiException("could not encode CA certificate extensions", e);
        }
        X509Certificate certificate = sign(builder, keyPair.getPrivate());
        return new CertificateAuthority(new CertifiedKey(keyPair.getPrivate(), List.of(certificate)), clock);
    }

    /**
     * An authority from an existing CA certificate (with any issuers above it) and its private key,
     * e.g. read from {@code ca.pem} and {@code ca-key.pem}.
     *
     * @param authority the CA key; its chain holds the CA certificate first, then that certificate's
     *     issuers if it is not a root
     * @param clock "now" for every certificate issued
     * @throws PkiException when the certificate is not a CA certificate or the key does not match it
     */
    public static CertificateAuthority load(CertifiedKey authority, Clock clock) {
        X509Certificate certificate = authority.certificate();
        String subject = certificate.getSubjectX500Principal().getName();
        if (certificate.getBasicConstraints() < 0) {
            throw new PkiException("certificate " + subject + " is not a CA certificate (basicConstraints cA is not set)");
        }
        boolean[] keyUsage = certificate.getKeyUsage();
        if (keyUsage != null && !keyUsage[5]) {
            throw new PkiException("CA certificate " + subject + " does not allow keyCertSign in its keyUsage");
        }
        if (!Keys.matches(authority.privateKey(), certificate.getPublicKey())) {
            throw new PkiException("the CA private key does not belong to the CA certificate " + subject);
        }
        return new CertificateAuthority(authority, Objects.requireNonNull(clock, "clock"));
    }

    /**
     * An authority from {@code ca.pem}-style and {@code ca-key.pem}-style files; see {@link #load(CertifiedKey, Clock)}.
     *
     * @throws PkiException when the key file is absent (an authority without its key cannot issue),
     *     either file is malformed, or the key does not match
     */
    public static CertificateAuthority load(Path certificateFile, Path keyFile, Clock clock) throws IOException {
        if (!Files.exists(keyFile)) {
            throw new PkiException("cannot issue certificates: the CA private key " + keyFile + " is absent");
        }
        return load(PemFiles.readCertifiedKey(certificateFile, keyFile), clock);
    }

    /** The CA certificate. */
    public X509Certificate certificate() {
        return authority.certificate();
    }

    /** The CA key with its chain, for writing {@code ca.pem} and {@code ca-key.pem}. */
    public CertifiedKey certifiedKey() {
        return authority;
    }

    /** A validity period starting now for {@link #DEFAULT_LEAF_LIFETIME}, by this authority's clock. */
    public Validity defaultLeafValidity() {
        return Validity.starting(clock, DEFAULT_LEAF_LIFETIME);
    }

    /**
     * Issues a TLS server certificate with a fresh key: EKU serverAuth, keyUsage digitalSignature (plus
     * keyEncipherment for RSA keys, needed by TLS 1.2 RSA key exchange), and a subjectAltName entry for
     * every DNS name and IP address given — clients verify the host name against these, not the CN
     * (RFC 6125 §6.4.4).
     *
     * @param commonName the subject CN, for people reading the certificate
     * @param dnsNames DNS names (a leading {@code *.} wildcard label is allowed); lower-cased, duplicates dropped
     * @param ipAddresses IPv4 or IPv6 literals; no name resolution is done
     * @throws IllegalArgumentException for a malformed name or address, or when both lists are empty
     */
    public CertifiedKey issueServer(String commonName, List<String> dnsNames, List<String> ipAddresses,
            KeySpec keySpec, Validity validity) {
        KeyPair keyPair = keySpec.generateKeyPair();
        return withChain(keyPair.getPrivate(),
                certifyServer(commonName, keyPair.getPublic(), dnsNames, ipAddresses, validity));
    }

    /**
     * Issues a TLS server certificate with an {@link KeySpec#defaultSpec() EC P-256} key valid for the
     * {@link #DEFAULT_LEAF_LIFETIME}, named after the first DNS name (or the first address).
     */
    public CertifiedKey issueServer(List<String> dnsNames, List<String> ipAddresses) {
        String commonName = !dnsNames.isEmpty() ? dnsNames.get(0)
                : !ipAddresses.isEmpty() ? ipAddresses.get(0) : "kmip-server";
        return issueServer(commonName, dnsNames, ipAddresses, KeySpec.defaultSpec(), defaultLeafValidity());
    }

    /**
     * Issues a TLS client certificate with a fresh key: subject {@code CN=commonName}, EKU clientAuth,
     * keyUsage digitalSignature (a TLS 1.3 client only ever signs with its key).
     */
    public CertifiedKey issueClient(String commonName, KeySpec keySpec, Validity validity) {
        KeyPair keyPair = keySpec.generateKeyPair();
        return withChain(keyPair.getPrivate(),
                certifyClient(commonNameOnly(commonName), keyPair.getPublic(), validity));
    }

    /** Issues a client certificate with an EC P-256 key valid for the {@link #DEFAULT_LEAF_LIFETIME}. */
    public CertifiedKey issueClient(String commonName) {
        return issueClient(commonName, KeySpec.defaultSpec(), defaultLeafValidity());
    }

    /**
     * Issues a certificate for a key that signs documents rather than TLS handshakes (the audit
     * checkpoint signer): keyUsage digitalSignature and nonRepudiation (contentCommitment, RFC 5280
     * §4.2.1.3) and EKU id-kp-documentSigning (RFC 9336) only. The EKU matters: a certificate without
     * one may be used for any purpose (RFC 5280 §4.2.1.12), so TLS peers would accept it as a client
     * or server certificate; with documentSigning alone they refuse it.
     */
    public CertifiedKey issueSigner(String commonName, KeySpec keySpec, Validity validity) {
        KeyPair keyPair = keySpec.generateKeyPair();
        return withChain(keyPair.getPrivate(), certifySigner(commonName, keyPair.getPublic(), validity));
    }

    /**
     * Signs a PKCS#10 certification request (RFC 2986) as a TLS client certificate, after verifying the
     * request's self-signature. The subject and public key are taken from the request; every extension
     * the request asks for is ignored — the authority alone decides the profile (EKU clientAuth,
     * keyUsage digitalSignature, not a CA).
     *
     * @return the new certificate; {@link #certificate()} is its issuer
     * @throws InvalidCsrException when the signature does not verify, the subject is empty, the key is
     *     neither EC nor RSA, or an RSA modulus is shorter than {@link #MIN_RSA_BITS}
     */
    public X509Certificate signClientCsr(PKCS10CertificationRequest csr, Validity validity) {
        PublicKey publicKey;
        try {
            publicKey = Keys.publicKey(csr.getSubjectPublicKeyInfo());
        } catch (PkiException e) {
            throw new InvalidCsrException("CSR refused: " + e.getMessage(), e);
        }
        boolean signatureValid;
        try {
            signatureValid = csr.isSignatureValid(new JcaContentVerifierProviderBuilder().build(publicKey));
        } catch (OperatorCreationException | PKCSException e) {
            throw new InvalidCsrException("CSR refused: its signature algorithm "
                    + csr.getSignatureAlgorithm().getAlgorithm().getId() + " cannot be verified", e);
        }
        if (!signatureValid) {
            throw new InvalidCsrException(
                    "CSR refused: its signature does not verify with its own public key (altered or forged request)");
        }
        if (csr.getSubject().getRDNs().length == 0) {
            throw new InvalidCsrException("CSR refused: its subject is empty");
        }
        if (publicKey instanceof RSAPublicKey rsa && rsa.getModulus().bitLength() < MIN_RSA_BITS) {
            throw new InvalidCsrException("CSR refused: RSA key of " + rsa.getModulus().bitLength()
                    + " bits is shorter than the minimum " + MIN_RSA_BITS);
        }
        return certifyClient(csr.getSubject(), publicKey, validity);
    }

    /** Certifies an existing public key as a server; see {@link #issueServer(String, List, List, KeySpec, Validity)}. */
    X509Certificate certifyServer(String commonName, PublicKey publicKey, List<String> dnsNames,
            List<String> ipAddresses, Validity validity) {
        GeneralNames subjectAltNames = subjectAltNames(dnsNames, ipAddresses);
        int keyUsage = KeyUsage.digitalSignature | (KeySpec.isRsa(publicKey) ? KeyUsage.keyEncipherment : 0);
        return certifyLeaf(commonNameOnly(commonName), publicKey, validity, keyUsage,
                KeyPurposeId.id_kp_serverAuth, subjectAltNames);
    }

    /** Certifies an existing public key as a client; see {@link #issueClient(String, KeySpec, Validity)}. */
    X509Certificate certifyClient(String commonName, PublicKey publicKey, Validity validity) {
        return certifyClient(commonNameOnly(commonName), publicKey, validity);
    }

    /** Certifies an existing public key as a signer; see {@link #issueSigner(String, KeySpec, Validity)}. */
    X509Certificate certifySigner(String commonName, PublicKey publicKey, Validity validity) {
        return certifyLeaf(commonNameOnly(commonName), publicKey, validity,
                KeyUsage.digitalSignature | KeyUsage.nonRepudiation, DOCUMENT_SIGNING, null);
    }

    /** The issued certificate followed by this authority's chain. */
    CertifiedKey withChain(PrivateKey privateKey, X509Certificate leaf) {
        List<X509Certificate> chain = new ArrayList<>(authority.chain().size() + 1);
        chain.add(leaf);
        chain.addAll(authority.chain());
        return new CertifiedKey(privateKey, chain);
    }

    private X509Certificate certifyClient(X500Name subject, PublicKey publicKey, Validity validity) {
        return certifyLeaf(subject, publicKey, validity, KeyUsage.digitalSignature, KeyPurposeId.id_kp_clientAuth, null);
    }

    private X509Certificate certifyLeaf(X500Name subject, PublicKey publicKey, Validity validity, int keyUsage,
            KeyPurposeId extendedKeyUsage, GeneralNames subjectAltNames) {
        X509Certificate issuer = authority.certificate();
        Instant now = clock.instant();
        Instant issuerNotAfter = issuer.getNotAfter().toInstant();
        if (now.isAfter(issuerNotAfter)) {
            throw new PkiException("the CA certificate " + issuer.getSubjectX500Principal().getName()
                    + " expired at " + issuerNotAfter + "; it can no longer issue certificates");
        }
        Instant notAfter = validity.notAfter().isAfter(issuerNotAfter) ? issuerNotAfter : validity.notAfter();
        Instant notBefore = validity.notBefore().isBefore(notAfter) ? validity.notBefore() : notAfter.minusSeconds(1);
        JcaX509ExtensionUtils extensionUtils = extensionUtils();
        // Issuer taken from the CA certificate itself, so its name encoding matches byte for byte and
        // path building (RFC 5280 §6.1.3 (a)(4)) links the two.
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                issuer, randomSerial(), Date.from(notBefore), Date.from(notAfter), subject, publicKey);
        try {
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(keyUsage));
            builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(extendedKeyUsage));
            if (subjectAltNames != null) {
                builder.addExtension(Extension.subjectAlternativeName, false, subjectAltNames);
            }
            builder.addExtension(Extension.subjectKeyIdentifier, false,
                    extensionUtils.createSubjectKeyIdentifier(publicKey));
            builder.addExtension(Extension.authorityKeyIdentifier, false,
                    extensionUtils.createAuthorityKeyIdentifier(issuer));
        } catch (CertIOException | CertificateException e) {
            throw new PkiException("could not encode certificate extensions for " + subject, e);
        }
        return sign(builder, authority.privateKey());
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey signingKey) {
        try {
            return new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder(KeySpec.signatureAlgorithmFor(signingKey)).build(signingKey)));
        } catch (OperatorCreationException | CertificateException e) {
            throw new PkiException("could not sign certificate", e);
        }
    }

    private static GeneralNames subjectAltNames(List<String> dnsNames, List<String> ipAddresses) {
        Set<String> dns = new LinkedHashSet<>();
        for (String name : dnsNames) {
            String normalized = name.trim().toLowerCase(Locale.ROOT);
            if (normalized.length() > 253 || !DNS_NAME.matcher(normalized).matches()) {
                throw new IllegalArgumentException("not a valid DNS name: '" + name + "'");
            }
            dns.add(normalized);
        }
        Set<String> ips = new LinkedHashSet<>();
        for (String address : ipAddresses) {
            String trimmed = address.trim();
            if (!IPAddress.isValid(trimmed)) {
                throw new IllegalArgumentException("not a valid IP address: '" + address + "'");
            }
            ips.add(trimmed);
        }
        if (dns.isEmpty() && ips.isEmpty()) {
            throw new IllegalArgumentException("a server certificate needs at least one DNS name or IP address");
        }
        List<GeneralName> names = new ArrayList<>();
        dns.forEach(name -> names.add(new GeneralName(GeneralName.dNSName, name)));
        ips.forEach(ip -> names.add(new GeneralName(GeneralName.iPAddress, ip)));
        return new GeneralNames(names.toArray(GeneralName[]::new));
    }

    /** Whether {@code name} is a DNS name {@link #issueServer} accepts (after lower-casing). */
    static boolean isValidDnsName(String name) {
        String normalized = name.trim().toLowerCase(Locale.ROOT);
        return normalized.length() <= 253 && DNS_NAME.matcher(normalized).matches();
    }

    private static X500Name commonNameOnly(String commonName) {
        if (commonName == null || commonName.isBlank()) {
            throw new IllegalArgumentException("a certificate common name must not be blank");
        }
        // The builder escapes ',', '+', '=' and friends (RFC 4514 §2.4) so any text is a single CN.
        return new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, commonName).build();
    }

    /**
     * Parses an RFC 4514 string with the JDK, which honours its order (the rightmost RDN is the first
     * in the encoding, RFC 4514 §2.1), so that the certificate prints back as the string given.
     * Bouncy Castle's string parser encodes left to right and would reverse it.
     */
    private static X500Name parseName(String distinguishedName) {
        X500Name name;
        try {
            name = X500Name.getInstance(new X500Principal(distinguishedName).getEncoded());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a valid distinguished name: '" + distinguishedName + "'", e);
        }
        if (name.getRDNs().length == 0) {
            throw new IllegalArgumentException("a distinguished name must not be empty");
        }
        return name;
    }

    private static JcaX509ExtensionUtils extensionUtils() {
        try {
            return new JcaX509ExtensionUtils();
        } catch (GeneralSecurityException e) {
            throw new PkiException("this JDK has no SHA-1 digest for key identifiers", e);
        }
    }

    /** A random serial in [1, 2^159): positive and at most 20 octets in DER (RFC 5280 §4.1.2.2). */
    private static BigInteger randomSerial() {
        BigInteger serial;
        do {
            serial = new BigInteger(159, RANDOM);
        } while (serial.signum() == 0);
        return serial;
    }
}

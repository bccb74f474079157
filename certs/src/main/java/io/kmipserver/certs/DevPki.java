package io.kmipserver.certs;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.bouncycastle.util.IPAddress;

/**
 * The development PKI created on first start, and the contract operators' scripts rely on: one
 * directory holding, as PEM,
 *
 * <pre>
 * ca.pem             ca-key.pem             the CA (self-signed, 10 years)
 * server.pem         server-key.pem         KMIP and management TLS server (EKU serverAuth)
 * admin.pem          admin-key.pem          client CN=admin: management API admin role
 * auditor.pem        auditor-key.pem        client CN=auditor: management API auditor role
 * client.pem         client-key.pem         client CN=client: KMIP client of the "default" adapter
 * audit-signing.pem  audit-signing-key.pem  EC P-256 signer of audit checkpoints (no TLS use)
 * </pre>
 *
 * <p>Private keys are unencrypted PKCS#8 created with mode 0600; a directory that does not exist yet
 * is created with mode 0700 (an existing one is left as the operator made it). Every certificate file
 * other than {@code ca.pem} holds the leaf followed by the CA certificate(s) of {@code ca.pem}, so a
 * TLS peer can send its whole chain; readers that want the leaf take the first certificate. Leaves
 * are valid two years, the CA ten.
 *
 * <p><b>Bring your own PKI.</b> Files that exist are used as they are and never overwritten. With
 * {@code ca.pem} but no {@code ca-key.pem} the PKI still works as long as nothing needs issuing; a
 * missing file that needs the CA key is then an error naming every such file. A key file without its
 * certificate (an interrupted first start, or an operator's own key) gets a certificate issued for
 * it; a certificate without its key file is an error, since the key cannot be recovered. All problems
 * are reported at once, before anything is written.
 *
 * <p>Immutable once returned. {@link #ensure} is not coordinated between processes; see the package
 * documentation.
 */
public final class DevPki {

    /** The six certificate-and-key pairs of the development PKI and their file names. */
    public enum Role {
        CA("ca", null),
        SERVER("server", "kmip-server"),
        ADMIN("admin", "admin"),
        AUDITOR("auditor", "auditor"),
        CLIENT("client", "client"),
        AUDIT_SIGNING("audit-signing", "kmip-server audit signing");

        private final String baseName;
        private final String commonName;

        Role(String baseName, String commonName) {
            this.baseName = baseName;
            this.commonName = commonName;
        }

        /** {@code ca.pem}, {@code server.pem}, … */
        public String certificateFileName() {
            return baseName + ".pem";
        }

        /** {@code ca-key.pem}, {@code server-key.pem}, … */
        public String keyFileName() {
            return baseName + "-key.pem";
        }
    }

    /** DNS names every development server certificate carries, besides the machine's host name. */
    public static final List<String> DEFAULT_SERVER_DNS_NAMES = List.of("localhost");
    /** IP addresses every development server certificate carries. */
    public static final List<String> DEFAULT_SERVER_IPS = List.of("127.0.0.1", "::1");

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path directory;
    private final Map<Role, X509Certificate> certificates;
    private final boolean caKeyPresent;
    private final List<Path> created;

    private DevPki(Path directory, Map<Role, X509Certificate> certificates, boolean caKeyPresent, List<Path> created) {
        this.directory = directory;
        this.certificates = Map.copyOf(certificates);
        this.caKeyPresent = caKeyPresent;
        this.created = List.copyOf(created);
    }

    /** {@link #ensure(Path, List, List, KeySpec, Clock)} with EC P-256 keys. */
    public static DevPki ensure(Path pkiDir, List<String> serverDnsNames, List<String> serverIps, Clock clock)
            throws IOException {
        return ensure(pkiDir, serverDnsNames, serverIps, KeySpec.defaultSpec(), clock);
    }

    /**
     * Creates whatever of the development PKI is missing in {@code pkiDir} and describes the result.
     *
     * @param serverDnsNames DNS names for a server certificate to be issued, in addition to
     *     {@link #DEFAULT_SERVER_DNS_NAMES} and the machine's host name; unused when server.pem exists
     * @param serverIps IP addresses for a server certificate to be issued, in addition to
     *     {@link #DEFAULT_SERVER_IPS}
     * @param keySpec type of newly generated CA, server and client keys; the audit signing key is
     *     always EC P-256
     * @param clock "now" for validity periods
     * @throws IllegalArgumentException for a malformed DNS name or IP address
     * @throws PkiException listing every reason the PKI cannot be completed; nothing was written then
     * @throws IOException when a file cannot be read or written
     */
    public static DevPki ensure(Path pkiDir, List<String> serverDnsNames, List<String> serverIps, KeySpec keySpec,
            Clock clock) throws IOException {
        Objects.requireNonNull(keySpec, "keySpec");
        Objects.requireNonNull(clock, "clock");
        for (String name : serverDnsNames) {
            if (!CertificateAuthority.isValidDnsName(name)) {
                throw new IllegalArgumentException("not a valid DNS name: '" + name + "'");
            }
        }
        for (String ip : serverIps) {
            if (!IPAddress.isValid(ip.trim())) {
                throw new IllegalArgumentException("not a valid IP address: '" + ip + "'");
            }
        }
        SecureFiles.createPrivateDirectories(pkiDir);
        Plan plan = Plan.inspect(pkiDir, clock);
        List<Path> created = new ArrayList<>();
        CertificateAuthority authority = plan.authority;
        if (authority == null && plan.caChain == null) {
            authority = createAuthority(pkiDir, plan.keys.get(Role.CA), keySpec, clock, created);
        }
        // Looked up only when a server certificate is issued: resolving the host name can be slow.
        List<String> dnsNames = plan.toIssue.contains(Role.SERVER)
                ? serverNames(serverDnsNames, DEFAULT_SERVER_DNS_NAMES, true) : List.of();
        List<String> ips = serverNames(serverIps, DEFAULT_SERVER_IPS, false);
        for (Role role : plan.toIssue) {
            PrivateKey existingKey = plan.keys.get(role);
            KeyPair keyPair = existingKey != null
                    ? new KeyPair(Keys.publicKeyOf(existingKey), existingKey)
                    : (role == Role.AUDIT_SIGNING ? KeySpec.EC_P256 : keySpec).generateKeyPair();
            // Certified before the key is written, so a refusal leaves no key file behind.
            X509Certificate certificate = certify(authority, role, keyPair.getPublic(), dnsNames, ips);
            if (existingKey == null) {
                Path keyFile = pkiDir.resolve(role.keyFileName());
                PemFiles.writePrivateKey(keyFile, keyPair.getPrivate());
                created.add(keyFile);
            }
            Path certificateFile = pkiDir.resolve(role.certificateFileName());
            PemFiles.writeCertificates(certificateFile, authority.withChain(keyPair.getPrivate(), certificate).chain());
            created.add(certificateFile);
        }
        Map<Role, X509Certificate> leaves = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            leaves.put(role, PemFiles.readCertificate(pkiDir.resolve(role.certificateFileName())));
        }
        return new DevPki(pkiDir, leaves, Files.exists(pkiDir.resolve(Role.CA.keyFileName())), created);
    }

    /** The PKI directory. */
    public Path directory() {
        return directory;
    }

    /** Path of the role's certificate file, e.g. {@code <dir>/server.pem}. */
    public Path certificateFile(Role role) {
        return directory.resolve(role.certificateFileName());
    }

    /** Path of the role's private key file, e.g. {@code <dir>/server-key.pem}; may be absent for {@link Role#CA}. */
    public Path keyFile(Role role) {
        return directory.resolve(role.keyFileName());
    }

    /** The role's certificate: the first certificate of its file (the leaf). */
    public X509Certificate certificate(Role role) {
        return certificates.get(role);
    }

    /** {@link Fingerprints#sha256Hex} of the role's certificate, e.g. to map admin.pem to the admin role. */
    public String fingerprint(Role role) {
        return Fingerprints.sha256Hex(certificate(role));
    }

    /** Whether {@code ca-key.pem} exists, i.e. whether new certificates can be issued from this directory. */
    public boolean caKeyPresent() {
        return caKeyPresent;
    }

    /** Files this call to {@link #ensure} wrote, in the order written; empty when everything existed. */
    public List<Path> created() {
        return created;
    }

    /**
     * Reads the role's private key and certificate chain (leaf first), checking that they belong
     * together.
     *
     * @throws PkiException for {@link Role#CA} when {@code ca-key.pem} is absent
     */
    public CertifiedKey load(Role role) throws IOException {
        if (role == Role.CA && !caKeyPresent) {
            throw new PkiException(keyFile(role) + " is absent (bring-your-own CA without its key)");
        }
        return PemFiles.readCertifiedKey(certificateFile(role), keyFile(role));
    }

    /**
     * A human-readable description for the server to print at start: each file, whether it was just
     * created, and for certificates the subject, expiry and SHA-256 fingerprint. Never key material.
     */
    public String summary() {
        StringBuilder text = new StringBuilder("PKI directory ").append(directory.toAbsolutePath()).append('\n');
        for (Role role : Role.values()) {
            X509Certificate certificate = certificate(role);
            text.append(String.format("  %-22s %-8s %s, valid until %s, SHA-256 %s%n",
                    role.certificateFileName(), status(certificateFile(role)),
                    certificate.getSubjectX500Principal().getName(), certificate.getNotAfter().toInstant(),
                    Fingerprints.sha256Colons(certificate)));
            if (role == Role.CA && !caKeyPresent) {
                text.append(String.format("  %-22s %-8s bring-your-own CA: no new certificates can be issued here%n",
                        role.keyFileName(), "absent"));
            } else {
                text.append(String.format("  %-22s %-8s private key, keep it secret%n",
                        role.keyFileName(), status(keyFile(role))));
            }
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return "DevPki[" + directory + ", created " + created.size() + " files, caKeyPresent=" + caKeyPresent + "]";
    }

    private String status(Path file) {
        return created.contains(file) ? "created" : "existing";
    }

    private static CertificateAuthority createAuthority(Path pkiDir, PrivateKey existingKey, KeySpec keySpec,
            Clock clock, List<Path> created) throws IOException {
        KeyPair keyPair = existingKey != null
                ? new KeyPair(Keys.publicKeyOf(existingKey), existingKey)
                : keySpec.generateKeyPair();
        // A random suffix tells apart the development CAs of different installations in trust stores
        // and browser dialogs, where all would otherwise be called the same.
        byte[] suffix = new byte[4];
        RANDOM.nextBytes(suffix);
        String subject = "CN=kmip-server development CA " + HexFormat.of().formatHex(suffix) + ",O=kmip-server";
        CertificateAuthority authority = CertificateAuthority.createSelfSigned(subject, keyPair,
                Validity.starting(clock, CertificateAuthority.DEFAULT_CA_LIFETIME), clock);
        if (existingKey == null) {
            Path keyFile = pkiDir.resolve(Role.CA.keyFileName());
            PemFiles.writePrivateKey(keyFile, keyPair.getPrivate());
            created.add(keyFile);
        }
        Path certificateFile = pkiDir.resolve(Role.CA.certificateFileName());
        PemFiles.writeCertificates(certificateFile, authority.certifiedKey().chain());
        created.add(certificateFile);
        return authority;
    }

    private static X509Certificate certify(CertificateAuthority authority, Role role, PublicKey publicKey,
            List<String> dnsNames, List<String> ips) {
        Validity validity = authority.defaultLeafValidity();
        return switch (role) {
            case SERVER -> authority.certifyServer(role.commonName, publicKey, dnsNames, ips, validity);
            case ADMIN, AUDITOR, CLIENT -> authority.certifyClient(role.commonName, publicKey, validity);
            case AUDIT_SIGNING -> authority.certifySigner(role.commonName, publicKey, validity);
            case CA -> throw new IllegalStateException("the CA is not issued by itself");
        };
    }

    /** Given names first, then the defaults (and for DNS the host name), without duplicates. */
    private static List<String> serverNames(List<String> given, List<String> defaults, boolean addHostName) {
        Set<String> names = new LinkedHashSet<>();
        given.forEach(name -> names.add(name.trim()));
        names.addAll(defaults);
        if (addHostName) {
            String hostName = localHostName();
            if (hostName != null && CertificateAuthority.isValidDnsName(hostName)) {
                names.add(hostName);
            }
        }
        return List.copyOf(names);
    }

    private static String localHostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException | SecurityException e) {
            return null; // no resolvable host name: localhost and the loopback addresses still work
        }
    }

    /** What exists in the directory, what must be issued, and every reason it cannot be. */
    private static final class Plan {
        CertificateAuthority authority;
        List<X509Certificate> caChain;
        final Map<Role, PrivateKey> keys = new EnumMap<>(Role.class);
        final List<Role> toIssue = new ArrayList<>();

        static Plan inspect(Path dir, Clock clock) throws IOException {
            Plan plan = new Plan();
            List<String> problems = new ArrayList<>();
            List<String> presentLeafCertificates = new ArrayList<>();
            for (Role role : Role.values()) {
                Path certificateFile = dir.resolve(role.certificateFileName());
                Path keyFile = dir.resolve(role.keyFileName());
                boolean hasCertificate = Files.exists(certificateFile);
                boolean hasKey = Files.exists(keyFile);
                if (hasKey) {
                    try {
                        plan.keys.put(role, PemFiles.readPrivateKey(keyFile));
                    } catch (PkiException e) {
                        problems.add(e.getMessage());
                        continue;
                    }
                }
                if (role == Role.CA) {
                    if (hasCertificate) {
                        plan.inspectAuthority(certificateFile, clock, problems);
                    }
                    continue;
                }
                if (hasCertificate) {
                    presentLeafCertificates.add(role.certificateFileName());
                    if (!hasKey) {
                        problems.add(certificateFile + " exists without " + role.keyFileName()
                                + "; restore the key, or remove " + role.certificateFileName() + " to have both issued anew");
                    } else {
                        checkPair(certificateFile, plan.keys.get(role), keyFile, problems);
                    }
                } else {
                    plan.toIssue.add(role);
                    if (plan.keys.containsKey(role)) {
                        checkDerivable(plan.keys.get(role), keyFile, problems);
                    }
                }
            }
            if (!plan.toIssue.isEmpty() && plan.authority != null) {
                Instant caNotAfter = plan.authority.certificate().getNotAfter().toInstant();
                if (clock.instant().isAfter(caNotAfter)) {
                    problems.add(dir.resolve(Role.CA.certificateFileName()) + " expired at " + caNotAfter
                            + "; it can no longer issue the missing files");
                }
            }
            boolean caCertificatePresent = Files.exists(dir.resolve(Role.CA.certificateFileName()));
            if (!caCertificatePresent && !presentLeafCertificates.isEmpty()) {
                problems.add(dir.resolve(Role.CA.certificateFileName()) + " is missing but "
                        + String.join(", ", presentLeafCertificates) + " exist; provide the CA certificate that issued them");
            }
            // caChain without a CA key entry: ca.pem was read and ca-key.pem is absent (an unreadable
            // ca-key.pem is already a problem of its own).
            if (!plan.toIssue.isEmpty() && plan.caChain != null && !plan.keys.containsKey(Role.CA)
                    && !Files.exists(dir.resolve(Role.CA.keyFileName()))) {
                List<String> missing = new ArrayList<>();
                for (Role role : plan.toIssue) {
                    missing.add(role.certificateFileName());
                }
                problems.add("cannot create " + String.join(", ", missing) + " in " + dir + ": "
                        + Role.CA.certificateFileName() + " is present without " + Role.CA.keyFileName()
                        + " (bring-your-own CA); provide these files, or " + Role.CA.keyFileName() + " to have them issued");
            }
            if (!problems.isEmpty()) {
                throw new PkiException("the PKI in " + dir + " cannot be completed:\n  - " + String.join("\n  - ", problems));
            }
            return plan;
        }

        private void inspectAuthority(Path certificateFile, Clock clock, List<String> problems) throws IOException {
            try {
                caChain = PemFiles.readCertificates(certificateFile);
            } catch (PkiException e) {
                problems.add(e.getMessage());
                return;
            }
            PrivateKey caKey = keys.get(Role.CA);
            if (caKey != null) {
                try {
                    authority = CertificateAuthority.load(new CertifiedKey(caKey, caChain), clock);
                } catch (PkiException e) {
                    problems.add(certificateFile + ": " + e.getMessage());
                }
            }
        }

        private static void checkDerivable(PrivateKey key, Path keyFile, List<String> problems) {
            try {
                Keys.publicKeyOf(key);
            } catch (PkiException e) {
                problems.add(keyFile + ": " + e.getMessage());
            }
        }

        private static void checkPair(Path certificateFile, PrivateKey key, Path keyFile, List<String> problems)
                throws IOException {
            try {
                X509Certificate leaf = PemFiles.readCertificate(certificateFile);
                if (!Keys.matches(key, leaf.getPublicKey())) {
                    problems.add(keyFile + " does not hold the private key of the certificate in " + certificateFile);
                }
            } catch (PkiException e) {
                problems.add(e.getMessage());
            }
        }
    }
}

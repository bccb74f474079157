package io.kmipserver.certs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.KeyPair;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Set;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.PKCS10CertificationRequestBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;

/** Shared test fixtures: a pinned clock, a fresh CA, PKIX validation with the JDK, CSRs. */
final class TestPki {
    static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private TestPki() {}

    static CertificateAuthority newCa(KeySpec keySpec) {
        return CertificateAuthority.createSelfSigned("CN=Test CA,O=kmip-server tests", keySpec,
                Validity.starting(CLOCK, Duration.ofDays(3650)), CLOCK);
    }

    static Validity days(long days) {
        return Validity.starting(CLOCK, Duration.ofDays(days));
    }

    /** Validates {@code chain} (leaf first, anchor excluded or included) against {@code anchor} at {@code at}. */
    static void validate(List<X509Certificate> chain, X509Certificate anchor, Instant at) throws Exception {
        List<X509Certificate> path = chain.stream().filter(c -> !c.equals(anchor)).toList();
        CertPath certPath = CertificateFactory.getInstance("X.509").generateCertPath(path);
        PKIXParameters parameters = new PKIXParameters(Set.of(new TrustAnchor(anchor, null)));
        parameters.setRevocationEnabled(false);
        parameters.setDate(Date.from(at));
        CertPathValidator.getInstance("PKIX").validate(certPath, parameters);
    }

    static CertPathValidatorException validationFailure(List<X509Certificate> chain, X509Certificate anchor, Instant at) {
        try {
            validate(chain, anchor, at);
        } catch (CertPathValidatorException e) {
            return e;
        } catch (Exception e) {
            throw new AssertionError("unexpected failure", e);
        }
        throw new AssertionError("validation unexpectedly succeeded");
    }

    static PKCS10CertificationRequest csr(String subject, KeyPair keyPair) throws Exception {
        return csrBuilder(subject, keyPair).build(signer(keyPair));
    }

    static PKCS10CertificationRequestBuilder csrBuilder(String subject, KeyPair keyPair) {
        return new JcaPKCS10CertificationRequestBuilder(new X500Principal(subject), keyPair.getPublic());
    }

    static org.bouncycastle.operator.ContentSigner signer(KeyPair keyPair) throws Exception {
        return new JcaContentSignerBuilder(KeySpec.signatureAlgorithmFor(keyPair.getPrivate())).build(keyPair.getPrivate());
    }

    static Set<PosixFilePermission> mode(Path file) throws Exception {
        return Files.getPosixFilePermissions(file);
    }
}

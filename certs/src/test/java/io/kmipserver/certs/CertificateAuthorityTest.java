package io.kmipserver.certs;

import static io.kmipserver.certs.TestPki.CLOCK;
import static io.kmipserver.certs.TestPki.NOW;
import static io.kmipserver.certs.TestPki.days;
import static io.kmipserver.certs.TestPki.newCa;
import static io.kmipserver.certs.TestPki.validate;
import static io.kmipserver.certs.TestPki.validationFailure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.PKIXReason;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.naming.ldap.LdapName;
import org.junit.jupiter.api.Test;

class CertificateAuthorityTest {
    private static final String BASIC_CONSTRAINTS = "2.5.29.19";
    private static final String KEY_USAGE = "2.5.29.15";
    private static final String SERVER_AUTH = "1.3.6.1.5.5.7.3.1";
    private static final String CLIENT_AUTH = "1.3.6.1.5.5.7.3.2";
    // java.security.cert.X509Certificate#getKeyUsage indexes, RFC 5280 §4.2.1.3 bit order
    private static final int DIGITAL_SIGNATURE = 0;
    private static final int NON_REPUDIATION = 1;
    private static final int KEY_ENCIPHERMENT = 2;
    private static final int KEY_CERT_SIGN = 5;
    private static final int CRL_SIGN = 6;
    private static final int DNS = 2;
    private static final int IP = 7;

    private final CertificateAuthority ca = newCa(KeySpec.EC_P256);

    @Test
    void selfSignedCaIsACriticalPathLengthZeroCaThatSignsCertificatesAndCrls() throws Exception {
        X509Certificate certificate = ca.certificate();

        assertThat(certificate.getBasicConstraints()).isZero();
        assertThat(certificate.getCriticalExtensionOIDs()).contains(BASIC_CONSTRAINTS, KEY_USAGE);
        assertThat(certificate.getKeyUsage()[KEY_CERT_SIGN]).isTrue();
        assertThat(certificate.getKeyUsage()[CRL_SIGN]).isTrue();
        assertThat(certificate.getKeyUsage()[DIGITAL_SIGNATURE]).isFalse();
        assertThat(certificate.getSubjectX500Principal()).isEqualTo(certificate.getIssuerX500Principal());
        assertThat(certificate.getSigAlgName()).isEqualTo("SHA256withECDSA");
        certificate.verify(certificate.getPublicKey());
        assertThat(certificate.getNotBefore().toInstant()).isEqualTo(NOW.minus(Validity.BACKDATE));
        assertThat(certificate.getNotAfter().toInstant()).isEqualTo(NOW.plus(Duration.ofDays(3650)));
    }

    @Test
    void serverCertificateNamesEveryDnsNameAndAddressAndIsForServerAuthOnly() throws Exception {
        CertifiedKey server = ca.issueServer("kmip-server", List.of("localhost", "KMIP.example.org"),
                List.of("127.0.0.1", "::1"), KeySpec.EC_P256, days(730));
        X509Certificate certificate = server.certificate();

        assertThat(certificate.getSubjectAlternativeNames()).containsExactly(
                List.of(DNS, "localhost"), List.of(DNS, "kmip.example.org"),
                List.of(IP, "127.0.0.1"), List.of(IP, "0:0:0:0:0:0:0:1"));
        assertThat(certificate.getExtendedKeyUsage()).containsExactly(SERVER_AUTH);
        assertThat(certificate.getKeyUsage()[DIGITAL_SIGNATURE]).isTrue();
        assertThat(certificate.getKeyUsage()[KEY_ENCIPHERMENT]).isFalse();
        assertThat(certificate.getKeyUsage()[KEY_CERT_SIGN]).isFalse();
        assertThat(certificate.getBasicConstraints()).isEqualTo(-1);
        assertThat(certificate.getCriticalExtensionOIDs()).contains(BASIC_CONSTRAINTS, KEY_USAGE);
        assertThat(server.chain()).containsExactly(certificate, ca.certificate());
        validate(server.chain(), ca.certificate(), NOW);
    }

    @Test
    void rsaServerCertificateAlsoAllowsKeyEnciphermentForTls12RsaKeyExchange() {
        CertificateAuthority rsaCa = newCa(KeySpec.RSA_2048);
        X509Certificate certificate = rsaCa.issueServer("kmip-server", List.of("localhost"), List.of(),
                KeySpec.RSA_2048, days(730)).certificate();

        assertThat(certificate.getKeyUsage()[DIGITAL_SIGNATURE]).isTrue();
        assertThat(certificate.getKeyUsage()[KEY_ENCIPHERMENT]).isTrue();
        assertThat(certificate.getSigAlgName()).isEqualTo("SHA256withRSA");
        assertThat(((RSAPublicKey) certificate.getPublicKey()).getModulus().bitLength()).isEqualTo(2048);
    }

    @Test
    void rsa3072CaSignsWithSha256WithRsaAndItsLeavesValidate() throws Exception {
        CertificateAuthority rsaCa = newCa(KeySpec.RSA_3072);
        CertifiedKey client = rsaCa.issueClient("rsa-client", KeySpec.RSA_3072, days(30));

        assertThat(((RSAPublicKey) rsaCa.certificate().getPublicKey()).getModulus().bitLength()).isEqualTo(3072);
        assertThat(((RSAPublicKey) client.certificate().getPublicKey()).getModulus().bitLength()).isEqualTo(3072);
        assertThat(client.certificate().getSigAlgName()).isEqualTo("SHA256withRSA");
        validate(client.chain(), rsaCa.certificate(), NOW);
    }

    @Test
    void clientCertificateCarriesTheNameAsCommonNameAndIsForClientAuthOnly() throws Exception {
        CertifiedKey client = ca.issueClient("alice");
        X509Certificate certificate = client.certificate();

        assertThat(certificate.getSubjectX500Principal().getName()).isEqualTo("CN=alice");
        assertThat(certificate.getExtendedKeyUsage()).containsExactly(CLIENT_AUTH);
        assertThat(certificate.getKeyUsage()[DIGITAL_SIGNATURE]).isTrue();
        assertThat(certificate.getBasicConstraints()).isEqualTo(-1);
        assertThat(certificate.getSubjectAlternativeNames()).isNull();
        assertThat(certificate.getPublicKey()).isInstanceOf(ECPublicKey.class);
        validate(client.chain(), ca.certificate(), NOW);
    }

    @Test
    void commonNameWithDistinguishedNameSyntaxStaysOneEscapedCommonName() throws Exception {
        X509Certificate certificate = ca.issueClient("ops, team+1=x").certificate();

        LdapName name = new LdapName(certificate.getSubjectX500Principal().getName());
        assertThat(name.getRdns()).hasSize(1);
        assertThat(name.getRdn(0).getType()).isEqualTo("CN");
        assertThat(name.getRdn(0).getValue()).isEqualTo("ops, team+1=x");
    }

    @Test
    void signerCertificateIsForDocumentSigningOnlySoTlsPeersRefuseIt() throws Exception {
        CertifiedKey signer = ca.issueSigner("audit signer", KeySpec.EC_P256, days(730));
        X509Certificate certificate = signer.certificate();

        assertThat(certificate.getKeyUsage()[DIGITAL_SIGNATURE]).isTrue();
        assertThat(certificate.getKeyUsage()[NON_REPUDIATION]).isTrue();
        assertThat(certificate.getExtendedKeyUsage()).containsExactly(CertificateAuthority.DOCUMENT_SIGNING_OID);
        validate(signer.chain(), ca.certificate(), NOW);
    }

    @Test
    void certificateOutsideItsValidityFailsPkixValidationAsExpired() throws Exception {
        Validity past = new Validity(NOW.minus(Duration.ofDays(400)), NOW.minus(Duration.ofDays(30)));
        CertifiedKey expired = ca.issueClient("expired", KeySpec.EC_P256, past);

        assertThat(expired.certificate().getNotAfter().toInstant()).isEqualTo(past.notAfter());
        validate(expired.chain(), ca.certificate(), NOW.minus(Duration.ofDays(100)));
        CertPathValidatorException failure = validationFailure(expired.chain(), ca.certificate(), NOW);
        assertThat(failure.getReason()).isEqualTo(CertPathValidatorException.BasicReason.EXPIRED);
        assertThat(failure).hasCauseInstanceOf(CertificateExpiredException.class);
    }

    @Test
    void certificateOfAnotherCaFailsPkixValidation() {
        CertifiedKey foreign = newCa(KeySpec.EC_P256).issueClient("mallory");

        CertPathValidatorException failure = validationFailure(foreign.chain(), ca.certificate(), NOW);
        assertThat(failure.getReason()).isIn(PKIXReason.NO_TRUST_ANCHOR,
                CertPathValidatorException.BasicReason.INVALID_SIGNATURE);
    }

    @Test
    void serialNumbersAreRandomPositiveAndAtMostTwentyOctets() {
        Set<BigInteger> serials = new HashSet<>();
        List<X509Certificate> issued = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            issued.add(ca.issueClient("client-" + i).certificate());
        }
        issued.add(ca.certificate());
        for (X509Certificate certificate : issued) {
            BigInteger serial = certificate.getSerialNumber();
            assertThat(serial.signum()).isPositive();
            assertThat(serial.toByteArray().length).isLessThanOrEqualTo(20);
            serials.add(serial);
        }
        assertThat(serials).hasSize(issued.size());
    }

    @Test
    void leafNeverOutlivesItsCa() {
        CertificateAuthority shortCa = CertificateAuthority.createSelfSigned("CN=Short CA", KeySpec.EC_P256,
                Validity.starting(CLOCK, Duration.ofDays(10)), CLOCK);

        X509Certificate certificate = shortCa.issueClient("c", KeySpec.EC_P256, days(730)).certificate();

        assertThat(certificate.getNotAfter()).isEqualTo(shortCa.certificate().getNotAfter());
    }

    @Test
    void expiredCaRefusesToIssue() {
        Clock later = Clock.fixed(NOW.plus(Duration.ofDays(11)), ZoneOffset.UTC);
        CertificateAuthority expiredCa = CertificateAuthority.load(
                CertificateAuthority.createSelfSigned("CN=Short CA", KeySpec.EC_P256,
                        Validity.starting(CLOCK, Duration.ofDays(10)), CLOCK).certifiedKey(), later);

        assertThatThrownBy(() -> expiredCa.issueClient("c"))
                .isInstanceOf(PkiException.class).hasMessageContaining("expired");
    }

    @Test
    void loadedCaIssuesCertificatesThatValidateAgainstTheOriginalCertificate() throws Exception {
        CertificateAuthority reloaded = CertificateAuthority.load(ca.certifiedKey(), CLOCK);

        CertifiedKey client = reloaded.issueClient("bob");

        validate(client.chain(), ca.certificate(), NOW);
        assertThat(client.certificate().getIssuerX500Principal()).isEqualTo(ca.certificate().getSubjectX500Principal());
    }

    @Test
    void loadRefusesAKeyThatIsNotTheCasKey() {
        CertifiedKey otherKey = newCa(KeySpec.EC_P256).certifiedKey();

        assertThatThrownBy(() -> CertificateAuthority.load(
                new CertifiedKey(otherKey.privateKey(), ca.certifiedKey().chain()), CLOCK))
                .isInstanceOf(PkiException.class).hasMessageContaining("does not belong");
    }

    @Test
    void loadRefusesALeafCertificateAsCa() {
        CertifiedKey leaf = ca.issueClient("not-a-ca");

        assertThatThrownBy(() -> CertificateAuthority.load(leaf, CLOCK))
                .isInstanceOf(PkiException.class).hasMessageContaining("not a CA certificate");
    }

    @Test
    void malformedServerNamesAreRefusedBeforeAnythingIsIssued() {
        assertThatThrownBy(() -> ca.issueServer(List.of("bad name"), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bad name");
        assertThatThrownBy(() -> ca.issueServer(List.of(), List.of("300.1.1.1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("300.1.1.1");
        assertThatThrownBy(() -> ca.issueServer(List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one");
    }

    @Test
    void issuedValidityIsExactlyTheRequestedSeconds() {
        Instant notBefore = Instant.parse("2026-01-01T00:00:00.900Z");
        Instant notAfter = Instant.parse("2027-01-01T00:00:00Z");

        X509Certificate certificate = ca.issueClient("c", KeySpec.EC_P256, new Validity(notBefore, notAfter)).certificate();

        assertThat(certificate.getNotBefore().toInstant()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(certificate.getNotAfter().toInstant()).isEqualTo(notAfter);
    }

    @Test
    void certifiedKeyToStringNeverShowsTheKey() {
        CertifiedKey client = ca.issueClient("alice");

        BigInteger secret = ((ECPrivateKey) client.privateKey()).getS();
        assertThat(client.toString()).contains("CN=alice")
                .doesNotContain(secret.toString(16)).doesNotContain(secret.toString())
                .doesNotContain(Base64.getEncoder().encodeToString(client.privateKey().getEncoded()).substring(0, 40));
    }
}

package io.kmipserver.server.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.kmipserver.certs.CertificateAuthority;
import io.kmipserver.certs.CertifiedKey;
import io.kmipserver.certs.Fingerprints;
import io.kmipserver.certs.KeySpec;
import io.kmipserver.certs.Validity;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Trust and adapter resolution on real certificates, without a network. */
class ClientTrustTest {

    private static final Instant NOW = Instant.now();
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private static CertificateAuthority pkiCa;
    private static CertificateAuthority vendorCa;
    private static CertificateAuthority foreignCa;

    @BeforeAll
    static void authorities() {
        pkiCa = ca("CN=kmip-server dev CA");
        vendorCa = ca("CN=storage vendor CA");
        foreignCa = ca("CN=foreign CA");
    }

    private static CertificateAuthority ca(String subject) {
        return CertificateAuthority.createSelfSigned(subject, KeySpec.EC_P256,
                Validity.starting(CLOCK, Duration.ofDays(365)), CLOCK);
    }

    private static X509Certificate[] chain(CertifiedKey key) {
        return key.chain().toArray(X509Certificate[]::new);
    }

    private static TrustedIssuer pkiAnchor() {
        return TrustedIssuer.anchorOnly(pkiCa.certificate());
    }

    private static TrustedIssuer adapterCa(CertificateAuthority ca, String adapter, String pattern) {
        return TrustedIssuer.ofAdapter(ca.certificate(), adapter + "-id", adapter,
                pattern == null ? null : Pattern.compile(pattern));
    }

    private static ClientTrust.Admitted admitted(ClientTrust trust, CertifiedKey key) {
        ClientTrust.Identification identification = trust.identify(chain(key), NOW);
        assertThat(identification).isInstanceOf(ClientTrust.Admitted.class);
        return (ClientTrust.Admitted) identification;
    }

    private static Refusal refusal(ClientTrust trust, CertifiedKey key) {
        ClientTrust.Identification identification = trust.identify(chain(key), NOW);
        assertThat(identification).isInstanceOf(ClientTrust.Refused.class);
        return ((ClientTrust.Refused) identification).reason().refusal();
    }

    @Test
    void certificateOfAnAdaptersCaBelongsToThatAdapter() throws Exception {
        ClientTrust trust = ClientTrust.of(List.of(pkiAnchor(), adapterCa(vendorCa, "arrays", null)), List.of());
        CertifiedKey array = vendorCa.issueClient("array-1");

        trust.verify(chain(array), NOW);
        assertThat(admitted(trust, array)).isEqualTo(new ClientTrust.Admitted("arrays-id", "arrays", false));
    }

    @Test
    void leafAloneIsEnoughWhenItsCaIsTrusted() throws Exception {
        ClientTrust trust = ClientTrust.of(List.of(adapterCa(vendorCa, "arrays", null)), List.of());
        CertifiedKey array = vendorCa.issueClient("array-1");
        X509Certificate[] leafOnly = {array.certificate()};

        trust.verify(leafOnly, NOW);
        assertThat(trust.identify(leafOnly, NOW)).isInstanceOf(ClientTrust.Admitted.class);
    }

    @Test
    void certificateThatChainsOnlyToThePkiCaPassesTlsButBelongsToNoAdapter() throws Exception {
        ClientTrust trust = ClientTrust.of(List.of(pkiAnchor(), adapterCa(vendorCa, "arrays", null)), List.of());
        CertifiedKey admin = pkiCa.issueClient("admin");

        trust.verify(chain(admin), NOW);
        assertThat(refusal(trust, admin)).isEqualTo(Refusal.NO_ADAPTER);
    }

    @Test
    void pinnedSelfSignedCertificateIsAdmittedToItsAdapter() throws Exception {
        CertificateAuthority selfSigned = ca("CN=appliance-9");
        CertifiedKey appliance = new CertifiedKey(selfSigned.certifiedKey().privateKey(),
                List.of(selfSigned.certificate()));
        ClientTrust trust = ClientTrust.of(List.of(pkiAnchor()), List.of(
                new PinnedCertificate(Fingerprints.sha256Hex(appliance.certificate()), "hsm-id", "hsm")));

        trust.verify(chain(appliance), NOW);
        assertThat(admitted(trust, appliance)).isEqualTo(new ClientTrust.Admitted("hsm-id", "hsm", true));
    }

    @Test
    void registrationWinsOverTheIssuingCasAdapter() throws Exception {
        CertifiedKey special = vendorCa.issueClient("array-special");
        ClientTrust trust = ClientTrust.of(List.of(adapterCa(vendorCa, "arrays", null)), List.of(
                new PinnedCertificate(Fingerprints.sha256Hex(special.certificate()), "vip-id", "vip")));

        assertThat(admitted(trust, special).adapterName()).isEqualTo("vip");
        assertThat(admitted(trust, vendorCa.issueClient("array-2")).adapterName()).isEqualTo("arrays");
    }

    @Test
    void aRevokedCertificateIsRefusedEvenThoughItsCaIsTrustedUntilRegisteredAgain() throws Exception {
        CertifiedKey deleted = vendorCa.issueClient("array-deleted");
        String fingerprint = Fingerprints.sha256Hex(deleted.certificate());
        ClientTrust trust = ClientTrust.of(List.of(adapterCa(vendorCa, "arrays", null)), List.of(), Set.of(fingerprint));

        ClientCertificateRefusedException e = catchThrowableOfType(ClientCertificateRefusedException.class,
                () -> trust.verify(chain(deleted), NOW));
        assertThat(e.refusal()).isEqualTo(Refusal.REVOKED);
        assertThat(refusal(trust, deleted)).isEqualTo(Refusal.REVOKED);
        assertThat(admitted(trust, vendorCa.issueClient("array-2")).adapterName()).as("its CA's other clients")
                .isEqualTo("arrays");

        ClientTrust registeredAgain = ClientTrust.of(List.of(adapterCa(vendorCa, "arrays", null)),
                List.of(new PinnedCertificate(fingerprint, "vip-id", "vip")), Set.of(fingerprint));
        registeredAgain.verify(chain(deleted), NOW);
        assertThat(admitted(registeredAgain, deleted).adapterName()).isEqualTo("vip");
    }

    @Test
    void subjectPatternSelectsTheAdapterAndTakesPrecedenceOverACatchAll() throws Exception {
        ClientTrust trust = ClientTrust.of(List.of(
                adapterCa(vendorCa, "catch-all", null),
                adapterCa(vendorCa, "databases", "CN=db-[0-9]+")), List.of());

        assertThat(admitted(trust, vendorCa.issueClient("db-42")).adapterName()).isEqualTo("databases");
        assertThat(admitted(trust, vendorCa.issueClient("array-1")).adapterName()).isEqualTo("catch-all");
        // The pattern must match the whole subject, not a part of it.
        assertThat(admitted(trust, vendorCa.issueClient("db-42x")).adapterName()).isEqualTo("catch-all");
    }

    @Test
    void subjectNotMatchingTheOnlyPatternBelongsToNoAdapter() throws Exception {
        ClientTrust trust = ClientTrust.of(List.of(adapterCa(vendorCa, "databases", "CN=db-.*")), List.of());
        CertifiedKey array = vendorCa.issueClient("array-1");

        trust.verify(chain(array), NOW);
        assertThat(refusal(trust, array)).isEqualTo(Refusal.NO_ADAPTER);
    }

    @Test
    void twoAdaptersAdmittingTheSameCertificateEquallyMakeItAmbiguous() {
        ClientTrust trust = ClientTrust.of(List.of(
                adapterCa(vendorCa, "first", null), adapterCa(vendorCa, "second", null)), List.of());

        assertThat(refusal(trust, vendorCa.issueClient("array-1"))).isEqualTo(Refusal.AMBIGUOUS);
    }

    @Test
    void certificateOfAnUnknownCaIsUntrusted() {
        ClientTrust trust = ClientTrust.of(List.of(pkiAnchor(), adapterCa(vendorCa, "arrays", null)), List.of());
        CertifiedKey stranger = foreignCa.issueClient("stranger");

        ClientCertificateRefusedException e = catchThrowableOfType(ClientCertificateRefusedException.class,
                () -> trust.verify(chain(stranger), NOW));
        assertThat(e.refusal()).isEqualTo(Refusal.UNTRUSTED);
        assertThat(e.subject()).isEqualTo("CN=stranger");
        assertThat(e.fingerprint()).isEqualTo(Fingerprints.sha256Hex(stranger.certificate()));
        assertThat(refusal(trust, stranger)).isEqualTo(Refusal.UNTRUSTED);
    }

    @Test
    void chainThatNamesATrustedCaAsIssuerButIsSignedByAnotherKeyIsUntrusted() {
        // A foreign CA with the very same subject as the trusted one: names match, signatures do not.
        CertificateAuthority impostor = ca("CN=storage vendor CA");
        ClientTrust trust = ClientTrust.of(List.of(adapterCa(vendorCa, "arrays", null)), List.of());

        assertThatThrownBy(() -> trust.verify(chain(impostor.issueClient("array-1")), NOW))
                .isInstanceOf(ClientCertificateRefusedException.class);
    }

    @Test
    void expiredAndNotYetValidCertificatesAreRefusedEvenWhenPinned() {
        CertifiedKey late = vendorCa.issueClient("late", KeySpec.EC_P256,
                new Validity(NOW.minus(Duration.ofDays(30)), NOW.minus(Duration.ofDays(1))));
        CertifiedKey early = vendorCa.issueClient("early", KeySpec.EC_P256,
                new Validity(NOW.plus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(30))));
        ClientTrust trust = ClientTrust.of(List.of(adapterCa(vendorCa, "arrays", null)), List.of(
                new PinnedCertificate(Fingerprints.sha256Hex(late.certificate()), "arrays-id", "arrays")));

        for (CertifiedKey key : List.of(late, early)) {
            ClientCertificateRefusedException e = catchThrowableOfType(ClientCertificateRefusedException.class,
                    () -> trust.verify(chain(key), NOW));
            assertThat(e.refusal()).isEqualTo(Refusal.EXPIRED);
            assertThat(refusal(trust, key)).isEqualTo(Refusal.EXPIRED);
        }
    }

    @Test
    void certificateWithoutClientAuthUsageIsRefused() {
        CertifiedKey server = vendorCa.issueServer(List.of("kmip.example"), List.of());
        ClientTrust trust = ClientTrust.of(List.of(adapterCa(vendorCa, "arrays", null)), List.of());

        ClientCertificateRefusedException e = catchThrowableOfType(ClientCertificateRefusedException.class,
                () -> trust.verify(chain(server), NOW));
        assertThat(e.refusal()).isEqualTo(Refusal.WRONG_USAGE);
    }

    @Test
    void noCertificateIsRefusedAsSuch() {
        ClientTrust trust = ClientTrust.of(List.of(pkiAnchor()), List.of());

        ClientCertificateRefusedException e = catchThrowableOfType(ClientCertificateRefusedException.class,
                () -> trust.verify(new X509Certificate[0], NOW));
        assertThat(e.refusal()).isEqualTo(Refusal.NO_CERTIFICATE);
        assertThat(e.subject()).isNull();
        assertThat(ClientTrust.EMPTY.identify(null, NOW)).isInstanceOf(ClientTrust.Refused.class);
    }

    @Test
    void trustManagerAdvertisesNoIssuersSoClientsWithPinnedCertificatesStillSendThem() {
        ClientTrustManager manager = new ClientTrustManager(
                ClientTrustSource.fixed(ClientTrust.of(List.of(pkiAnchor()), List.of())), CLOCK);

        assertThat(manager.getAcceptedIssuers()).isEmpty();
        assertThatThrownBy(() -> manager.checkServerTrusted(chain(pkiCa.issueClient("x")), "ECDHE_ECDSA"))
                .isInstanceOf(java.security.cert.CertificateException.class);
    }
}

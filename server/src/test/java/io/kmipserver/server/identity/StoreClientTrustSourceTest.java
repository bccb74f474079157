package io.kmipserver.server.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.kmipserver.certs.CertificateAuthority;
import io.kmipserver.certs.CertifiedKey;
import io.kmipserver.certs.Fingerprints;
import io.kmipserver.certs.KeySpec;
import io.kmipserver.certs.PemFiles;
import io.kmipserver.certs.Validity;
import io.kmipserver.server.store.Adapter;
import io.kmipserver.server.store.JdbcObjectStore;
import io.kmipserver.server.store.NewAdapter;
import io.kmipserver.server.store.NewAdapterTrust;
import io.kmipserver.server.store.NewClientCertificate;
import io.kmipserver.server.store.StoreSettings;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The trust snapshot read from a real SQLite store, and how changes reach it. */
class StoreClientTrustSourceTest {

    private static final Clock CLOCK = Clock.systemUTC();

    @TempDir
    Path dir;

    private JdbcObjectStore store;
    private CertificateAuthority pkiCa;
    private CertificateAuthority vendorCa;

    @BeforeEach
    void open() {
        store = JdbcObjectStore.openSqlite(dir.resolve("kmip.db"), StoreSettings.defaults());
        pkiCa = ca("CN=dev CA");
        vendorCa = ca("CN=vendor CA");
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static CertificateAuthority ca(String subject) {
        return CertificateAuthority.createSelfSigned(subject, KeySpec.EC_P256,
                Validity.starting(CLOCK, Duration.ofDays(30)), CLOCK);
    }

    private Adapter adapter(String name, X509Certificate ca, String pattern) {
        return store.write(tx -> {
            Adapter a = tx.insertAdapter(NewAdapter.named(name), "test");
            if (ca != null) {
                tx.insertTrust(a.id(), new NewAdapterTrust(Fingerprints.sha256Hex(ca),
                        ca.getSubjectX500Principal().getName(), PemFiles.certificatesToPem(List.of(ca)), pattern), "test");
            }
            return a;
        });
    }

    private void register(Adapter adapter, X509Certificate certificate) {
        store.write(tx -> tx.insertCertificate(adapter.id(), new NewClientCertificate("array",
                Fingerprints.sha256Hex(certificate), certificate.getSubjectX500Principal().getName(),
                PemFiles.certificatesToPem(List.of(certificate)), certificate.getNotAfter().toInstant()), "test"));
    }

    private static ClientTrust.Identification identify(StoreClientTrustSource source, CertifiedKey key) {
        return source.current().identify(key.chain().toArray(X509Certificate[]::new), Instant.now());
    }

    @Test
    void snapshotHoldsThePkiAnchorAdapterCasAndRegisteredCertificates() {
        Adapter arrays = adapter("arrays", vendorCa.certificate(), null);
        Adapter pinnedOnly = adapter("pinned", null, null);
        CertifiedKey appliance = ca("CN=appliance").issueClient("appliance");
        register(pinnedOnly, appliance.certificate());

        try (StoreClientTrustSource source = StoreClientTrustSource.open(store, List.of(pkiCa.certificate()),
                Duration.ofMinutes(1))) {
            assertThat(source.current().issuers()).extracting(TrustedIssuer::adapterName)
                    .containsExactlyInAnyOrder(null, "arrays");
            assertThat(identify(source, vendorCa.issueClient("array-1")))
                    .isEqualTo(new ClientTrust.Admitted(arrays.id(), "arrays", false));
            assertThat(identify(source, appliance))
                    .isEqualTo(new ClientTrust.Admitted(pinnedOnly.id(), "pinned", true));
            assertThat(identify(source, pkiCa.issueClient("admin"))).isInstanceOf(ClientTrust.Refused.class);
        }
    }

    @Test
    void certificateRegisteredLaterIsAdmittedOnceRefreshed() {
        Adapter hsm = adapter("hsm", null, null);
        CertifiedKey appliance = ca("CN=appliance").issueClient("appliance");
        try (StoreClientTrustSource source = StoreClientTrustSource.open(store, List.of(pkiCa.certificate()),
                Duration.ofMinutes(1))) {
            assertThat(identify(source, appliance)).isInstanceOf(ClientTrust.Refused.class);

            register(hsm, appliance.certificate());
            source.refresh();

            assertThat(identify(source, appliance)).isEqualTo(new ClientTrust.Admitted(hsm.id(), "hsm", true));
        }
    }

    @Test
    void changesMadeElsewhereArriveWithTheBackgroundRefresh() throws Exception {
        try (StoreClientTrustSource source = StoreClientTrustSource.open(store, List.of(), Duration.ofMillis(100))) {
            CertifiedKey array = vendorCa.issueClient("array-1");
            assertThat(identify(source, array)).isInstanceOf(ClientTrust.Refused.class);

            adapter("arrays", vendorCa.certificate(), null);

            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (!(identify(source, array) instanceof ClientTrust.Admitted) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(identify(source, array)).isInstanceOf(ClientTrust.Admitted.class);
        }
    }

    @Test
    void trustRowWithAnInvalidPatternIsIgnoredAndTheOthersStillWork() {
        adapter("broken", vendorCa.certificate(), "CN=(unclosed");
        CertificateAuthority otherCa = ca("CN=other vendor CA");
        Adapter other = adapter("other", otherCa.certificate(), "CN=db-.*");

        try (StoreClientTrustSource source = StoreClientTrustSource.open(store, List.of(), Duration.ofMinutes(1))) {
            assertThat(source.current().issuers()).extracting(TrustedIssuer::adapterName).containsExactly("other");
            assertThat(identify(source, otherCa.issueClient("db-1")))
                    .isEqualTo(new ClientTrust.Admitted(other.id(), "other", false));
            assertThat(identify(source, vendorCa.issueClient("array-1"))).isInstanceOf(ClientTrust.Refused.class);
        }
    }
}

package io.kmipserver.server.store;

import static io.kmipserver.server.store.StoreFixture.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kmipserver.server.store.StoreFixture.Key;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Adapters, their credentials, client certificates and trust anchors, whatever the database: the same
 * assertions run on SQLite ({@link AdapterStoreTest}) and on PostgreSQL ({@link AdapterStoreOnPostgresIT}).
 */
abstract class AdapterStoreContract {

    private static final String FP_1 = "a".repeat(64);
    private static final String FP_2 = "b".repeat(64);
    private static final String CA_FP = "c".repeat(64);

    @TempDir
    Path dir;

    TestDatabase db;
    JdbcObjectStore store;

    /** A new, empty database of the dialect under test; {@code dir} is this test's temporary directory. */
    abstract TestDatabase freshDatabase(Path dir);

    @BeforeEach
    void open() {
        db = freshDatabase(dir);
        store = db.open(StoreSettings.defaults().withClock(StoreFixture.fixedClock()));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void adapterIsCreatedWithDefaultsAndFoundByIdAndName() {
        Adapter created = store.write(tx -> tx.insertAdapter(NewAdapter.named("vsphere").withDescription("vCenter 8"), "admin"));

        assertThat(created.id()).hasSize(36);
        assertThat(created.profile()).isEqualTo("native_1.0");
        assertThat(created.allowedOperations()).isNull();
        assertThat(created.allows(1)).isTrue();
        assertThat(created.credential()).isNull();
        assertThat(created.createdAt()).isEqualTo(T0);
        assertThat(created.createdBy()).isEqualTo("admin");
        assertThat(store.findAdapter(created.id())).contains(created);
        assertThat(store.findAdapterByName("vsphere")).contains(created);
        assertThat(store.listAdapters()).containsExactly(created);
    }

    @Test
    void adapterNamesAreUnique() {
        store.write(tx -> tx.insertAdapter(NewAdapter.named("same"), "admin"));

        assertThatThrownBy(() -> store.write(tx -> tx.insertAdapter(NewAdapter.named("same"), "admin")))
                .isInstanceOf(ConflictException.class);
        assertThat(store.listAdapters()).hasSize(1);
    }

    @Test
    void updateReplacesTheChosenFieldsAndAllowedOperationsRoundTrip() {
        Adapter created = store.write(tx -> tx.insertAdapter(NewAdapter.named("x"), "admin"));

        Adapter updated = store.write(tx -> tx.updateAdapter(created.id(),
                NewAdapter.named("y").withAllowedOperations(Set.of(1, 10, 0x14)).withProfile("basic"), "auditor"));

        assertThat(updated.name()).isEqualTo("y");
        assertThat(updated.allowedOperations()).containsExactlyInAnyOrder(1, 10, 0x14);
        assertThat(updated.allows(10)).isTrue();
        assertThat(updated.allows(2)).isFalse();
        assertThat(updated.profile()).isEqualTo("basic");
        assertThat(updated.updatedBy()).isEqualTo("auditor");
        assertThatThrownBy(() -> store.write(tx -> tx.updateAdapter("missing", NewAdapter.named("z"), "a")))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void credentialIsStoredAsAHashNeverAsThePassword() throws Exception {
        String password = "correct horse battery staple";
        AdapterCredential credential = new AdapterCredential("fortigate", PasswordHash.of(password.toCharArray(), 1_000));
        Adapter created = store.write(tx -> tx.insertAdapter(NewAdapter.named("fw").withCredential(credential), "admin"));

        Adapter read = store.findAdapter(created.id()).orElseThrow();
        assertThat(read.credential().matches("fortigate", password)).isTrue();
        assertThat(read.credential().matches("fortigate", "wrong")).isFalse();
        assertThat(read.credential().matches("other", password)).isFalse();
        try (Connection c = db.connect();
                ResultSet rs = c.createStatement().executeQuery("SELECT credential_hash FROM adapters")) {
            rs.next();
            assertThat(rs.getString(1)).startsWith("pbkdf2-sha256$1000$").doesNotContain(password);
        }
    }

    @Test
    void certificatesAreRegisteredOncePerFingerprintAndFoundByIt() {
        String a = StoreFixture.adapter(store, "a");
        String b = StoreFixture.adapter(store, "b");
        Instant notAfter = Instant.parse("2027-01-01T00:00:00Z");

        ClientCertificate registered = store.write(tx -> tx.insertCertificate(a,
                new NewClientCertificate("array-1", FP_1, "CN=array-1", "-----BEGIN CERTIFICATE-----", notAfter), "admin"));

        assertThat(store.findCertificateByFingerprint(FP_1)).contains(registered);
        assertThat(store.findCertificateByFingerprint(FP_2)).isEmpty();
        assertThat(store.certificatesOf(a)).containsExactly(registered);
        assertThat(store.certificatesOf(b)).isEmpty();
        assertThatThrownBy(() -> store.write(tx -> tx.insertCertificate(b,
                new NewClientCertificate("again", FP_1, "CN=array-1", "pem", notAfter), "admin")))
                .as("one certificate belongs to one adapter").isInstanceOf(ConflictException.class);
    }

    @Test
    void certificatesAndTrustAnchorsAreDeletedOnlyThroughTheirOwnAdapter() {
        String a = StoreFixture.adapter(store, "a");
        String b = StoreFixture.adapter(store, "b");
        ClientCertificate cert = store.write(tx -> tx.insertCertificate(a,
                new NewClientCertificate("c", FP_1, "CN=c", "pem", T0), "admin"));
        AdapterTrust trust = store.write(tx -> tx.insertTrust(a, new NewAdapterTrust(CA_FP, "CN=Corp CA", "pem", "^CN=array-.*"), "admin"));

        assertThatThrownBy(() -> store.write(tx -> {
            tx.deleteCertificate(b, cert.id(), "test");
            return null;
        })).isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.kind()).isEqualTo(NotFoundException.Kind.CERTIFICATE));
        assertThatThrownBy(() -> store.write(tx -> {
            tx.deleteTrust(b, trust.id());
            return null;
        })).isInstanceOf(NotFoundException.class);
        assertThat(store.listTrust()).containsExactly(trust);
        assertThat(store.trustOf(a)).containsExactly(trust);
        assertThat(trust.subjectPattern()).isEqualTo("^CN=array-.*");

        store.write(tx -> {
            tx.deleteCertificate(a, cert.id(), "test");
            tx.deleteTrust(a, trust.id());
            return null;
        });
        assertThat(store.findCertificateByFingerprint(FP_1)).isEmpty();
        assertThat(store.listTrust()).isEmpty();
        assertThat(store.revokedFingerprints()).as("a deleted registration revokes the certificate").containsExactly(FP_1);

        store.write(tx -> tx.insertCertificate(b, new NewClientCertificate("c", FP_1, "CN=c", "pem", T0), "admin"));
        assertThat(store.revokedFingerprints()).as("registered again: admitted again").isEmpty();
    }

    @Test
    void anAdapterThatOwnsObjectsCannotBeDeletedButAnEmptyOneTakesItsCertificatesWithIt() {
        String owner = StoreFixture.adapter(store, "owner");
        Key.aes(owner, 256, T0).insert(store);
        String empty = StoreFixture.adapter(store, "empty");
        store.write(tx -> tx.insertCertificate(empty, new NewClientCertificate("c", FP_2, "CN=c", "pem", T0), "admin"));

        assertThatThrownBy(() -> store.write(tx -> {
            tx.deleteAdapter(owner, "test");
            return null;
        })).isInstanceOf(ConflictException.class).hasMessageContaining("1 object");
        assertThat(store.revokedFingerprints()).isEmpty();
        store.write(tx -> {
            tx.deleteAdapter(empty, "test");
            return null;
        });

        assertThat(store.findAdapter(empty)).isEmpty();
        assertThat(store.findCertificateByFingerprint(FP_2)).as("cascaded").isEmpty();
        assertThat(store.revokedFingerprints()).as("and revoked").containsExactly(FP_2);
        assertThat(store.findAdapter(owner)).isPresent();
    }
}

package io.kmipserver.certs;

import static io.kmipserver.certs.TestPki.mode;
import static io.kmipserver.certs.TestPki.newCa;
import static io.kmipserver.certs.TestPki.validate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kmipserver.certs.DevPki.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevPkiTest {
    private static final List<String> ALL_FILES = List.of(
            "ca.pem", "ca-key.pem", "server.pem", "server-key.pem", "admin.pem", "admin-key.pem",
            "auditor.pem", "auditor-key.pem", "client.pem", "client-key.pem",
            "audit-signing.pem", "audit-signing-key.pem");
    private static final String SERVER_AUTH = "1.3.6.1.5.5.7.3.1";
    private static final String CLIENT_AUTH = "1.3.6.1.5.5.7.3.2";

    private final Clock clock = Clock.systemUTC();

    @TempDir
    Path temp;

    @Test
    void firstStartCreatesExactlyTheTwelveFilesWithPrivateModes() throws Exception {
        Path dir = temp.resolve("data/pki");

        DevPki pki = DevPki.ensure(dir, List.of("kmip.example.org"), List.of("10.0.0.5"), clock);

        assertThat(fileNames(dir)).containsExactlyInAnyOrderElementsOf(ALL_FILES);
        assertThat(pki.created()).hasSize(12).allMatch(Files::exists);
        assertThat(mode(dir)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        for (Role role : Role.values()) {
            assertThat(mode(pki.keyFile(role))).as(role.keyFileName()).isEqualTo(PosixFilePermissions.fromString("rw-------"));
            assertThat(Files.readString(pki.keyFile(role))).startsWith("-----BEGIN PRIVATE KEY-----");
        }
        assertThat(pki.caKeyPresent()).isTrue();
    }

    @Test
    void everyCertificateChainsToTheCaAndCarriesItsRole() throws Exception {
        DevPki pki = DevPki.ensure(temp, List.of("kmip.example.org"), List.of("10.0.0.5"), clock);
        X509Certificate ca = pki.certificate(Role.CA);

        X509Certificate server = pki.certificate(Role.SERVER);
        assertThat(server.getSubjectAlternativeNames()).contains(
                List.of(2, "kmip.example.org"), List.of(2, "localhost"),
                List.of(7, "10.0.0.5"), List.of(7, "127.0.0.1"));
        assertThat(server.getExtendedKeyUsage()).containsExactly(SERVER_AUTH);
        assertThat(PemFiles.readCertificates(pki.certificateFile(Role.SERVER)))
                .as("server.pem holds the leaf, then the CA").containsExactly(server, ca);
        for (Role role : List.of(Role.ADMIN, Role.AUDITOR, Role.CLIENT)) {
            X509Certificate client = pki.certificate(role);
            assertThat(client.getSubjectX500Principal().getName()).isEqualTo("CN=" + role.name().toLowerCase());
            assertThat(client.getExtendedKeyUsage()).containsExactly(CLIENT_AUTH);
        }
        assertThat(pki.certificate(Role.AUDIT_SIGNING).getExtendedKeyUsage())
                .containsExactly(CertificateAuthority.DOCUMENT_SIGNING_OID);
        for (Role role : Role.values()) {
            CertifiedKey loaded = pki.load(role);
            if (role != Role.CA) {
                validate(loaded.chain(), ca, Instant.now());
                assertThat(loaded.chain()).hasSize(2);
            }
        }
        assertThat(ca.getBasicConstraints()).isZero();
        assertThat(ca.getNotAfter().toInstant()).isAfter(Instant.now().plus(java.time.Duration.ofDays(3640)));
        assertThat(server.getNotAfter().toInstant()).isBefore(Instant.now().plus(java.time.Duration.ofDays(731)));
    }

    @Test
    void secondStartCreatesNothingAndLeavesEveryFileByteIdentical() throws Exception {
        DevPki first = DevPki.ensure(temp, List.of(), List.of(), clock);
        Map<String, byte[]> before = contents(temp);

        DevPki second = DevPki.ensure(temp, List.of("other.example.org"), List.of(), clock);

        assertThat(second.created()).isEmpty();
        Map<String, byte[]> after = contents(temp);
        assertThat(after).containsOnlyKeys(before.keySet());
        before.forEach((name, bytes) -> assertThat(after.get(name)).as(name).isEqualTo(bytes));
        for (Role role : Role.values()) {
            assertThat(second.fingerprint(role)).isEqualTo(first.fingerprint(role));
        }
        assertThat(second.summary()).contains(" existing ").doesNotContain(" created ");
    }

    @Test
    void bringYourOwnCaWithItsKeyIssuesTheRestFromThatCa() throws Exception {
        CertificateAuthority own = newCa(KeySpec.EC_P256);
        PemFiles.writeCertificates(temp.resolve("ca.pem"), own.certifiedKey().chain());
        PemFiles.writePrivateKey(temp.resolve("ca-key.pem"), own.certifiedKey().privateKey());
        byte[] caBefore = Files.readAllBytes(temp.resolve("ca.pem"));

        DevPki pki = DevPki.ensure(temp, List.of(), List.of(), clock);

        assertThat(pki.created()).hasSize(10).doesNotContain(temp.resolve("ca.pem"), temp.resolve("ca-key.pem"));
        assertThat(Files.readAllBytes(temp.resolve("ca.pem"))).isEqualTo(caBefore);
        assertThat(pki.certificate(Role.CA)).isEqualTo(own.certificate());
        for (Role role : List.of(Role.SERVER, Role.ADMIN, Role.AUDITOR, Role.CLIENT, Role.AUDIT_SIGNING)) {
            pki.certificate(role).verify(own.certificate().getPublicKey());
        }
    }

    @Test
    void bringYourOwnCaWithoutItsKeyWorksWhenNothingNeedsIssuing() throws Exception {
        Path full = temp.resolve("full");
        Path byo = temp.resolve("byo");
        DevPki.ensure(full, List.of(), List.of(), clock);
        Files.createDirectory(byo);
        for (String name : ALL_FILES) {
            if (!name.equals("ca-key.pem")) {
                Files.copy(full.resolve(name), byo.resolve(name));
            }
        }

        DevPki pki = DevPki.ensure(byo, List.of(), List.of(), clock);

        assertThat(pki.created()).isEmpty();
        assertThat(pki.caKeyPresent()).isFalse();
        assertThat(Files.exists(byo.resolve("ca-key.pem"))).isFalse();
        assertThat(pki.summary()).contains("bring-your-own CA");
        assertThat(pki.load(Role.SERVER).certificate()).isEqualTo(pki.certificate(Role.SERVER));
        assertThatThrownBy(() -> pki.load(Role.CA)).isInstanceOf(PkiException.class).hasMessageContaining("ca-key.pem");
    }

    @Test
    void caWithoutItsKeyAndMissingFilesIsOneClearErrorThatWritesNothing() throws Exception {
        CertificateAuthority own = newCa(KeySpec.EC_P256);
        PemFiles.writeCertificates(temp.resolve("ca.pem"), List.of(own.certificate()));
        CertifiedKey client = own.issueClient("client");
        PemFiles.writeCertifiedKey(temp.resolve("client.pem"), temp.resolve("client-key.pem"), client);

        assertThatThrownBy(() -> DevPki.ensure(temp, List.of(), List.of(), clock))
                .isInstanceOf(PkiException.class)
                .hasMessageContaining("ca-key.pem")
                .hasMessageContaining("server.pem, admin.pem, auditor.pem, audit-signing.pem")
                .hasMessageNotContaining("client.pem,");
        assertThat(fileNames(temp)).containsExactlyInAnyOrder("ca.pem", "client.pem", "client-key.pem");
    }

    @Test
    void certificateWithoutItsKeyIsRefusedAlongsideEveryOtherProblem() throws Exception {
        DevPki.ensure(temp, List.of(), List.of(), clock);
        Files.delete(temp.resolve("server-key.pem"));
        Files.delete(temp.resolve("admin.pem"));
        Files.copy(temp.resolve("client-key.pem"), temp.resolve("admin-key.pem"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.delete(temp.resolve("auditor-key.pem"));
        Files.copy(temp.resolve("client-key.pem"), temp.resolve("auditor-key.pem"));

        assertThatThrownBy(() -> DevPki.ensure(temp, List.of(), List.of(), clock))
                .isInstanceOf(PkiException.class)
                .hasMessageContaining("server.pem exists without server-key.pem")
                .hasMessageContaining("auditor-key.pem does not hold the private key");
        assertThat(Files.exists(temp.resolve("admin.pem"))).as("nothing written while problems exist").isFalse();
    }

    @Test
    void keyLeftWithoutItsCertificateGetsACertificateForThatKey() throws Exception {
        DevPki first = DevPki.ensure(temp, List.of(), List.of(), clock);
        byte[] keyBefore = Files.readAllBytes(temp.resolve("client-key.pem"));
        Files.delete(temp.resolve("client.pem"));
        Files.delete(temp.resolve("ca.pem"));
        Files.delete(temp.resolve("server.pem"));
        Files.delete(temp.resolve("admin.pem"));
        Files.delete(temp.resolve("auditor.pem"));
        Files.delete(temp.resolve("audit-signing.pem"));

        DevPki second = DevPki.ensure(temp, List.of(), List.of(), clock);

        assertThat(second.created()).containsExactly(temp.resolve("ca.pem"), temp.resolve("server.pem"),
                temp.resolve("admin.pem"), temp.resolve("auditor.pem"), temp.resolve("client.pem"),
                temp.resolve("audit-signing.pem"));
        assertThat(Files.readAllBytes(temp.resolve("client-key.pem"))).isEqualTo(keyBefore);
        assertThat(second.certificate(Role.CLIENT).getPublicKey()).isEqualTo(first.certificate(Role.CLIENT).getPublicKey());
        assertThat(second.certificate(Role.CA).getPublicKey()).isEqualTo(first.certificate(Role.CA).getPublicKey());
        second.load(Role.CLIENT);
    }

    @Test
    void expiredCaThatWouldHaveToIssueIsRefusedBeforeAnyKeyIsWritten() throws Exception {
        Instant then = Instant.parse("2020-01-01T00:00:00Z");
        Clock past = Clock.fixed(then, java.time.ZoneOffset.UTC);
        CertificateAuthority old = CertificateAuthority.createSelfSigned("CN=Old CA", KeySpec.EC_P256,
                new Validity(then.minus(java.time.Duration.ofDays(30)), then.plus(java.time.Duration.ofDays(30))), past);
        PemFiles.writeCertifiedKey(temp.resolve("ca.pem"), temp.resolve("ca-key.pem"), old.certifiedKey());

        assertThatThrownBy(() -> DevPki.ensure(temp, List.of(), List.of(), clock))
                .isInstanceOf(PkiException.class).hasMessageContaining("expired");
        assertThat(fileNames(temp)).containsExactlyInAnyOrder("ca.pem", "ca-key.pem");
    }

    @Test
    void leafCertificatesWithoutTheirCaAreRefused() throws Exception {
        DevPki.ensure(temp, List.of(), List.of(), clock);
        Files.delete(temp.resolve("ca.pem"));
        Files.delete(temp.resolve("ca-key.pem"));

        assertThatThrownBy(() -> DevPki.ensure(temp, List.of(), List.of(), clock))
                .isInstanceOf(PkiException.class).hasMessageContaining("ca.pem is missing");
    }

    @Test
    void rsaKeySpecAppliesToEveryKeyButTheAuditSigner() throws Exception {
        DevPki pki = DevPki.ensure(temp, List.of(), List.of(), KeySpec.RSA_2048, clock);

        for (Role role : List.of(Role.CA, Role.SERVER, Role.ADMIN, Role.CLIENT)) {
            assertThat(pki.certificate(role).getPublicKey()).as(role.name()).isInstanceOf(RSAPublicKey.class);
        }
        assertThat(pki.certificate(Role.SERVER).getKeyUsage()[2]).as("keyEncipherment").isTrue();
        assertThat(pki.certificate(Role.AUDIT_SIGNING).getPublicKey()).isInstanceOf(ECPublicKey.class);
        assertThat(pki.certificate(Role.AUDIT_SIGNING).getSigAlgName()).isEqualTo("SHA256withRSA");
    }

    @Test
    void summaryNamesFilesAndFingerprintsButNoKeyMaterial() throws Exception {
        DevPki pki = DevPki.ensure(temp, List.of(), List.of(), clock);

        String summary = pki.summary();

        for (String name : ALL_FILES) {
            assertThat(summary).contains(name);
        }
        assertThat(summary).contains(Fingerprints.sha256Colons(pki.certificate(Role.ADMIN)))
                .doesNotContain("BEGIN").doesNotContain(Files.readString(pki.keyFile(Role.SERVER)).lines().toList().get(1));
        assertThat(pki.fingerprint(Role.ADMIN)).isEqualTo(Fingerprints.sha256Hex(pki.certificate(Role.ADMIN)));
    }

    @Test
    void malformedServerNamesAreRefusedBeforeTheDirectoryIsTouched() {
        Path dir = temp.resolve("pki");

        assertThatThrownBy(() -> DevPki.ensure(dir, List.of("not a name"), List.of(), clock))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DevPki.ensure(dir, List.of(), List.of("localhost"), clock))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Files.exists(dir)).isFalse();
    }

    private static List<String> fileNames(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }

    private static Map<String, byte[]> contents(Path dir) throws Exception {
        Map<String, byte[]> contents = new HashMap<>();
        for (String name : fileNames(dir)) {
            contents.put(name, Files.readAllBytes(dir.resolve(name)));
        }
        return contents;
    }
}

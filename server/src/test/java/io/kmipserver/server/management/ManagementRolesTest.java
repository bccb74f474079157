package io.kmipserver.server.management;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kmipserver.certs.CertificateAuthority;
import io.kmipserver.certs.CertifiedKey;
import io.kmipserver.certs.DevPki;
import io.kmipserver.certs.Fingerprints;
import io.kmipserver.certs.KeySpec;
import io.kmipserver.certs.PemFiles;
import io.kmipserver.certs.Validity;
import io.kmipserver.server.config.ConfigLoader;
import io.kmipserver.server.config.ServerConfig;
import io.kmipserver.server.testing.ManagementClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bring-your-own PKI: roles by configured fingerprint and by CA + subject pattern; the API can be off. */
class ManagementRolesTest {

    @TempDir
    Path dir;

    @Test
    void configuredFingerprintsAndSubjectPatternsGiveRoles() throws Exception {
        Clock clock = Clock.systemUTC();
        CertificateAuthority ownCa = CertificateAuthority.createSelfSigned("CN=Ops CA,O=Example", KeySpec.EC_P256,
                Validity.starting(clock, Duration.ofDays(30)), clock);
        Path ownCaFile = dir.resolve("ops-ca.pem");
        PemFiles.writeCertificates(ownCaFile, List.of(ownCa.certificate()));
        CertifiedKey pinnedAdmin = ownCa.issueClient("break-glass");
        CertifiedKey opsAuditor = ownCa.issueClient("ops-7");
        CertifiedKey developer = ownCa.issueClient("dev-1");

        try (ManagementFixture node = ManagementFixture.start(dir.resolve("node"), Map.of(
                "management.admin-fingerprints", Fingerprints.sha256Colons(pinnedAdmin.certificate()),
                "management.roles-ca-file", ownCaFile.toString(),
                "management.auditor-subject-pattern", "CN=ops-.*"))) {
            List<java.security.cert.X509Certificate> trust = List.of(node.pki().certificate(DevPki.Role.CA));
            ManagementClient admin = new ManagementClient(node.managementAddress(), pinnedAdmin, trust);
            ManagementClient auditor = new ManagementClient(node.managementAddress(), opsAuditor, trust);
            ManagementClient nobody = new ManagementClient(node.managementAddress(), developer, trust);

            node.onlyEventOf(() -> admin.get("/api/v2/kmip_adapters").status(), "management.adapter.list", 200);
            node.onlyEventOf(() -> auditor.get("/healthz").status(), "management.health.read", 200);
            node.onlyEventOf(() -> auditor.get("/api/v2/kmip_adapters").status(), "management.adapter.list", 403);
            node.onlyEventOf(() -> nobody.get("/healthz").status(), "management.health.read", 403);
            // the dev PKI's own role certificates keep theirs
            node.onlyEventOf(() -> node.admin.get("/api/v2/kmip_adapters").status(), "management.adapter.list", 200);
        }
    }

    @Test
    void aFingerprintGivenBothRolesIsRefusedAtStart() throws Exception {
        String fingerprint = "ab".repeat(32);
        ServerConfig config = ConfigLoader.load(null, Map.of(), Map.of("data.dir", dir.toString(),
                "management.admin-fingerprints", fingerprint, "management.auditor-fingerprints", fingerprint));
        DevPki pki = DevPki.ensure(dir.resolve("pki"), List.of(), List.of(), Clock.systemUTC());
        assertThatThrownBy(() -> ManagementRoles.of(config.management(), pki))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("both roles");
    }

    @Test
    void theApiCanBeTurnedOff() throws Exception {
        try (ManagementFixture node = ManagementFixture.startWithoutClients(dir, Map.of("management.enabled", "false"))) {
            assertThat(node.runtime.management()).isEmpty();
        }
    }
}

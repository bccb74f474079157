package io.kmipserver.certs;

import static io.kmipserver.certs.TestPki.mode;
import static io.kmipserver.certs.TestPki.newCa;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Pkcs12FilesTest {
    private static final char[] PASSWORD = "changeit-for-tests".toCharArray();

    private final CertificateAuthority ca = newCa(KeySpec.EC_P256);

    @TempDir
    Path dir;

    @Test
    void keyAndChainRoundTripUnderTheirAliasInAFileWithMode0600() throws Exception {
        CertifiedKey server = ca.issueServer(List.of("localhost"), List.of("127.0.0.1"));
        Path file = dir.resolve("server.p12");

        Pkcs12Files.write(file, "server", server, PASSWORD);

        assertThat(mode(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        CertifiedKey byAlias = Pkcs12Files.read(file, "server", PASSWORD);
        CertifiedKey single = Pkcs12Files.read(file, PASSWORD);
        for (CertifiedKey read : List.of(byAlias, single)) {
            assertThat(read.chain()).containsExactlyElementsOf(server.chain());
            assertThat(read.privateKey().getEncoded()).isEqualTo(server.privateKey().getEncoded());
        }
    }

    @Test
    void rsaKeyRoundTrips() throws Exception {
        CertifiedKey client = ca.issueClient("rsa", KeySpec.RSA_2048, ca.defaultLeafValidity());
        Path file = dir.resolve("rsa.p12");

        Pkcs12Files.write(file, "rsa", client, PASSWORD);

        assertThat(Pkcs12Files.read(file, "rsa", PASSWORD).privateKey().getEncoded())
                .isEqualTo(client.privateKey().getEncoded());
    }

    @Test
    void wrongPasswordIsRefusedWithoutEchoingEitherPassword() throws Exception {
        Path file = dir.resolve("client.p12");
        Pkcs12Files.write(file, "client", ca.issueClient("client"), PASSWORD);

        assertThatThrownBy(() -> Pkcs12Files.read(file, "guess".toCharArray()))
                .isInstanceOf(PkiException.class).hasMessageContaining("wrong password")
                .hasMessageNotContaining("guess").hasMessageNotContaining(new String(PASSWORD));
    }

    @Test
    void missingAliasIsReportedByName() throws Exception {
        Path file = dir.resolve("client.p12");
        Pkcs12Files.write(file, "client", ca.issueClient("client"), PASSWORD);

        assertThatThrownBy(() -> Pkcs12Files.read(file, "server", PASSWORD))
                .isInstanceOf(PkiException.class).hasMessageContaining("'server'");
    }

    @Test
    void trustStoreHoldsOnlyTrustedCertificates() throws Exception {
        KeyStore trust = Pkcs12Files.trustStore(List.of(ca.certificate()));

        assertThat(trust.size()).isEqualTo(1);
        assertThat(trust.isCertificateEntry("trusted-0")).isTrue();
        assertThat(trust.getCertificate("trusted-0")).isEqualTo(ca.certificate());
    }
}

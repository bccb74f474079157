package io.kmipserver.certs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.kmipserver.certs.DevPki;
import io.kmipserver.certs.Fingerprints;
import io.kmipserver.certs.KeySpec;
import io.kmipserver.certs.PemFiles;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.pkcs.CertificationRequest;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CertsCommandTest {
    private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = new CommandLine(new CertsCommand(Clock.fixed(NOW, ZoneOffset.UTC)));
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void initCreatesTheDevPkiAndPrintsWhatItWroteWithoutKeyMaterial() throws Exception {
        Path dir = temp.resolve("pki");

        int exit = run("init", "--dir", dir.toString(), "--dns", "kmip.example.org", "--ip", "10.1.2.3");

        assertThat(exit).as(err.toString()).isZero();
        X509Certificate server = PemFiles.readCertificate(dir.resolve("server.pem"));
        assertThat(server.getSubjectAlternativeNames()).contains(List.of(2, "kmip.example.org"), List.of(7, "10.1.2.3"));
        assertThat(out.toString()).contains("wrote " + dir.resolve("ca-key.pem"))
                .contains("wrote " + dir.resolve("audit-signing.pem"))
                .contains(Fingerprints.sha256Colons(server))
                .doesNotContain("PRIVATE KEY-----");
        assertThat(server.getNotBefore().toInstant()).isEqualTo(NOW.minus(Duration.ofMinutes(5)));
    }

    @Test
    void initAgainReportsThatNothingWasCreated() {
        String dir = temp.toString();
        run("init", "--dir", dir);

        int exit = run("init", "--dir", dir);

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("nothing to create");
    }

    @Test
    void initWithAnRsaKeyTypeMakesRsaKeys() throws Exception {
        int exit = run("init", "--dir", temp.toString(), "--key", "rsa-2048");

        assertThat(exit).as(err.toString()).isZero();
        assertThat(PemFiles.readCertificate(temp.resolve("ca.pem")).getPublicKey()).isInstanceOf(RSAPublicKey.class);
    }

    @Test
    void unknownKeyTypeIsAUsageErrorNamingTheValidTypes() {
        int exit = run("init", "--dir", temp.toString(), "--key", "dsa-1024");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("ec-p256, rsa-2048, rsa-3072");
        assertThat(temp.resolve("ca.pem")).doesNotExist();
    }

    @Test
    void clientIssuesNameAndKeyFilesIntoTheOutputDirectory() throws Exception {
        run("init", "--dir", temp.toString());
        Path outDir = temp.resolve("issued");

        int exit = run("client", "backup-agent", "--dir", temp.toString(), "--out-dir", outDir.toString(), "--days", "30");

        assertThat(exit).as(err.toString()).isZero();
        List<X509Certificate> chain = PemFiles.readCertificates(outDir.resolve("backup-agent.pem"));
        assertThat(chain.get(0).getSubjectX500Principal().getName()).isEqualTo("CN=backup-agent");
        assertThat(chain.get(0).getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.2");
        assertThat(chain.get(0).getNotAfter().toInstant()).isEqualTo(NOW.plus(Duration.ofDays(30)));
        assertThat(chain.get(1)).isEqualTo(PemFiles.readCertificate(temp.resolve("ca.pem")));
        assertThat(Files.getPosixFilePermissions(outDir.resolve("backup-agent-key.pem")))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        PemFiles.readCertifiedKey(outDir.resolve("backup-agent.pem"), outDir.resolve("backup-agent-key.pem"));
        assertThat(out.toString()).contains("backup-agent.pem").contains("backup-agent-key.pem")
                .doesNotContain("PRIVATE KEY-----");
    }

    @Test
    void clientRefusesToOverwriteAnExistingName() throws Exception {
        run("init", "--dir", temp.toString());
        run("client", "alice", "--dir", temp.toString());
        byte[] before = Files.readAllBytes(temp.resolve("alice.pem"));

        int exit = run("client", "alice", "--dir", temp.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("already exists");
        assertThat(Files.readAllBytes(temp.resolve("alice.pem"))).isEqualTo(before);
    }

    @Test
    void clientNameThatIsNotASafeFileNameIsAUsageError() {
        run("init", "--dir", temp.toString());

        int exit = run("client", "../escape", "--dir", temp.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(temp.getParent().resolve("escape.pem")).doesNotExist();
    }

    @Test
    void clientWithoutTheCaKeyFailsWithAClearMessage() throws Exception {
        run("init", "--dir", temp.toString());
        Files.delete(temp.resolve("ca-key.pem"));

        int exit = run("client", "alice", "--dir", temp.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("ca-key.pem").contains("absent");
        assertThat(temp.resolve("alice.pem")).doesNotExist();
    }

    @Test
    void signCsrWritesAClientCertificateForTheRequestsKey() throws Exception {
        run("init", "--dir", temp.toString());
        KeyPair keyPair = KeySpec.EC_P256.generateKeyPair();
        Path csrFile = temp.resolve("agent.csr");
        PemFiles.writeCsr(csrFile, csr("CN=agent,O=Example", keyPair));
        Path certificateFile = temp.resolve("agent.pem");

        int exit = run("sign-csr", "--dir", temp.toString(), "--csr", csrFile.toString(),
                "--out", certificateFile.toString(), "--days", "90");

        assertThat(exit).as(err.toString()).isZero();
        X509Certificate certificate = PemFiles.readCertificate(certificateFile);
        assertThat(certificate.getPublicKey()).isEqualTo(keyPair.getPublic());
        assertThat(certificate.getSubjectX500Principal().getName()).isEqualTo("CN=agent,O=Example");
        assertThat(certificate.getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.2");
        assertThat(certificate.getNotAfter().toInstant()).isEqualTo(NOW.plus(Duration.ofDays(90)));
        assertThat(out.toString()).contains(Fingerprints.sha256Colons(certificate));
    }

    @Test
    void signCsrRefusesATamperedRequestAndWritesNothing() throws Exception {
        run("init", "--dir", temp.toString());
        CertificationRequest genuine = csr("CN=agent", KeySpec.EC_P256.generateKeyPair()).toASN1Structure();
        byte[] signature = genuine.getSignature().getOctets();
        signature[signature.length / 2] ^= 0x40;
        Path csrFile = temp.resolve("tampered.csr");
        PemFiles.writeCsr(csrFile, new PKCS10CertificationRequest(new CertificationRequest(
                genuine.getCertificationRequestInfo(), genuine.getSignatureAlgorithm(), new DERBitString(signature))));

        int exit = run("sign-csr", "--dir", temp.toString(), "--csr", csrFile.toString(),
                "--out", temp.resolve("agent.pem").toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("CSR refused");
        assertThat(temp.resolve("agent.pem")).doesNotExist();
    }

    @Test
    void nonPositiveDaysIsAUsageError() throws Exception {
        run("init", "--dir", temp.toString());

        assertThat(run("client", "alice", "--dir", temp.toString(), "--days", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("--days must be positive");
    }

    @Test
    void certsWithoutASubcommandIsAUsageErrorListingThem() {
        int exit = run();

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("init").contains("client").contains("sign-csr");
    }

    @Test
    void mountsUnderAParentCommandAsTheServerWillMountIt() {
        @CommandLine.Command(name = "kmip-server")
        class Main implements Runnable {
            @Override
            public void run() {}
        }
        CommandLine main = new CommandLine(new Main()).addSubcommand(new CertsCommand(Clock.fixed(NOW, ZoneOffset.UTC)));
        main.setOut(new PrintWriter(out, true));

        int exit = main.execute("certs", "init", "--dir", temp.toString());

        assertThat(exit).isZero();
        assertThat(temp.resolve(DevPki.Role.SERVER.certificateFileName())).exists();
    }

    private static PKCS10CertificationRequest csr(String subject, KeyPair keyPair) throws Exception {
        return new JcaPKCS10CertificationRequestBuilder(new X500Principal(subject), keyPair.getPublic())
                .build(new JcaContentSignerBuilder("SHA256withECDSA").build(keyPair.getPrivate()));
    }
}

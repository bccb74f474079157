package io.kmipserver.certs;

import static io.kmipserver.certs.TestPki.csr;
import static io.kmipserver.certs.TestPki.mode;
import static io.kmipserver.certs.TestPki.newCa;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.util.List;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8EncryptorBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.util.io.pem.PemObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PemFilesTest {
    private final CertificateAuthority ca = newCa(KeySpec.EC_P256);

    @TempDir
    Path dir;

    @Test
    void certificateChainRoundTripsThroughOneFileInOrder() throws Exception {
        CertifiedKey server = ca.issueServer(List.of("localhost"), List.of("127.0.0.1"));
        Path file = dir.resolve("server.pem");

        PemFiles.writeCertificates(file, server.chain());

        assertThat(Files.readString(file)).startsWith("-----BEGIN CERTIFICATE-----");
        assertThat(PemFiles.readCertificates(file)).containsExactlyElementsOf(server.chain());
        assertThat(PemFiles.readCertificate(file)).isEqualTo(server.certificate());
    }

    @Test
    void privateKeyIsWrittenAsUnencryptedPkcs8CreatedWithMode0600() throws Exception {
        for (KeySpec spec : List.of(KeySpec.EC_P256, KeySpec.RSA_2048)) {
            PrivateKey key = spec.generateKeyPair().getPrivate();
            Path file = dir.resolve(spec.cliName() + "-key.pem");

            PemFiles.writePrivateKey(file, key);

            assertThat(Files.readString(file)).startsWith("-----BEGIN PRIVATE KEY-----\n")
                    .endsWith("-----END PRIVATE KEY-----\n");
            assertThat(mode(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
            assertThat(PemFiles.readPrivateKey(file).getEncoded()).isEqualTo(key.getEncoded());
        }
        assertThat(Files.list(dir).map(p -> p.getFileName().toString()))
                .as("no temporary file is left behind").containsExactlyInAnyOrder("ec-p256-key.pem", "rsa-2048-key.pem");
    }

    @Test
    void traditionalEcPrivateKeyWithItsParametersBlockIsRead() throws Exception {
        KeyPair keyPair = KeySpec.EC_P256.generateKeyPair();
        // As `openssl ecparam -name prime256v1 -genkey` writes it: an EC PARAMETERS block naming the
        // curve, then the RFC 5915 ECPrivateKey with the curve and the public key inside.
        org.bouncycastle.asn1.sec.ECPrivateKey traditional = new org.bouncycastle.asn1.sec.ECPrivateKey(256,
                ((ECPrivateKey) keyPair.getPrivate()).getS(),
                new DERBitString(SubjectPublicKeyInfo.getInstance(keyPair.getPublic().getEncoded()).getPublicKeyData().getBytes()),
                SECObjectIdentifiers.secp256r1);
        String pem = pem(new PemObject("EC PARAMETERS", SECObjectIdentifiers.secp256r1.getEncoded()))
                + pem(new PemObject("EC PRIVATE KEY", traditional.getEncoded()));
        Path file = dir.resolve("openssl-ec.pem");
        Files.writeString(file, pem);

        PrivateKey read = PemFiles.readPrivateKey(file);

        assertThat(((ECPrivateKey) read).getS()).isEqualTo(((ECPrivateKey) keyPair.getPrivate()).getS());
        assertThat(Keys.matches(read, keyPair.getPublic())).isTrue();
    }

    @Test
    void traditionalRsaPrivateKeyIsRead() throws Exception {
        KeyPair keyPair = KeySpec.RSA_2048.generateKeyPair();
        String pem = pem(keyPair.getPrivate());
        assertThat(pem).startsWith("-----BEGIN RSA PRIVATE KEY-----");

        PrivateKey read = PemFiles.privateKeyFromPem(pem);

        assertThat(((RSAPrivateCrtKey) read).getPrivateExponent())
                .isEqualTo(((RSAPrivateCrtKey) keyPair.getPrivate()).getPrivateExponent());
    }

    @Test
    void encryptedPrivateKeyIsRefusedWithAClearMessage() throws Exception {
        PrivateKey key = KeySpec.EC_P256.generateKeyPair().getPrivate();
        char[] password = "correct horse".toCharArray();
        String pem = pem(new JcaPKCS8Generator(key, new JceOpenSSLPKCS8EncryptorBuilder(
                JcaPKCS8Generator.AES_256_CBC).setProvider(new BouncyCastleProvider()).setPassword(password).build())
                .generate());
        assertThat(pem).contains("ENCRYPTED PRIVATE KEY");

        assertThatThrownBy(() -> PemFiles.privateKeyFromPem(pem))
                .isInstanceOf(PemFormatException.class).hasMessageContaining("encrypted private key");
    }

    @Test
    void existingFileIsNeverOverwritten() throws Exception {
        Path file = dir.resolve("ca.pem");
        Files.writeString(file, "operator's own file\n");

        assertThatThrownBy(() -> PemFiles.writeCertificates(file, List.of(ca.certificate())))
                .isInstanceOf(FileAlreadyExistsException.class);
        assertThatThrownBy(() -> PemFiles.writePrivateKey(file, ca.certifiedKey().privateKey()))
                .isInstanceOf(FileAlreadyExistsException.class);
        assertThat(Files.readString(file)).isEqualTo("operator's own file\n");
    }

    @Test
    void certificateFileThatAlsoHoldsAPrivateKeyIsRefused() {
        CertifiedKey client = ca.issueClient("alice");
        String combined = PemFiles.certificatesToPem(client.chain()) + PemFiles.privateKeyToPem(client.privateKey());

        assertThatThrownBy(() -> PemFiles.certificatesFromPem(combined))
                .isInstanceOf(PemFormatException.class).hasMessageContaining("holds a private key");
    }

    @Test
    void textWithoutPemIsRefusedWithoutQuotingIt() {
        assertThatThrownBy(() -> PemFiles.certificatesFromPem("s3cret-but-not-pem"))
                .isInstanceOf(PemFormatException.class).hasMessageContaining("no PEM certificate")
                .hasMessageNotContaining("s3cret");
        assertThatThrownBy(() -> PemFiles.privateKeyFromPem(
                "-----BEGIN PRIVATE KEY-----\nAAAA!!!!\n-----END PRIVATE KEY-----\n"))
                .isInstanceOf(PemFormatException.class).hasMessageNotContaining("AAAA");
    }

    @Test
    void certificationRequestRoundTripsThroughAFile() throws Exception {
        PKCS10CertificationRequest request = csr("CN=agent", KeySpec.EC_P256.generateKeyPair());
        Path file = dir.resolve("agent.csr");

        PemFiles.writeCsr(file, request);

        assertThat(Files.readString(file, StandardCharsets.US_ASCII)).startsWith("-----BEGIN CERTIFICATE REQUEST-----");
        assertThat(PemFiles.readCsr(file)).isEqualTo(request);
    }

    @Test
    void certifiedKeyRoundTripsAndAMismatchedPairIsRefused() throws Exception {
        CertifiedKey alice = ca.issueClient("alice");
        CertifiedKey bob = ca.issueClient("bob");
        PemFiles.writeCertifiedKey(dir.resolve("alice.pem"), dir.resolve("alice-key.pem"), alice);

        CertifiedKey read = PemFiles.readCertifiedKey(dir.resolve("alice.pem"), dir.resolve("alice-key.pem"));

        assertThat(read.chain()).isEqualTo(alice.chain());
        assertThat(read.privateKey().getEncoded()).isEqualTo(alice.privateKey().getEncoded());
        PemFiles.writePrivateKey(dir.resolve("bob-key.pem"), bob.privateKey());
        assertThatThrownBy(() -> PemFiles.readCertifiedKey(dir.resolve("alice.pem"), dir.resolve("bob-key.pem")))
                .isInstanceOf(PkiException.class).hasMessageContaining("does not belong");
    }

    @Test
    void privateDirectoryIsCreatedWithMode0700() throws Exception {
        Path created = dir.resolve("a/b");

        PemFiles.createPrivateDirectories(created);

        assertThat(mode(created)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
    }

    private static String pem(Object object) throws Exception {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            writer.writeObject(object);
        }
        return text.toString();
    }
}

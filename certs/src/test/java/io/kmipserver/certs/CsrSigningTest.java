package io.kmipserver.certs;

import static io.kmipserver.certs.TestPki.NOW;
import static io.kmipserver.certs.TestPki.csr;
import static io.kmipserver.certs.TestPki.csrBuilder;
import static io.kmipserver.certs.TestPki.days;
import static io.kmipserver.certs.TestPki.newCa;
import static io.kmipserver.certs.TestPki.signer;
import static io.kmipserver.certs.TestPki.validate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.util.List;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.pkcs.CertificationRequest;
import org.bouncycastle.asn1.pkcs.CertificationRequestInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.junit.jupiter.api.Test;

class CsrSigningTest {
    private static final String CLIENT_AUTH = "1.3.6.1.5.5.7.3.2";

    private final CertificateAuthority ca = newCa(KeySpec.EC_P256);

    @Test
    void validRequestBecomesAClientCertificateForItsSubjectAndKey() throws Exception {
        KeyPair keyPair = KeySpec.EC_P256.generateKeyPair();
        PKCS10CertificationRequest request = csr("CN=backup-agent,O=Example", keyPair);

        X509Certificate certificate = ca.signClientCsr(PemFiles.csrFromPem(PemFiles.csrToPem(request)), days(365));

        assertThat(certificate.getSubjectX500Principal().getName()).isEqualTo("CN=backup-agent,O=Example");
        assertThat(certificate.getPublicKey()).isEqualTo(keyPair.getPublic());
        assertThat(certificate.getExtendedKeyUsage()).containsExactly(CLIENT_AUTH);
        assertThat(certificate.getBasicConstraints()).isEqualTo(-1);
        validate(List.of(certificate), ca.certificate(), NOW);
    }

    @Test
    void rsaRequestIsSignedByAnEcCa() throws Exception {
        KeyPair keyPair = KeySpec.RSA_2048.generateKeyPair();

        X509Certificate certificate = ca.signClientCsr(csr("CN=rsa-agent", keyPair), days(365));

        assertThat(certificate.getPublicKey()).isEqualTo(keyPair.getPublic());
        assertThat(certificate.getSigAlgName()).isEqualTo("SHA256withECDSA");
    }

    @Test
    void requestWhoseSubjectWasAlteredAfterSigningIsRefused() throws Exception {
        PKCS10CertificationRequest genuine = csr("CN=guest", KeySpec.EC_P256.generateKeyPair());
        CertificationRequest structure = genuine.toASN1Structure();
        CertificationRequestInfo info = structure.getCertificationRequestInfo();
        CertificationRequestInfo altered = new CertificationRequestInfo(
                new X500Name("CN=admin"), info.getSubjectPublicKeyInfo(), info.getAttributes());
        PKCS10CertificationRequest tampered = new PKCS10CertificationRequest(new CertificationRequest(
                altered, structure.getSignatureAlgorithm(), structure.getSignature()));

        assertThatThrownBy(() -> ca.signClientCsr(tampered, days(365)))
                .isInstanceOf(InvalidCsrException.class).hasMessageContaining("signature does not verify");
    }

    @Test
    void requestWithAFlippedSignatureBitIsRefused() throws Exception {
        CertificationRequest structure = csr("CN=guest", KeySpec.EC_P256.generateKeyPair()).toASN1Structure();
        byte[] signature = structure.getSignature().getOctets();
        signature[signature.length - 1] ^= 0x01;
        PKCS10CertificationRequest tampered = new PKCS10CertificationRequest(new CertificationRequest(
                structure.getCertificationRequestInfo(), structure.getSignatureAlgorithm(), new DERBitString(signature)));

        assertThatThrownBy(() -> ca.signClientCsr(tampered, days(365))).isInstanceOf(InvalidCsrException.class);
    }

    @Test
    void extensionsTheRequestAsksForAreNotGranted() throws Exception {
        KeyPair keyPair = KeySpec.EC_P256.generateKeyPair();
        Extensions wanted = new Extensions(new Extension[] {
            new Extension(Extension.basicConstraints, true, new BasicConstraints(true).getEncoded()),
            new Extension(Extension.extendedKeyUsage, false,
                    new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth).getEncoded()),
        });
        PKCS10CertificationRequest request = csrBuilder("CN=ambitious", keyPair)
                .addAttribute(PKCSObjectIdentifiers.pkcs_9_at_extensionRequest, wanted)
                .build(signer(keyPair));

        X509Certificate certificate = ca.signClientCsr(request, days(365));

        assertThat(certificate.getBasicConstraints()).isEqualTo(-1);
        assertThat(certificate.getExtendedKeyUsage()).containsExactly(CLIENT_AUTH);
    }

    @Test
    void requestForAWeakRsaKeyIsRefused() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(1024);

        PKCS10CertificationRequest request = csr("CN=weak", generator.generateKeyPair());

        assertThatThrownBy(() -> ca.signClientCsr(request, days(365)))
                .isInstanceOf(InvalidCsrException.class).hasMessageContaining("1024");
    }

    @Test
    void requestWithAnEmptySubjectIsRefused() throws Exception {
        KeyPair keyPair = KeySpec.EC_P256.generateKeyPair();
        PKCS10CertificationRequest request = csrBuilder("", keyPair).build(signer(keyPair));

        assertThatThrownBy(() -> ca.signClientCsr(request, days(365)))
                .isInstanceOf(InvalidCsrException.class).hasMessageContaining("subject is empty");
    }
}

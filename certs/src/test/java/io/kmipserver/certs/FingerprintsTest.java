package io.kmipserver.certs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import org.junit.jupiter.api.Test;

class FingerprintsTest {
    // Computed independently of this code when the fixture was made:
    //   openssl x509 -in fingerprint-fixture.pem -outform DER | sha256sum
    //   openssl x509 -in fingerprint-fixture.pem -noout -fingerprint -sha256
    private static final String FIXTURE_SHA256 = "c42d18c513ef366a18d7532eee206b24b029d9256a00e30dc5a32088864b545a";
    private static final String OPENSSL_LINE = "sha256 Fingerprint=C4:2D:18:C5:13:EF:36:6A:18:D7:53:2E:EE:20:6B:24:"
            + "B0:29:D9:25:6A:00:E3:0D:C5:A3:20:88:86:4B:54:5A";

    private final X509Certificate fixture = fixture();

    @Test
    void sha256HexIsTheLowercaseDigestOfTheDerEncoding() {
        assertThat(Fingerprints.sha256Hex(fixture)).isEqualTo(FIXTURE_SHA256);
    }

    @Test
    void colonFormIsWhatOpensslPrints() {
        assertThat("sha256 Fingerprint=" + Fingerprints.sha256Colons(fixture)).isEqualTo(OPENSSL_LINE);
    }

    @Test
    void normalizeAcceptsEverySpellingOfTheSameFingerprint() {
        assertThat(Fingerprints.normalize(OPENSSL_LINE)).isEqualTo(FIXTURE_SHA256);
        assertThat(Fingerprints.normalize(Fingerprints.sha256Colons(fixture))).isEqualTo(FIXTURE_SHA256);
        assertThat(Fingerprints.normalize(" " + FIXTURE_SHA256.toUpperCase() + " ")).isEqualTo(FIXTURE_SHA256);
    }

    @Test
    void normalizeRefusesWhatIsNotASha256Fingerprint() {
        assertThatThrownBy(() -> Fingerprints.normalize(FIXTURE_SHA256.substring(2)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Fingerprints.normalize(FIXTURE_SHA256.replace('c', 'g')))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static X509Certificate fixture() {
        try (InputStream in = FingerprintsTest.class.getResourceAsStream("fingerprint-fixture.pem")) {
            return PemFiles.certificatesFromPem(new String(in.readAllBytes(), StandardCharsets.US_ASCII)).get(0);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}

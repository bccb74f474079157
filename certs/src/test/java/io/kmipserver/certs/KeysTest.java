package io.kmipserver.certs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import org.junit.jupiter.api.Test;

class KeysTest {

    @Test
    void everyKeySpecGeneratesItsAlgorithmAndSize() {
        assertThat(((ECPublicKey) KeySpec.EC_P256.generateKeyPair().getPublic()).getParams().getOrder().bitLength())
                .isEqualTo(256);
        assertThat(((RSAPublicKey) KeySpec.RSA_2048.generateKeyPair().getPublic()).getModulus().bitLength())
                .isEqualTo(2048);
        assertThat(KeySpec.defaultSpec()).isEqualTo(KeySpec.EC_P256);
    }

    @Test
    void cliNamesRoundTripAndUnknownNamesListTheValidOnes() {
        for (KeySpec spec : KeySpec.values()) {
            assertThat(KeySpec.fromCliName(spec.cliName().toUpperCase())).isEqualTo(spec);
        }
        assertThatThrownBy(() -> KeySpec.fromCliName("dsa-1024"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ec-p256, rsa-2048, rsa-3072");
    }

    @Test
    void publicKeyDerivedFromAPrivateKeyIsItsPublicHalf() {
        for (KeySpec spec : new KeySpec[] {KeySpec.EC_P256, KeySpec.RSA_2048}) {
            KeyPair keyPair = spec.generateKeyPair();

            assertThat(Keys.publicKeyOf(keyPair.getPrivate())).isEqualTo(keyPair.getPublic());
        }
    }

    @Test
    void keysOfDifferentPairsDoNotMatch() {
        KeyPair one = KeySpec.EC_P256.generateKeyPair();
        KeyPair other = KeySpec.EC_P256.generateKeyPair();
        KeyPair rsa = KeySpec.RSA_2048.generateKeyPair();

        assertThat(Keys.matches(one.getPrivate(), one.getPublic())).isTrue();
        assertThat(Keys.matches(one.getPrivate(), other.getPublic())).isFalse();
        assertThat(Keys.matches(one.getPrivate(), rsa.getPublic())).isFalse();
    }
}

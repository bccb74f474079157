package io.kmipserver.server.keys;

import static io.kmipserver.server.testing.SoftHsmToken.AUX_LABEL;
import static io.kmipserver.server.testing.SoftHsmToken.LABEL;
import static io.kmipserver.server.testing.SoftHsmToken.USER_PIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kmipserver.server.keys.KeyProtectionException.Reason;
import io.kmipserver.server.protocol.MutableClock;
import io.kmipserver.server.testing.SoftHsmToken;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.InvalidKeyException;
import java.security.Key;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.Provider;
import java.security.ProviderException;
import java.security.Security;
import java.security.spec.InvalidKeySpecException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PKCS#11 protector on a real SoftHSM2 token: the {@link KeyProtectorContractTest}, and what only
 * a token can show — the root key never leaves it, a token that loses its login or goes away gives
 * UNAVAILABLE and is used again once back, PIN handling, slot selection, two nodes on one token.
 * Tests that log the process out or try wrong PINs use the second token, {@code kmip-aux}.
 */
@ExtendWith(SoftHsmToken.class)
class Pkcs11KeyProtectorTest extends KeyProtectorContractTest {

    @TempDir
    Path dir;

    @Override
    protected KeyProtector open() {
        return Pkcs11KeyProtector.open(SoftHsmToken.settings(LABEL), SoftHsmToken.pin());
    }

    @Override
    protected String otherScheme() {
        return SoftwareKeyProtector.SCHEME;
    }

    @Test
    void rootKeyStaysInTheTokenAsASensitiveNonExtractableObjectWhoseValueTheTokenRefusesToGive() throws Exception {
        String a = adapter("a");
        try (KeyProtector p = open()) {
            p.createRootKey(a);
        }
        Provider fixture = SoftHsmToken.provider(LABEL);
        Key root = SoftHsmToken.keyStore(LABEL).getKey(Pkcs11KeyProtector.rootKeyLabel(a, 1), null);

        assertThat(root).as("found by its label").isInstanceOf(SecretKey.class);
        assertThat(root.getAlgorithm()).isEqualTo("AES");
        assertThat(root.toString()).as("attributes as the token reports them")
                .contains("token object").contains("sensitive, unextractable").doesNotContain("not sensitive");
        assertThat(root.getEncoded()).as("no value").isNull();
        assertThat(root.getFormat()).isNull();
        assertThatThrownBy(() -> SecretKeyFactory.getInstance("AES", fixture).getKeySpec((SecretKey) root,
                SecretKeySpec.class)).isInstanceOf(InvalidKeySpecException.class);

        // Ask the token itself (C_WrapKey) to export the root key under a key pair of our own.
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA", fixture);
        generator.initialize(2048);
        KeyPair exporter = generator.generateKeyPair();
        Cipher wrap = Cipher.getInstance("RSA/ECB/PKCS1Padding", fixture);
        wrap.init(Cipher.WRAP_MODE, exporter.getPublic());
        assertThatThrownBy(() -> wrap.wrap(root))
                .isInstanceOf(InvalidKeyException.class)
                .hasRootCauseMessage("CKR_KEY_UNEXTRACTABLE");
    }

    @Test
    void rootKeyVersionsAreTokenObjectsLabelledByAdapterAndVersion() throws Exception {
        String a = adapter("a");
        try (KeyProtector p = open()) {
            p.createRootKey(a);
            p.rotateRootKey(a);
        }
        KeyStore token = SoftHsmToken.keyStore(LABEL);
        assertThat(token.containsAlias("kmip-root-" + a + "-v1")).isTrue();
        assertThat(token.containsAlias("kmip-root-" + a + "-v2")).isTrue();
        assertThat(token.containsAlias("kmip-root-" + a + "-v3")).isFalse();
    }

    @Test
    void aRootKeyTheTokenWouldLetOutIsRefused() throws Exception {
        String a = adapter("leaky");
        Provider permissive = Security.getProvider("SunPKCS11").configure("--name = permissive\nlibrary = "
                + SoftHsmToken.LIBRARY + "\nslot = " + SoftHsmToken.slotId(LABEL) + "\n"
                + "attributes(generate, CKO_SECRET_KEY, CKK_AES) = {\n  CKA_SENSITIVE = false\n  CKA_EXTRACTABLE = true\n}\n");
        KeyStore token = KeyStore.getInstance("PKCS11", permissive);
        token.load(null, USER_PIN.toCharArray());
        KeyGenerator generator = KeyGenerator.getInstance("AES", permissive);
        generator.init(256);
        token.setEntry(Pkcs11KeyProtector.rootKeyLabel(a, 1), new KeyStore.SecretKeyEntry(generator.generateKey()), null);

        try (KeyProtector p = open()) {
            assertThatThrownBy(() -> p.protect(a, "u", new byte[16]))
                    .isInstanceOfSatisfying(KeyProtectionException.class, reason(Reason.INTEGRITY))
                    .hasMessageContaining("extractable");
        }
    }

    @Test
    void tokenThatLostItsLoginFailsAsUnavailableAndServesAgainOnTheNextCall() throws Exception {
        String a = adapter("a");
        try (Pkcs11KeyProtector p = Pkcs11KeyProtector.open(SoftHsmToken.settings(AUX_LABEL), SoftHsmToken.pin())) {
            p.createRootKey(a);
            byte[] key = p.generateKeyMaterial(256);
            ProtectedMaterial sealed = p.protect(a, "u", key);

            SoftHsmToken.logOutEverywhere(AUX_LABEL);

            assertThatThrownBy(() -> p.unprotect(a, "u", sealed))
                    .isInstanceOfSatisfying(KeyProtectionException.class, reason(Reason.UNAVAILABLE))
                    .hasMessageContaining("kmip-aux")
                    .hasMessageContaining("CKR_")
                    .hasMessageNotContaining(USER_PIN);
            assertThat(p.unprotect(a, "u", sealed)).as("reconnected and logged in again").isEqualTo(key);
            assertThat(p.protect(a, "u2", key).rootKeyVersion()).isEqualTo(1);
            assertThat(p.health().healthy()).isTrue();
        }
    }

    @Test
    void tokenThatIsGoneStaysUnavailableUntilItIsBackAndThenGivesTheSameMaterial() throws Exception {
        String a = adapter("a");
        AtomicBoolean present = new AtomicBoolean(true);
        Pkcs11Settings settings = SoftHsmToken.settings(AUX_LABEL);
        Pkcs11Pin pin = SoftHsmToken.pin();
        try (Pkcs11KeyProtector p = new Pkcs11KeyProtector(settings, pin, () -> {
            if (!present.get()) {
                throw new ProviderException("Token has been removed");
            }
            return Pkcs11Connection.open(settings, pin);
        })) {
            p.createRootKey(a);
            byte[] key = p.generateKeyMaterial(256);
            ProtectedMaterial sealed = p.protect(a, "u", key);

            present.set(false);
            SoftHsmToken.logOutEverywhere(AUX_LABEL);

            assertFails(() -> p.unprotect(a, "u", sealed), Reason.UNAVAILABLE);
            assertFails(() -> p.unprotect(a, "u", sealed), Reason.UNAVAILABLE);
            assertFails(() -> p.generateKeyMaterial(128), Reason.UNAVAILABLE);
            ProtectorHealth down = p.health();
            assertThat(down.healthy()).isFalse();
            assertThat(down.description()).contains("Token has been removed");

            present.set(true);

            assertThat(p.health().healthy()).isTrue();
            assertThat(p.unprotect(a, "u", sealed)).isEqualTo(key);
        }
    }

    @Test
    void aFailedReconnectIsNotRetriedUntilTheBackoffHasPassed() {
        MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
        Pkcs11Settings settings = SoftHsmToken.settings(LABEL).withReconnectBackoff(Duration.ofSeconds(10)).withClock(clock);
        Pkcs11Pin pin = SoftHsmToken.pin();
        AtomicBoolean present = new AtomicBoolean(false);
        AtomicInteger attempts = new AtomicInteger();
        try (Pkcs11KeyProtector p = new Pkcs11KeyProtector(settings, pin, () -> {
            attempts.incrementAndGet();
            if (!present.get()) {
                throw new ProviderException("Token has been removed");
            }
            return Pkcs11Connection.open(settings, pin);
        })) {
            assertFails(() -> p.generateKeyMaterial(128), Reason.UNAVAILABLE);
            assertFails(() -> p.generateKeyMaterial(128), Reason.UNAVAILABLE);
            assertThat(attempts).as("second call failed without trying").hasValue(1);

            present.set(true);
            clock.advance(Duration.ofSeconds(9));
            assertFails(() -> p.generateKeyMaterial(128), Reason.UNAVAILABLE);
            assertThat(attempts).hasValue(1);

            clock.advance(Duration.ofSeconds(1));
            assertThat(p.generateKeyMaterial(128)).hasSize(16);
            assertThat(attempts).hasValue(2);
        }
    }

    @Test
    void wrongPinIsRefusedWithAMessageThatNamesItsSourceButNotThePin() throws Exception {
        SoftHsmToken.logOutEverywhere(AUX_LABEL);
        String wrong = "not-the-pin-0000";
        Pkcs11Pin pin = Pkcs11Pin.fromEnvironment(Map.of(Pkcs11Pin.ENVIRONMENT_VARIABLE, wrong));

        assertThatThrownBy(() -> Pkcs11KeyProtector.open(SoftHsmToken.settings(AUX_LABEL), pin))
                .isInstanceOfSatisfying(KeyProtectionException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.UNAVAILABLE);
                    assertThat(e.getMessage()).contains("kmip-aux", "PIN", "refused", Pkcs11Pin.ENVIRONMENT_VARIABLE);
                    for (Throwable t = e; t != null; t = t.getCause()) {
                        assertThat(String.valueOf(t.getMessage())).doesNotContain(wrong).doesNotContain(USER_PIN);
                    }
                });
    }

    @Test
    void pinFromAFileLogsIn() throws Exception {
        SoftHsmToken.logOutEverywhere(AUX_LABEL);
        Path pinFile = dir.resolve("pin");
        Files.createFile(pinFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(pinFile, USER_PIN + "\n");

        try (Pkcs11KeyProtector p = Pkcs11KeyProtector.open(SoftHsmToken.settings(AUX_LABEL), Pkcs11Pin.fromFile(pinFile))) {
            String a = adapter("a");
            p.createRootKey(a);
            assertThat(p.hasRootKey(a)).isTrue();
        }
    }

    @Test
    void pinFromTheEnvironmentLogsIn() throws Exception {
        SoftHsmToken.logOutEverywhere(AUX_LABEL);
        Pkcs11Pin pin = Pkcs11Pin.resolve(null, Map.of(Pkcs11Pin.ENVIRONMENT_VARIABLE, USER_PIN));

        try (Pkcs11KeyProtector p = Pkcs11KeyProtector.open(SoftHsmToken.settings(AUX_LABEL), pin)) {
            String a = adapter("a");
            p.createRootKey(a);
            assertThat(p.hasRootKey(a)).isTrue();
        }
    }

    @Test
    void tokenChosenBySlotIndexIsTheTokenWithThatLabel() {
        List<Pkcs11Tokens.TokenInfo> tokens = Pkcs11Tokens.list(SoftHsmToken.LIBRARY);
        Pkcs11Tokens.TokenInfo test = tokens.stream().filter(t -> t.label().equals(LABEL)).findFirst().orElseThrow();
        assertThat(test.slotId()).as("the slot softhsm2-util reports").isEqualTo(SoftHsmToken.slotId(LABEL));
        assertThat(test.manufacturer()).isEqualTo("SoftHSM project");

        String a = adapter("a");
        try (KeyProtector byLabel = open()) {
            byLabel.createRootKey(a);
        }
        Pkcs11Settings byIndex = Pkcs11Settings.slotIndex(SoftHsmToken.LIBRARY, test.slotIndex());
        try (KeyProtector p = Pkcs11KeyProtector.open(byIndex, SoftHsmToken.pin())) {
            assertThat(p.hasRootKey(a)).isTrue();
        }
    }

    @Test
    void unknownLabelMissingModuleAndSlotIndexOutOfRangeFailWithClearMessages() {
        assertThatThrownBy(() -> Pkcs11KeyProtector.open(SoftHsmToken.settings(LABEL).withTokenLabel("no-such-token"),
                SoftHsmToken.pin()))
                .isInstanceOfSatisfying(KeyProtectionException.class, reason(Reason.UNAVAILABLE))
                .hasMessageContaining("'no-such-token'")
                .hasMessageContaining("'" + LABEL + "'");
        assertThatThrownBy(() -> Pkcs11KeyProtector.open(Pkcs11Settings.slotIndex(SoftHsmToken.LIBRARY, 99),
                SoftHsmToken.pin()))
                .isInstanceOfSatisfying(KeyProtectionException.class, reason(Reason.UNAVAILABLE))
                .hasMessageContaining("slotListIndex is 99");
        assertThatThrownBy(() -> Pkcs11KeyProtector.open(Pkcs11Settings.slotIndex(dir.resolve("libnothing.so"), 0),
                SoftHsmToken.pin()))
                .isInstanceOfSatisfying(KeyProtectionException.class, reason(Reason.UNAVAILABLE))
                .hasMessageContaining("libnothing.so does not exist");
    }

    @Test
    void twoNodesOnOneTokenSeeEachOthersRootKeysAndRotations() {
        String a = adapter("shared");
        MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
        try (KeyProtector nodeB = Pkcs11KeyProtector.open(SoftHsmToken.settings(LABEL).withClock(clock), SoftHsmToken.pin());
                KeyProtector nodeA = open()) {
            assertThat(nodeB.hasRootKey(a)).isFalse();
            nodeA.createRootKey(a);
            assertThat(nodeB.hasRootKey(a)).as("B finds a root key A created after B started").isTrue();

            byte[] key = nodeA.generateKeyMaterial(256);
            assertThat(nodeB.unprotect(a, "u", nodeA.protect(a, "u", key))).isEqualTo(key);

            nodeA.rotateRootKey(a);
            assertThat(nodeB.currentRootKeyVersion(a)).as("B trusts its list until the refresh").isEqualTo(1);
            clock.advance(Duration.ofSeconds(31));
            assertThat(nodeB.currentRootKeyVersion(a)).as("B protects under the new version after it").isEqualTo(2);
            assertThat(nodeA.unprotect(a, "u", nodeB.protect(a, "u", key))).isEqualTo(key);

            nodeA.rotateRootKey(a);
            ProtectedMaterial underV3 = nodeA.protect(a, "u", key);
            assertThat(nodeB.unprotect(a, "u", underV3)).as("B looks up a version it has not seen at once").isEqualTo(key);
        }
    }

    @Test
    void fewerSessionsThanThreadsStillServesEveryCall() throws Exception {
        String a = adapter("a");
        try (Pkcs11KeyProtector p = Pkcs11KeyProtector.open(SoftHsmToken.settings(LABEL).withSessions(2), SoftHsmToken.pin())) {
            p.createRootKey(a);
            List<Thread> threads = new java.util.ArrayList<>();
            AtomicInteger verified = new AtomicInteger();
            for (int t = 0; t < 6; t++) {
                String uid = "u" + t;
                threads.add(new Thread(() -> {
                    for (int i = 0; i < 20; i++) {
                        byte[] key = p.generateKeyMaterial(128);
                        if (java.util.Arrays.equals(p.unprotect(a, uid, p.protect(a, uid, key)), key)) {
                            verified.incrementAndGet();
                        }
                    }
                }));
            }
            threads.forEach(Thread::start);
            for (Thread t : threads) {
                t.join(60_000);
            }
            assertThat(verified).hasValue(120);
            assertThat(p.health().description()).contains("2 of 2 sessions free");
        }
    }
}

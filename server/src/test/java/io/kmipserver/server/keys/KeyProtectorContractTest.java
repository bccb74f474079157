package io.kmipserver.server.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kmipserver.server.keys.KeyProtectionException.Reason;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * What every {@link KeyProtector} must do, run against each implementation by a subclass: the same
 * assertions for the software protector and for the PKCS#11 protector on a real token.
 *
 * <p>Adapter ids carry a per-test prefix ({@link #adapter}) because a token outlives a test.
 */
abstract class KeyProtectorContractTest {

    private final String prefix = "t" + UUID.randomUUID().toString().substring(0, 8);

    /** A new protector on the same persistent state as the previous one of this test (a restart). */
    protected abstract KeyProtector open();

    /** The scheme of a protector other than this one. */
    protected abstract String otherScheme();

    /** An adapter id unique to this test. */
    protected String adapter(String name) {
        return prefix + "-" + name;
    }

    static Consumer<KeyProtectionException> reason(Reason expected) {
        return e -> assertThat(e.reason()).isEqualTo(expected);
    }

    static void assertFails(ThrowingCallable call, Reason expected) {
        assertThatThrownBy(call).isInstanceOfSatisfying(KeyProtectionException.class, reason(expected));
    }

    @Test
    void materialRoundTripsForItsOwnAdapterAndObject() {
        String a = adapter("a");
        try (KeyProtector p = open()) {
            p.createRootKey(a);
            byte[] key = p.generateKeyMaterial(256);
            byte[] original = key.clone();
            ProtectedMaterial sealed = p.protect(a, "uid-1", key);

            ProtectedMaterial stored = ProtectedMaterial.fromBytes(sealed.toBytes());

            assertThat(stored).isEqualTo(sealed);
            assertThat(stored.scheme()).isEqualTo(p.scheme());
            assertThat(stored.rootKeyVersion()).isEqualTo(1);
            assertThat(stored.iv()).hasSize(12);
            assertThat(stored.ciphertext()).hasSize(32 + 16);
            assertThat(p.unprotect(a, "uid-1", stored)).isEqualTo(original);
            assertThat(key).as("protect does not consume the caller's array").isEqualTo(original);
        }
    }

    @Test
    void ciphertextDoesNotContainThePlaintext() {
        String a = adapter("a");
        try (KeyProtector p = open()) {
            p.createRootKey(a);
            byte[] key = p.generateKeyMaterial(128);
            String blobHex = HexFormat.of().formatHex(p.protect(a, "u", key).toBytes());
            assertThat(blobHex).doesNotContain(HexFormat.of().formatHex(key));
        }
    }

    @Test
    void everyEncryptionUsesAFreshIv() {
        String a = adapter("a");
        try (KeyProtector p = open()) {
            p.createRootKey(a);
            byte[] key = p.generateKeyMaterial(256);
            ProtectedMaterial first = p.protect(a, "u", key);
            ProtectedMaterial second = p.protect(a, "u", key);
            assertThat(first.iv()).isNotEqualTo(second.iv());
            assertThat(first.ciphertext()).isNotEqualTo(second.ciphertext());
        }
    }

    @Test
    void blobOfOneObjectDoesNotDecryptAsAnotherObject() {
        String a = adapter("a");
        try (KeyProtector p = open()) {
            p.createRootKey(a);
            ProtectedMaterial ofA = p.protect(a, "object-A", p.generateKeyMaterial(256));

            assertThatThrownBy(() -> p.unprotect(a, "object-B", ofA))
                    .isInstanceOfSatisfying(KeyProtectionException.class, reason(Reason.INTEGRITY))
                    .hasMessageContaining("object-B");
        }
    }

    @Test
    void blobOfOneAdapterDoesNotDecryptForAnotherAdapter() {
        String a = adapter("a");
        String b = adapter("b");
        try (KeyProtector p = open()) {
            p.createRootKey(a);
            p.createRootKey(b);
            ProtectedMaterial ofA = p.protect(a, "uid", p.generateKeyMaterial(256));

            assertFails(() -> p.unprotect(b, "uid", ofA), Reason.INTEGRITY);
        }
    }

    @Test
    void alteredCiphertextTagOrIvFailsIntegrityAndNeverYieldsBytes() {
        String a = adapter("a");
        try (KeyProtector p = open()) {
            p.createRootKey(a);
            ProtectedMaterial good = p.protect(a, "u", p.generateKeyMaterial(256));
            List<ProtectedMaterial> altered = new ArrayList<>();
            byte[] body = good.ciphertext();
            body[3] ^= 1;
            altered.add(new ProtectedMaterial(good.scheme(), good.rootKeyVersion(), good.iv(), body));
            byte[] tag = good.ciphertext();
            tag[tag.length - 1] ^= (byte) 0x80;
            altered.add(new ProtectedMaterial(good.scheme(), good.rootKeyVersion(), good.iv(), tag));
            byte[] iv = good.iv();
            iv[0] ^= 1;
            altered.add(new ProtectedMaterial(good.scheme(), good.rootKeyVersion(), iv, good.ciphertext()));
            byte[] shortened = java.util.Arrays.copyOf(good.ciphertext(), good.ciphertext().length - 1);
            altered.add(new ProtectedMaterial(good.scheme(), good.rootKeyVersion(), good.iv(), shortened));

            for (ProtectedMaterial bad : altered) {
                assertFails(() -> p.unprotect(a, "u", bad), Reason.INTEGRITY);
            }
            assertThat(p.unprotect(a, "u", good)).as("the protector still works after tag failures").hasSize(32);
        }
    }

    @Test
    void keysSurviveReopening() {
        String a = adapter("a");
        byte[] key;
        ProtectedMaterial sealed;
        try (KeyProtector p = open()) {
            p.createRootKey(a);
            key = p.generateKeyMaterial(192);
            sealed = p.protect(a, "u", key);
        }
        try (KeyProtector reopened = open()) {
            assertThat(reopened.hasRootKey(a)).isTrue();
            assertThat(reopened.unprotect(a, "u", sealed)).isEqualTo(key);
        }
    }

    @Test
    void createRootKeyTwiceKeepsTheFirstKey() {
        String a = adapter("a");
        try (KeyProtector p = open()) {
            p.createRootKey(a);
            ProtectedMaterial sealed = p.protect(a, "u", new byte[] {1, 2, 3});
            p.createRootKey(a);
            assertThat(p.currentRootKeyVersion(a)).isEqualTo(1);
            assertThat(p.unprotect(a, "u", sealed)).containsExactly(1, 2, 3);
        }
    }

    @Test
    void rotationKeepsOldBlobsReadableAndRewrapMovesThemToTheNewVersion() {
        String a = adapter("a");
        try (KeyProtector p = open()) {
            p.createRootKey(a);
            byte[] key = p.generateKeyMaterial(256);
            ProtectedMaterial v1 = p.protect(a, "u", key);

            assertThat(p.rotateRootKey(a)).isEqualTo(2);
            assertThat(p.currentRootKeyVersion(a)).isEqualTo(2);
            assertThat(p.unprotect(a, "u", v1)).as("old version still readable").isEqualTo(key);
            assertThat(p.protect(a, "u", key).rootKeyVersion()).isEqualTo(2);

            ProtectedMaterial v2 = p.rewrap(a, "u", v1);
            assertThat(v2.rootKeyVersion()).isEqualTo(2);
            assertThat(v2.iv()).isNotEqualTo(v1.iv());
            assertThat(p.unprotect(a, "u", v2)).isEqualTo(key);
            assertThat(p.rewrap(a, "u", v2)).as("already current").isSameAs(v2);
        }
        try (KeyProtector reopened = open()) {
            assertThat(reopened.currentRootKeyVersion(a)).isEqualTo(2);
        }
    }

    @Test
    void rewrapKeepsTheBindingToItsObject() {
        String a = adapter("a");
        try (KeyProtector p = open()) {
            p.createRootKey(a);
            ProtectedMaterial v1 = p.protect(a, "u1", p.generateKeyMaterial(128));
            p.rotateRootKey(a);

            assertFails(() -> p.rewrap(a, "u2", v1), Reason.INTEGRITY);
        }
    }

    @Test
    void blobNamingARootKeyVersionThatDoesNotExistIsReportedAsMissing() {
        String a = adapter("a");
        try (KeyProtector p = open()) {
            p.createRootKey(a);
            ProtectedMaterial good = p.protect(a, "u", new byte[16]);
            ProtectedMaterial future = new ProtectedMaterial(good.scheme(), 7, good.iv(), good.ciphertext());

            assertThatThrownBy(() -> p.unprotect(a, "u", future))
                    .isInstanceOfSatisfying(KeyProtectionException.class, reason(Reason.ROOT_KEY_MISSING))
                    .hasMessageContaining("version 7");
        }
    }

    @Test
    void adapterWithoutRootKeyIsReportedAsMissing() {
        String nobody = adapter("nobody");
        try (KeyProtector p = open()) {
            assertThat(p.hasRootKey(nobody)).isFalse();
            assertFails(() -> p.protect(nobody, "u", new byte[16]), Reason.ROOT_KEY_MISSING);
            assertFails(() -> p.currentRootKeyVersion(nobody), Reason.ROOT_KEY_MISSING);
            assertFails(() -> p.rotateRootKey(nobody), Reason.ROOT_KEY_MISSING);
        }
    }

    @Test
    void adapterIdThatCouldEscapeADirectoryOrLabelIsRejected() {
        try (KeyProtector p = open()) {
            for (String bad : new String[] {"..", "../x", "a/b", ".hidden", "", "a b", "x".repeat(129)}) {
                assertFails(() -> p.createRootKey(bad), Reason.INVALID_INPUT);
            }
        }
    }

    @Test
    void blobOfAnotherSchemeIsRefusedWithAClearMessage() {
        String a = adapter("a");
        try (KeyProtector p = open()) {
            p.createRootKey(a);
            ProtectedMaterial foreign = new ProtectedMaterial(otherScheme(), 1, new byte[12], new byte[48]);
            assertThatThrownBy(() -> p.unprotect(a, "u", foreign))
                    .isInstanceOfSatisfying(KeyProtectionException.class, reason(Reason.INVALID_INPUT))
                    .hasMessageContaining(otherScheme());
        }
    }

    @Test
    void blobWithAnIvOfAnotherLengthIsRefused() {
        String a = adapter("a");
        try (KeyProtector p = open()) {
            p.createRootKey(a);
            ProtectedMaterial good = p.protect(a, "u", new byte[16]);
            ProtectedMaterial longIv = new ProtectedMaterial(good.scheme(), 1, new byte[16], good.ciphertext());
            assertFails(() -> p.unprotect(a, "u", longIv), Reason.INVALID_INPUT);
        }
    }

    @Test
    void generatedMaterialHasTheRequestedLengthAndBadLengthsAreRefused() {
        try (KeyProtector p = open()) {
            assertThat(p.generateKeyMaterial(8)).hasSize(1);
            assertThat(p.generateKeyMaterial(128)).hasSize(16);
            assertThat(p.generateKeyMaterial(512)).hasSize(64);
            assertThat(p.generateKeyMaterial(8192)).hasSize(1024);
            assertThat(p.generateKeyMaterial(256)).isNotEqualTo(p.generateKeyMaterial(256));
            for (int bits : new int[] {0, -8, 7, 8200}) {
                assertFails(() -> p.generateKeyMaterial(bits), Reason.INVALID_INPUT);
            }
        }
    }

    @Test
    void healthIsUpWhileOpenAndDownAfterClose() {
        String a = adapter("a");
        KeyProtector p = open();
        p.createRootKey(a);
        assertThat(p.health().healthy()).isTrue();
        p.close();
        assertThat(p.health().healthy()).isFalse();
        assertFails(() -> p.generateKeyMaterial(128), Reason.UNAVAILABLE);
        assertFails(() -> p.protect(a, "u", new byte[16]), Reason.UNAVAILABLE);
    }

    @Test
    void eightThreadsProtectAndUnprotectConcurrentlyEachGettingItsOwnMaterialBack() throws Exception {
        String a = adapter("a");
        String b = adapter("b");
        int threads = 8;
        int rounds = 60;
        try (KeyProtector p = open()) {
            p.createRootKey(a);
            p.createRootKey(b);
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<Integer>> results = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    String adapterId = t % 2 == 0 ? a : b;
                    String thread = "thread-" + t;
                    results.add(pool.submit(() -> {
                        int verified = 0;
                        for (int i = 0; i < rounds; i++) {
                            String uid = thread + "-object-" + i;
                            byte[] key = p.generateKeyMaterial(256);
                            ProtectedMaterial sealed = p.protect(adapterId, uid, key);
                            assertThat(p.unprotect(adapterId, uid, sealed)).isEqualTo(key);
                            verified++;
                        }
                        return verified;
                    }));
                }
                int total = 0;
                for (Future<Integer> r : results) {
                    total += r.get(2, TimeUnit.MINUTES);
                }
                assertThat(total).isEqualTo(threads * rounds);
            } finally {
                pool.shutdownNow();
            }
        }
    }
}

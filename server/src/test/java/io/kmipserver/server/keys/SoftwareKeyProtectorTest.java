package io.kmipserver.server.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kmipserver.server.keys.KeyProtectionException.Reason;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SoftwareKeyProtectorTest {

    @TempDir
    Path dataDir;

    private Path keys() {
        return dataDir.resolve("keys");
    }

    @Test
    void materialRoundTripsForItsOwnAdapterAndObject() {
        try (SoftwareKeyProtector p = SoftwareKeyProtector.open(keys())) {
            p.createRootKey("adapter-a");
            byte[] key = p.generateKeyMaterial(256);
            byte[] original = key.clone();
            ProtectedMaterial sealed = p.protect("adapter-a", "uid-1", key);

            ProtectedMaterial stored = ProtectedMaterial.fromBytes(sealed.toBytes());

            assertThat(stored).isEqualTo(sealed);
            assertThat(stored.scheme()).isEqualTo(SoftwareKeyProtector.SCHEME);
            assertThat(stored.rootKeyVersion()).isEqualTo(1);
            assertThat(stored.iv()).hasSize(12);
            assertThat(stored.ciphertext()).hasSize(32 + 16);
            assertThat(p.unprotect("adapter-a", "uid-1", stored)).isEqualTo(original);
            assertThat(key).as("protect does not consume the caller's array").isEqualTo(original);
        }
    }

    @Test
    void ciphertextDoesNotContainThePlaintext() {
        try (SoftwareKeyProtector p = SoftwareKeyProtector.open(keys())) {
            p.createRootKey("a");
            byte[] key = p.generateKeyMaterial(128);
            String blobHex = HexFormat.of().formatHex(p.protect("a", "u", key).toBytes());
            assertThat(blobHex).doesNotContain(HexFormat.of().formatHex(key));
        }
    }

    @Test
    void everyEncryptionUsesAFreshIv() {
        try (SoftwareKeyProtector p = SoftwareKeyProtector.open(keys())) {
            p.createRootKey("a");
            byte[] key = p.generateKeyMaterial(256);
            ProtectedMaterial first = p.protect("a", "u", key);
            ProtectedMaterial second = p.protect("a", "u", key);
            assertThat(first.iv()).isNotEqualTo(second.iv());
            assertThat(first.ciphertext()).isNotEqualTo(second.ciphertext());
        }
    }

    @Test
    void blobOfOneObjectDoesNotDecryptAsAnotherObject() {
        try (SoftwareKeyProtector p = SoftwareKeyProtector.open(keys())) {
            p.createRootKey("a");
            ProtectedMaterial ofA = p.protect("a", "object-A", p.generateKeyMaterial(256));

            assertThatThrownBy(() -> p.unprotect("a", "object-B", ofA))
                    .isInstanceOfSatisfying(KeyProtectionException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.INTEGRITY))
                    .hasMessageContaining("object-B");
        }
    }

    @Test
    void blobOfOneAdapterDoesNotDecryptForAnotherAdapter() {
        try (SoftwareKeyProtector p = SoftwareKeyProtector.open(keys())) {
            p.createRootKey("a");
            p.createRootKey("b");
            ProtectedMaterial ofA = p.protect("a", "uid", p.generateKeyMaterial(256));

            assertThatThrownBy(() -> p.unprotect("b", "uid", ofA))
                    .isInstanceOfSatisfying(KeyProtectionException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.INTEGRITY));
        }
    }

    @Test
    void alteredCiphertextFailsIntegrity() {
        try (SoftwareKeyProtector p = SoftwareKeyProtector.open(keys())) {
            p.createRootKey("a");
            ProtectedMaterial good = p.protect("a", "u", p.generateKeyMaterial(256));
            byte[] ct = good.ciphertext();
            ct[3] ^= 1;
            ProtectedMaterial bad = new ProtectedMaterial(good.scheme(), good.rootKeyVersion(), good.iv(), ct);

            assertThatThrownBy(() -> p.unprotect("a", "u", bad))
                    .isInstanceOfSatisfying(KeyProtectionException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.INTEGRITY));
        }
    }

    @Test
    void masterKeyFileIsCreatedWithOwnerOnlyMode() throws Exception {
        SoftwareKeyProtector.open(keys()).close();

        Path master = keys().resolve(SoftwareKeyProtector.MASTER_KEY_FILE);
        assertThat(Files.size(master)).isEqualTo(32);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(master))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys()))).isEqualTo("rwx------");
    }

    @Test
    void rootKeyFilesAreOwnerOnlyAndHoldNoPlainKey() throws Exception {
        try (SoftwareKeyProtector p = SoftwareKeyProtector.open(keys())) {
            p.createRootKey("a");
        }
        Path rootFile = keys().resolve("root").resolve("a").resolve("v1.key");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(rootFile))).isEqualTo("rw-------");
        assertThat(Files.size(rootFile)).as("IV + sealed 32-byte key + tag").isEqualTo(12 + 32 + 16);
    }

    @Test
    void keysSurviveReopening() {
        byte[] key;
        ProtectedMaterial sealed;
        try (SoftwareKeyProtector p = SoftwareKeyProtector.open(keys())) {
            p.createRootKey("a");
            key = p.generateKeyMaterial(192);
            sealed = p.protect("a", "u", key);
        }
        try (SoftwareKeyProtector reopened = SoftwareKeyProtector.open(keys())) {
            assertThat(reopened.hasRootKey("a")).isTrue();
            assertThat(reopened.unprotect("a", "u", sealed)).isEqualTo(key);
        }
    }

    @Test
    void createRootKeyTwiceKeepsTheFirstKey() {
        try (SoftwareKeyProtector p = SoftwareKeyProtector.open(keys())) {
            p.createRootKey("a");
            ProtectedMaterial sealed = p.protect("a", "u", new byte[] {1, 2, 3});
            p.createRootKey("a");
            assertThat(p.currentRootKeyVersion("a")).isEqualTo(1);
            assertThat(p.unprotect("a", "u", sealed)).containsExactly(1, 2, 3);
        }
    }

    @Test
    void rotationKeepsOldBlobsReadableAndRewrapMovesThemToTheNewVersion() {
        try (SoftwareKeyProtector p = SoftwareKeyProtector.open(keys())) {
            p.createRootKey("a");
            byte[] key = p.generateKeyMaterial(256);
            ProtectedMaterial v1 = p.protect("a", "u", key);

            assertThat(p.rotateRootKey("a")).isEqualTo(2);
            assertThat(p.currentRootKeyVersion("a")).isEqualTo(2);
            assertThat(p.unprotect("a", "u", v1)).as("old version still readable").isEqualTo(key);
            assertThat(p.protect("a", "u", key).rootKeyVersion()).isEqualTo(2);

            ProtectedMaterial v2 = p.rewrap("a", "u", v1);
            assertThat(v2.rootKeyVersion()).isEqualTo(2);
            assertThat(v2.iv()).isNotEqualTo(v1.iv());
            assertThat(p.unprotect("a", "u", v2)).isEqualTo(key);
            assertThat(p.rewrap("a", "u", v2)).as("already current").isSameAs(v2);
        }
        try (SoftwareKeyProtector reopened = SoftwareKeyProtector.open(keys())) {
            assertThat(reopened.currentRootKeyVersion("a")).isEqualTo(2);
        }
    }

    @Test
    void rewrapKeepsTheBindingToItsObject() {
        try (SoftwareKeyProtector p = SoftwareKeyProtector.open(keys())) {
            p.createRootKey("a");
            ProtectedMaterial v1 = p.protect("a", "u1", p.generateKeyMaterial(128));
            p.rotateRootKey("a");

            assertThatThrownBy(() -> p.rewrap("a", "u2", v1)).isInstanceOf(KeyProtectionException.class);
        }
    }

    @Test
    void wrongMasterKeyFailsCleanlyAtOpen() throws Exception {
        try (SoftwareKeyProtector p = SoftwareKeyProtector.open(keys())) {
            p.createRootKey("a");
        }
        Path master = keys().resolve(SoftwareKeyProtector.MASTER_KEY_FILE);
        byte[] other = Files.readAllBytes(master);
        other[0] ^= 0x55;
        Files.write(master, other);

        assertThatThrownBy(() -> SoftwareKeyProtector.open(keys()))
                .isInstanceOfSatisfying(KeyProtectionException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.INTEGRITY))
                .hasMessageContaining("does not match")
                .hasMessageNotContaining(HexFormat.of().formatHex(other));
    }

    @Test
    void missingMasterKeyWithExistingRootKeysIsRefusedInsteadOfReplaced() throws Exception {
        try (SoftwareKeyProtector p = SoftwareKeyProtector.open(keys())) {
            p.createRootKey("a");
        }
        Files.delete(keys().resolve(SoftwareKeyProtector.MASTER_KEY_FILE));

        assertThatThrownBy(() -> SoftwareKeyProtector.open(keys()))
                .isInstanceOfSatisfying(KeyProtectionException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.UNAVAILABLE))
                .hasMessageContaining("missing");
        assertThat(keys().resolve(SoftwareKeyProtector.MASTER_KEY_FILE)).doesNotExist();
    }

    @Test
    void rootKeyFileCopiedToAnotherAdapterDoesNotOpen() throws Exception {
        try (SoftwareKeyProtector p = SoftwareKeyProtector.open(keys())) {
            p.createRootKey("a");
        }
        Path target = keys().resolve("root").resolve("b");
        Files.createDirectories(target);
        Files.copy(keys().resolve("root").resolve("a").resolve("v1.key"), target.resolve("v1.key"));

        try (SoftwareKeyProtector p = SoftwareKeyProtector.open(keys())) {
            assertThatThrownBy(() -> p.protect("b", "u", new byte[16]))
                    .isInstanceOfSatisfying(KeyProtectionException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.INTEGRITY));
        }
    }

    @Test
    void adapterWithoutRootKeyIsReportedAsMissing() {
        try (SoftwareKeyProtector p = SoftwareKeyProtector.open(keys())) {
            assertThat(p.hasRootKey("nobody")).isFalse();
            assertThatThrownBy(() -> p.protect("nobody", "u", new byte[16]))
                    .isInstanceOfSatisfying(KeyProtectionException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.ROOT_KEY_MISSING));
            assertThatThrownBy(() -> p.rotateRootKey("nobody")).isInstanceOf(KeyProtectionException.class);
        }
    }

    @Test
    void adapterIdThatCouldEscapeTheKeyDirectoryIsRejected() {
        try (SoftwareKeyProtector p = SoftwareKeyProtector.open(keys())) {
            for (String bad : new String[] {"..", "../x", "a/b", ".hidden", ""}) {
                assertThatThrownBy(() -> p.createRootKey(bad))
                        .isInstanceOfSatisfying(KeyProtectionException.class,
                                e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_INPUT));
            }
        }
    }

    @Test
    void blobOfAnotherSchemeIsRefusedWithAClearMessage() {
        try (SoftwareKeyProtector p = SoftwareKeyProtector.open(keys())) {
            p.createRootKey("a");
            ProtectedMaterial foreign = new ProtectedMaterial("pkcs11", 1, new byte[12], new byte[48]);
            assertThatThrownBy(() -> p.unprotect("a", "u", foreign))
                    .isInstanceOfSatisfying(KeyProtectionException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_INPUT))
                    .hasMessageContaining("pkcs11");
        }
    }

    @Test
    void generatedMaterialHasTheRequestedLengthAndBadLengthsAreRefused() {
        try (SoftwareKeyProtector p = SoftwareKeyProtector.open(keys())) {
            assertThat(p.generateKeyMaterial(128)).hasSize(16);
            assertThat(p.generateKeyMaterial(512)).hasSize(64);
            assertThat(p.generateKeyMaterial(256)).isNotEqualTo(p.generateKeyMaterial(256));
            for (int bits : new int[] {0, -8, 7, 8200}) {
                assertThatThrownBy(() -> p.generateKeyMaterial(bits)).isInstanceOf(KeyProtectionException.class);
            }
        }
    }

    @Test
    void healthIsUpWhileOpenAndDownAfterClose() {
        SoftwareKeyProtector p = SoftwareKeyProtector.open(keys());
        assertThat(p.health().healthy()).isTrue();
        p.close();
        assertThat(p.health().healthy()).isFalse();
        assertThatThrownBy(() -> p.generateKeyMaterial(128))
                .isInstanceOfSatisfying(KeyProtectionException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.UNAVAILABLE));
    }

    @Test
    void truncatedOrForeignBlobsAreRejectedAsInvalidInput() {
        ProtectedMaterial m = new ProtectedMaterial("software", 3, new byte[12], new byte[40]);
        byte[] blob = m.toBytes();
        assertThat(ProtectedMaterial.fromBytes(blob)).isEqualTo(m);
        for (byte[] bad : new byte[][] {Arrays.copyOf(blob, blob.length - 1), Arrays.copyOf(blob, blob.length + 1),
                new byte[] {'X', 'P', 1}, new byte[0]}) {
            assertThatThrownBy(() -> ProtectedMaterial.fromBytes(bad))
                    .isInstanceOfSatisfying(KeyProtectionException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_INPUT));
        }
        assertThat(m.toString()).doesNotContain("[0, 0");
    }
}

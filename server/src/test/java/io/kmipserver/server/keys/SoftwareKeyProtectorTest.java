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

/**
 * The software protector: the {@link KeyProtectorContractTest} on a temporary keys directory, and
 * what is particular to keeping root keys in files under a master key.
 */
class SoftwareKeyProtectorTest extends KeyProtectorContractTest {

    @TempDir
    Path dataDir;

    private Path keys() {
        return dataDir.resolve("keys");
    }

    @Override
    protected KeyProtector open() {
        return SoftwareKeyProtector.open(keys());
    }

    @Override
    protected String otherScheme() {
        return Pkcs11KeyProtector.SCHEME;
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

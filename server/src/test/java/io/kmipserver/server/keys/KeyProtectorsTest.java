package io.kmipserver.server.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kmipserver.server.config.ConfigLoader;
import io.kmipserver.server.config.ServerConfig;
import io.kmipserver.server.config.ServerConfig.ProtectorType;
import io.kmipserver.server.keys.KeyProtectionException.Reason;
import io.kmipserver.server.testing.SoftHsmToken;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(SoftHsmToken.class)
class KeyProtectorsTest {

    private static final Map<String, String> PIN_ENV = Map.of(Pkcs11Pin.ENVIRONMENT_VARIABLE, SoftHsmToken.USER_PIN);

    @TempDir
    Path dataDir;

    @Test
    void softwareProtectorKeepsItsKeysUnderTheDataDirectory() {
        ServerConfig.Keys keys = new ServerConfig.Keys(ProtectorType.SOFTWARE, null, 0, "", null);
        try (KeyProtector p = KeyProtectors.open(keys, dataDir, Map.of())) {
            assertThat(p).isInstanceOf(SoftwareKeyProtector.class);
            assertThat(dataDir.resolve("keys").resolve(SoftwareKeyProtector.MASTER_KEY_FILE)).exists();
        }
    }

    @Test
    void pkcs11ProtectorFindsTheTokenByLabelWithThePinFromTheEnvironment() {
        ServerConfig.Keys keys = new ServerConfig.Keys(ProtectorType.PKCS11, SoftHsmToken.LIBRARY, 0,
                SoftHsmToken.LABEL, null);
        try (KeyProtector p = KeyProtectors.open(keys, dataDir, PIN_ENV)) {
            assertThat(p.scheme()).isEqualTo(Pkcs11KeyProtector.SCHEME);
            assertThat(p.health().description()).contains("'" + SoftHsmToken.LABEL + "'");
            assertThat(p.generateKeyMaterial(256)).hasSize(32);
        }
        assertThat(dataDir.resolve("keys")).as("nothing written beside the store").doesNotExist();
    }

    @Test
    void configurationFromFlagsOpensThePkcs11ProtectorWithThePinFileAndWorkerSizedSessions() throws Exception {
        Path pinFile = Files.writeString(dataDir.resolve("pin"), SoftHsmToken.USER_PIN + "\n");
        ServerConfig config = ConfigLoader.load(null, Map.of(), Map.of(
                "data.dir", dataDir.toString(),
                "kmip.worker-threads", "5",
                "keys.protector", "pkcs11",
                "keys.pkcs11-library", SoftHsmToken.LIBRARY.toString(),
                "keys.pkcs11-token-label", SoftHsmToken.LABEL,
                "keys.pkcs11-pin-file", pinFile.toString()));

        try (KeyProtector p = KeyProtectors.open(config, Map.of())) {
            assertThat(p).isInstanceOf(Pkcs11KeyProtector.class);
            assertThat(p.health().description()).contains("7 of 7 sessions free");
        }
    }

    @Test
    void slotIndexIsUsedWhenNoLabelIsConfiguredAndSessionsFollowTheWorkerPool() {
        ServerConfig.Keys byIndex = new ServerConfig.Keys(ProtectorType.PKCS11, SoftHsmToken.LIBRARY, 3, " ", null);
        Pkcs11Settings settings = KeyProtectors.pkcs11Settings(byIndex, 0);
        assertThat(settings.byLabel()).isFalse();
        assertThat(settings.slotIndex()).isEqualTo(3);
        assertThat(settings.sessions()).isEqualTo(ServerConfig.Kmip.defaultWorkerThreads() + 2);
        assertThat(KeyProtectors.pkcs11Settings(byIndex, 16).sessions()).isEqualTo(18);
    }

    @Test
    void pkcs11WithoutAnyPinOrLibraryIsRefusedWithWhatIsMissing() {
        ServerConfig.Keys noPin = new ServerConfig.Keys(ProtectorType.PKCS11, SoftHsmToken.LIBRARY, 0,
                SoftHsmToken.LABEL, null);
        assertThatThrownBy(() -> KeyProtectors.open(noPin, dataDir, Map.of()))
                .isInstanceOfSatisfying(KeyProtectionException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_INPUT))
                .hasMessageContaining(Pkcs11Pin.ENVIRONMENT_VARIABLE);

        ServerConfig.Keys noLibrary = new ServerConfig.Keys(ProtectorType.PKCS11, null, 0, SoftHsmToken.LABEL, null);
        assertThatThrownBy(() -> KeyProtectors.open(noLibrary, dataDir, PIN_ENV))
                .isInstanceOf(KeyProtectionException.class)
                .hasMessageContaining("keys.pkcs11-library");
    }
}

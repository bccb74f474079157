package io.kmipserver.server.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kmipserver.server.keys.KeyProtectionException.Reason;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Pkcs11PinTest {

    private static final String SECRET = "s3cret-pin-ÄÖ";

    @TempDir
    Path dir;

    @Test
    void pinFileMayEndWithOneLineBreakWhichIsNotPartOfThePin() throws Exception {
        for (String ending : new String[] {"", "\n", "\r\n"}) {
            Path file = dir.resolve("pin" + ending.length());
            Files.write(file, (SECRET + ending).getBytes(StandardCharsets.UTF_8));
            assertThat(Pkcs11Pin.fromFile(file).copy()).containsExactly(SECRET.toCharArray());
        }
    }

    @Test
    void emptyMultiLineMissingAndBinaryPinFilesAreRefusedWithoutShowingTheirContent() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty"), "\n");
        Path twoLines = Files.writeString(dir.resolve("two-lines"), SECRET + "\n" + SECRET + "\n");
        Path binary = Files.write(dir.resolve("binary"), new byte[] {(byte) 0xC3, 0x28});
        Path missing = dir.resolve("missing");

        for (Path file : new Path[] {empty, twoLines, binary, missing}) {
            assertThatThrownBy(() -> Pkcs11Pin.fromFile(file))
                    .isInstanceOfSatisfying(KeyProtectionException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_INPUT))
                    .hasMessageContaining(file.toString())
                    .hasMessageNotContaining(SECRET);
        }
    }

    @Test
    void environmentVariableIsUsedWhenNoFileIsConfiguredAndTheFileWinsWhenOneIs() throws Exception {
        Map<String, String> env = Map.of(Pkcs11Pin.ENVIRONMENT_VARIABLE, "from-env");
        Path file = Files.writeString(dir.resolve("pin"), "from-file\n");

        assertThat(Pkcs11Pin.resolve(null, env).copy()).containsExactly("from-env".toCharArray());
        assertThat(Pkcs11Pin.resolve(file, env).copy()).containsExactly("from-file".toCharArray());
        assertThat(Pkcs11Pin.resolve(file, env).source()).isEqualTo("file " + file);
    }

    @Test
    void noPinAnywhereIsRefusedNamingBothPlacesToPutIt() {
        assertThatThrownBy(() -> Pkcs11Pin.resolve(null, Map.of()))
                .isInstanceOfSatisfying(KeyProtectionException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_INPUT))
                .hasMessageContaining("keys.pkcs11-pin-file")
                .hasMessageContaining(Pkcs11Pin.ENVIRONMENT_VARIABLE);
        assertThatThrownBy(() -> Pkcs11Pin.fromEnvironment(Map.of(Pkcs11Pin.ENVIRONMENT_VARIABLE, "")))
                .isInstanceOf(KeyProtectionException.class);
    }

    @Test
    void toStringNamesTheSourceOnlyAndADestroyedPinIsZeroedAndRefused() {
        Pkcs11Pin pin = Pkcs11Pin.fromEnvironment(Map.of(Pkcs11Pin.ENVIRONMENT_VARIABLE, SECRET));
        char[] copy = pin.copy();
        assertThat(pin.toString()).isEqualTo("PKCS#11 PIN from the environment variable " + Pkcs11Pin.ENVIRONMENT_VARIABLE);

        pin.destroy();

        assertThat(copy).as("copies belong to their caller").containsExactly(SECRET.toCharArray());
        assertThatThrownBy(pin::copy)
                .isInstanceOfSatisfying(KeyProtectionException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.UNAVAILABLE));
    }
}

package io.kmipserver.server.endtoend;

import io.kmipserver.server.testing.SoftHsmToken;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The end-to-end suite with key material protected by a real PKCS#11 token (SoftHSM2, initialised by
 * {@link SoftHsmToken}), configured exactly as an operator would: module path, token label, PIN file.
 */
@ExtendWith(SoftHsmToken.class)
class KmipOverTlsPkcs11IT extends KmipOverTlsContract {

    @Override
    Map<String, String> keyProtectorSettings(Path dataDir) throws Exception {
        Path pin = Files.createDirectories(dataDir.getParent().resolve(dataDir.getFileName() + "-secrets"))
                .resolve("token.pin");
        Files.writeString(pin, SoftHsmToken.USER_PIN);
        return Map.of(
                "keys.protector", "pkcs11",
                "keys.pkcs11-library", SoftHsmToken.LIBRARY.toString(),
                "keys.pkcs11-token-label", SoftHsmToken.LABEL,
                "keys.pkcs11-pin-file", pin.toString());
    }
}

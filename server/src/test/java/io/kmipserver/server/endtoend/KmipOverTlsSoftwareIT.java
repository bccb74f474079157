package io.kmipserver.server.endtoend;

import java.nio.file.Path;
import java.util.Map;

/** The end-to-end suite with the embedded default, the software key protector. */
class KmipOverTlsSoftwareIT extends KmipOverTlsContract {

    @Override
    Map<String, String> keyProtectorSettings(Path dataDir) {
        return Map.of("keys.protector", "software");
    }
}

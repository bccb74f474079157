package io.kmipserver.server.store;

import java.nio.file.Path;

/** The root-key rotation contract on SQLite. */
class RootKeyRotationTest extends RootKeyRotationContract {

    @Override
    TestDatabase freshDatabase(Path dir) {
        return TestDatabase.sqlite(dir);
    }
}

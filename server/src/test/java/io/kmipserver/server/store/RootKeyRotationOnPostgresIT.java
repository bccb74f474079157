package io.kmipserver.server.store;

import io.kmipserver.server.testing.TestPostgres;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtendWith;

/** The root-key rotation contract on a real PostgreSQL: a new database of the shared server per test. */
@ExtendWith(TestPostgres.class)
class RootKeyRotationOnPostgresIT extends RootKeyRotationContract {

    @Override
    TestDatabase freshDatabase(Path dir) {
        return TestDatabase.postgres();
    }
}

package io.kmipserver.server.store;

import io.kmipserver.server.testing.TestPostgres;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtendWith;

/** The Locate contract on a real PostgreSQL: one new database of the shared server, filled once. */
@ExtendWith(TestPostgres.class)
class LocateOnPostgresIT extends LocateContract {

    @Override
    TestDatabase freshDatabase(Path dir) {
        return TestDatabase.postgres();
    }
}

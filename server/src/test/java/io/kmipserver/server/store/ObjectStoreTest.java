package io.kmipserver.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;

/** The object store contract on SQLite, and what only SQLite has: the write-ahead log. */
class ObjectStoreTest extends ObjectStoreContract {

    @Override
    TestDatabase freshDatabase(Path dir) {
        return TestDatabase.sqlite(dir);
    }

    @Test
    void theSqliteStoreRunsInWriteAheadLogMode() throws Exception {
        try (Connection c = db.connect(); ResultSet pragma = c.createStatement().executeQuery("PRAGMA journal_mode")) {
            pragma.next();
            assertThat(pragma.getString(1)).isEqualToIgnoringCase("wal");
        }
    }
}

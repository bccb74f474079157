package io.kmipserver.server.store;

import java.nio.file.Path;

/** The group-commit contract on SQLite (WAL, the fsync pipelined on the WAL syncer). */
class GroupCommitTest extends GroupCommitContract {

    @Override
    TestDatabase freshDatabase(Path dir) {
        return TestDatabase.sqlite(dir);
    }
}

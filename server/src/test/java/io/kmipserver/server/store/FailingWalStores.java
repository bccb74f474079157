package io.kmipserver.server.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

/**
 * A real SQLite store whose WAL force fails on demand, for tests outside this package: a unit's
 * pre-commit hook has run and its COMMIT returned, then the group cannot be made durable and every
 * unit of it fails with {@link CommitFailedException}.
 */
public final class FailingWalStores {

    private FailingWalStores() {
    }

    /** The store of {@code file}; every force fails while {@code failNow} says so. */
    public static JdbcObjectStore open(Path file, BooleanSupplier failNow) {
        return JdbcObjectStore.openSqlite(file, StoreSettings.defaults(), db -> {
            WalSyncer.Force real = new SqliteWalFile(db);
            return new WalSyncer.Force() {
                @Override
                public void force() throws IOException {
                    if (failNow.getAsBoolean()) {
                        throw new IOException("EIO (injected)");
                    }
                    real.force();
                }

                @Override
                public void close() throws IOException {
                    real.close();
                }
            };
        });
    }
}

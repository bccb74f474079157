package io.kmipserver.server.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;

/**
 * The real WAL force ({@link SqliteWalFile}) behind a decorator a test can hold (each force then
 * waits for one permit) or make throw, so that a unit's COMMIT has returned and its group cannot
 * (yet) be made durable. Public for the tests of other packages that need a store whose commits fail.
 */
public final class ControlledWalForce implements WalSyncer.Force {
    private final WalSyncer.Force real;
    /** Released once by every force as it starts. */
    public final Semaphore entered = new Semaphore(0);
    /** Taken once by every force before it runs; plenty until {@link #hold}. */
    public final Semaphore permits = new Semaphore(Integer.MAX_VALUE);
    /** While true, every force fails with an I/O error. */
    public volatile boolean failing;

    private ControlledWalForce(Path database) {
        this.real = new SqliteWalFile(database);
    }

    /** A real SQLite store of {@code file} whose WAL force is the one handed to {@code created}. */
    public static JdbcObjectStore openStore(Path file, Consumer<ControlledWalForce> created) {
        return JdbcObjectStore.openSqlite(file, StoreSettings.defaults(), db -> {
            ControlledWalForce force = new ControlledWalForce(db);
            created.accept(force);
            return force;
        });
    }

    /** From now on each force waits for a permit, and {@link #entered} counts only the forces after this call. */
    public void hold() {
        permits.drainPermits();
        entered.drainPermits();
    }

    @Override
    public void force() throws IOException {
        entered.release();
        permits.acquireUninterruptibly();
        if (failing) {
            throw new IOException("EIO (injected)");
        }
        real.force();
    }

    @Override
    public void close() throws IOException {
        real.close();
    }
}

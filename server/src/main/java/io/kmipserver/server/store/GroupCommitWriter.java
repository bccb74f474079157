package io.kmipserver.server.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Group commit: one thread owns the write connection, takes every unit waiting in a bounded queue
 * (up to a maximum), runs each inside its own SAVEPOINT of one transaction, and commits once. While
 * one group is being made durable the next one fills up: under load many units share each fsync, and
 * durable throughput scales with concurrency instead of being capped at fsyncs per second. A lone unit
 * still commits immediately — there is no waiting for company.
 *
 * <p>Per unit: {@code SAVEPOINT} → unit → pre-commit hook → {@code RELEASE}; if the unit or its hook
 * throws, {@code ROLLBACK TO} the savepoint undoes only that unit. The three are prepared statements
 * on one fixed savepoint name (units never nest): JDBC's {@code setSavepoint} formats a new name and
 * has the driver parse it for every unit. After the COMMIT the group goes to the {@link CommitSync},
 * which completes the futures once the group is durable: at once on PostgreSQL (the COMMIT waited for
 * the fsync), after a force of the WAL by another thread on SQLite ({@link WalSyncer}). There the
 * writer does not wait for the force: it runs the units that arrive meanwhile into the next
 * transaction and commits them when the syncer is free, so each force takes one commit and no unit
 * waits longer than it would have. If the COMMIT or the force fails, every unit of the group fails
 * with {@link CommitFailedException}; after a failed force the writer refuses every later unit.
 */
final class GroupCommitWriter implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(GroupCommitWriter.class);

    /** How long the idle writer sleeps when nothing wakes it, to notice close(). */
    private static final long IDLE_PARK_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

    /** A queued unit with its hook and the future its submitter holds. */
    private static final class Pending<T> {
        final WriteUnit<T> unit;
        final PreCommitHook<? super T> hook;
        final CompletableFuture<T> future = new CompletableFuture<>();
        T result;
        Throwable failure;

        Pending(WriteUnit<T> unit, PreCommitHook<? super T> hook) {
            this.unit = unit;
            this.hook = hook;
        }

        void run(JdbcTransaction tx) throws Exception {
            result = unit.run(tx);
            if (hook != null) {
                hook.beforeCommit(result);
            }
        }

        /** Fails it with {@code f} unless it already failed on its own. */
        void failUnlessFailed(StoreException f) {
            if (failure == null) {
                failure = f;
            }
        }

        void complete() {
            if (failure == null) {
                future.complete(result);
            } else {
                future.completeExceptionally(failure);
            }
        }
    }

    private final Connection connection;
    private final PreparedStatement savepoint;
    private final PreparedStatement release;
    private final PreparedStatement rollbackTo;
    private final JdbcTransaction transaction;
    private final CommitSync sync;
    private final BlockingQueue<Pending<?>> queue;
    private final int maxUnitsPerCommit;
    private final Duration submitTimeout;
    private final Thread thread;
    private final AtomicLong commits = new AtomicLong();
    private final AtomicLong units = new AtomicLong();
    private final AtomicLong failedUnits = new AtomicLong();
    private final AtomicLong unitNanos = new AtomicLong();
    private final AtomicLong commitNanos = new AtomicLong();
    private volatile boolean closed;

    GroupCommitWriter(Connection connection, JdbcTransaction transaction, CommitSync sync, StoreSettings settings,
            String name) throws SQLException {
        this.connection = connection;
        this.savepoint = connection.prepareStatement("SAVEPOINT unit");
        this.release = connection.prepareStatement("RELEASE SAVEPOINT unit");
        this.rollbackTo = connection.prepareStatement("ROLLBACK TO SAVEPOINT unit");
        this.transaction = transaction;
        this.sync = sync;
        this.queue = new ArrayBlockingQueue<>(settings.writeQueueCapacity());
        this.maxUnitsPerCommit = settings.maxUnitsPerCommit();
        this.submitTimeout = settings.submitTimeout();
        this.thread = new Thread(this::loop, name);
        // Daemon: a store nobody closed must not keep the JVM alive. Nothing is lost by it — a unit's
        // future completes only after its group is durable, so an unfinished unit was never acknowledged.
        this.thread.setDaemon(true);
        sync.whenIdle(() -> LockSupport.unpark(thread));
        this.thread.start();
    }

    <T> CompletableFuture<T> submit(WriteUnit<T> unit, PreCommitHook<? super T> hook) {
        Pending<T> pending = new Pending<>(unit, hook);
        if (closed) {
            return CompletableFuture.failedFuture(new StoreException("the object store is closed"));
        }
        boolean queued;
        try {
            queued = queue.offer(pending, submitTimeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return CompletableFuture.failedFuture(new StoreException("interrupted while waiting for the write queue"));
        }
        if (!queued) {
            return CompletableFuture.failedFuture(new StoreBusyException(
                    "write queue full for " + submitTimeout.toMillis() + " ms; the store is saturated"));
        }
        LockSupport.unpark(thread);
        // close() may have let the writer finish between our check and the offer: take the unit back.
        if (closed && !thread.isAlive() && queue.remove(pending)) {
            return CompletableFuture.failedFuture(new StoreException("the object store is closed"));
        }
        return pending.future;
    }

    /** Throws when the writer cannot acknowledge writes: its thread died, or making commits durable failed. */
    void checkAlive() {
        Optional<StoreException> failed = sync.failure();
        if (failed.isPresent()) {
            throw new StoreException(failed.get().getMessage(), failed.get());
        }
        if (!thread.isAlive()) {
            throw new StoreException("the store writer is not running");
        }
    }

    WriterStats stats() {
        return new WriterStats(commits.get(), units.get(), failedUnits.get(), queue.size(), unitNanos.get(),
                commitNanos.get(), sync.syncs(), sync.syncNanos());
    }

    private void loop() {
        List<Pending<?>> group = new ArrayList<>(maxUnitsPerCommit);
        List<Pending<?>> arrived = new ArrayList<>(maxUnitsPerCommit);
        while (!closed || !queue.isEmpty() || !group.isEmpty()) {
            try {
                Optional<StoreException> failed = sync.failure();
                if (failed.isPresent()) {
                    // A force failed: what is on the device is unknown, so nothing more may be acknowledged.
                    if (!group.isEmpty()) {
                        rollbackQuietly();
                    }
                    queue.drainTo(group);
                    fail(group, failed.get());
                    group = new ArrayList<>(maxUnitsPerCommit);
                    LockSupport.parkNanos(this, IDLE_PARK_NANOS);
                    continue;
                }
                queue.drainTo(arrived, maxUnitsPerCommit - group.size());
                long started = System.nanoTime();
                // Into the group before any runs: if a unit leaves the transaction unusable, the catch
                // below fails the whole group, those not yet run included, so that no future is left
                // uncompleted.
                group.addAll(arrived);
                for (Pending<?> p : arrived) {
                    runUnit(p);
                }
                unitNanos.addAndGet(System.nanoTime() - started);
                // Commit when the group can be forced at once, or is full. While a force is running the
                // units that arrive are run into the open transaction and commit together when it ends:
                // committing them earlier would not acknowledge them sooner, only write the pages they
                // share to the WAL more often.
                if (!group.isEmpty() && (group.size() >= maxUnitsPerCommit || sync.idle())) {
                    commit(group);
                    group = new ArrayList<>(maxUnitsPerCommit);
                } else if (arrived.isEmpty()) {
                    // Woken by submit() and by the syncer going idle; the timeout only re-checks close().
                    LockSupport.parkNanos(this, IDLE_PARK_NANOS);
                }
                arrived.clear();
            } catch (RuntimeException | Error e) {
                LOG.error("Group commit writer failed unexpectedly; failing {} unit(s)", group.size(), e);
                rollbackQuietly();
                fail(group, new StoreException("store writer failure", e));
                group = new ArrayList<>(maxUnitsPerCommit);
                arrived.clear();
            }
        }
    }

    /** Commits the run units of {@code group} and hands them to the {@link CommitSync}. */
    private void commit(List<Pending<?>> group) {
        long started = System.nanoTime();
        try {
            connection.commit();
        } catch (SQLException e) {
            LOG.error("Commit of a group of {} unit(s) failed (SQL state {})", group.size(), e.getSQLState(), e);
            rollbackQuietly();
            fail(group, new CommitFailedException("commit failed: SQL state " + e.getSQLState(), e));
            return;
        }
        commitNanos.addAndGet(System.nanoTime() - started);
        commits.incrementAndGet();
        long ok = group.stream().filter(p -> p.failure == null).count();
        units.addAndGet(ok);
        failedUnits.addAndGet(group.size() - ok);
        sync.committed(new Committed(group));
    }

    private void fail(List<Pending<?>> group, StoreException failure) {
        new Committed(group).failed(failure);
        failedUnits.addAndGet(group.size());
    }

    /** A committed group as {@link CommitSync} sees it. */
    private record Committed(List<Pending<?>> units) implements CommitSync.Group {

        @Override
        public int size() {
            return units.size();
        }

        @Override
        public void durable() {
            for (Pending<?> p : units) {
                p.complete();
            }
        }

        @Override
        public void failed(StoreException failure) {
            for (Pending<?> p : units) {
                p.failUnlessFailed(failure);
                p.complete();
            }
        }
    }

    /** Runs one unit in its savepoint; a unit that fails is rolled back to it and keeps its failure. */
    private void runUnit(Pending<?> p) {
        try {
            savepoint.execute();
        } catch (SQLException e) {
            p.failure = new StoreException("cannot open a savepoint: SQL state " + e.getSQLState(), e);
            return;
        }
        try {
            p.run(transaction);
            release.execute();
        } catch (Throwable t) {
            p.failure = t;
            try {
                rollbackTo.execute();
                release.execute();
            } catch (SQLException e) {
                // The transaction is in an unknown state: give up on the whole group.
                LOG.error("Rollback to savepoint failed (SQL state {})", e.getSQLState(), e);
                throw new IllegalStateException("rollback to savepoint failed", e);
            }
        }
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException e) {
            LOG.error("Rollback after a failed commit failed (SQL state {})", e.getSQLState(), e);
        }
    }

    /**
     * Stops accepting, commits what is queued, stops the thread, lets the {@link CommitSync} acknowledge
     * the last groups, closes the connection.
     */
    @Override
    public void close() {
        closed = true;
        LockSupport.unpark(thread);
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Pending<?> leftover;
        while ((leftover = queue.poll()) != null) {
            leftover.future.completeExceptionally(new StoreException("the object store is closed"));
        }
        sync.close();
        transaction.close();
        try {
            savepoint.close();
            release.close();
            rollbackTo.close();
            connection.close();
        } catch (SQLException e) {
            LOG.warn("Closing the write connection failed (SQL state {})", e.getSQLState(), e);
        }
    }
}

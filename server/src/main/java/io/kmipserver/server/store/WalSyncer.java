package io.kmipserver.server.store;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pipelined group commit for SQLite: the fsync moves off the writer thread. The write connection runs
 * with {@code synchronous=NORMAL}, so a COMMIT appends the group's WAL frames with {@code pwrite} and
 * returns without an fsync; the writer hands the group to this class and goes on with the next
 * group. A thread of its own forces the WAL file ({@link SqliteWalFile}) and only then acknowledges
 * the group. One force covers every group committed before it started; the writer commits its next
 * group when the force ends ({@link #idle()}), so under load each fsync acknowledges the units the
 * writer ran while the previous one was running.
 *
 * <p><b>Why an acknowledged unit is as durable as with {@code synchronous=FULL}.</b> With FULL, SQLite
 * fdatasyncs the WAL at each COMMIT before the COMMIT returns; here the same fdatasync of the same
 * file happens after the COMMIT returned and before any unit of the group is acknowledged:
 * <ul>
 *   <li>fdatasync acts on the file (the inode), not on the descriptor that wrote: our descriptor of
 *       {@code <db>-wal} flushes the frames SQLite wrote through its own, and the file size when the
 *       WAL grew.
 *   <li>A WAL frame carries a running checksum and the commit frame of a transaction a commit marker;
 *       recovery replays only whole, checksummed transactions up to the last valid commit frame. A
 *       group whose frames are on the device is recovered; a later group half written when the power
 *       failed is dropped — it was never acknowledged.
 *   <li>Checkpoints stay safe: with NORMAL, SQLite still fsyncs the WAL before it copies frames into
 *       the database and fsyncs the database afterwards; it restarts the WAL from the beginning only
 *       after a complete checkpoint, and the new frames carry new salts, so stale frames of the old
 *       generation are never replayed as new ones. The WAL header rewritten at a restart is forced with
 *       the frames that follow it; a restart torn by a power loss loses only frames never forced, and
 *       the frames they overwrote were already in the (forced) database.
 *   <li>{@code kill -9}: the frames are in the kernel's page cache as soon as the COMMIT returned, and
 *       the page cache survives the process. Only a power loss (or kernel crash) can lose them, and
 *       only before the force — before the acknowledgement.
 * </ul>
 *
 * <p><b>The one difference</b>: a read on another connection may see a committed group before it is
 * acknowledged, for less than one fsync. Only a power loss in that window could make such an object
 * vanish after it was seen (never {@code kill -9}); its creator has not had a response yet.
 *
 * <p><b>A failed force fails the store.</b> After an fsync error the page cache's state is unknown
 * (Linux may have dropped the dirty pages and will not report the error twice — PostgreSQL's
 * "fsyncgate"), so retrying cannot prove anything durable. Every unit not yet acknowledged fails with
 * {@link CommitFailedException}, {@link #failure()} reports the store as failed (the health check
 * turns unhealthy), and the writer refuses every later unit. A restart recovers from what is on the
 * device.
 */
final class WalSyncer implements CommitSync {

    /** Forces the WAL to the device; {@link SqliteWalFile} in production, a decorator in tests. */
    interface Force extends Closeable {

        void force() throws IOException;
    }

    private static final Logger LOG = LoggerFactory.getLogger(WalSyncer.class);

    private final Force force;
    private final int maxWaitingUnits;
    private final Thread thread;
    private final Object lock = new Object();
    /** Groups committed and not yet taken by a force; guarded by {@link #lock}. */
    private List<Group> waiting = new ArrayList<>();
    private int waitingUnits;
    /** A force is running; guarded by {@link #lock}. */
    private boolean forcing;
    private boolean closed;
    private volatile Runnable whenIdle = () -> { };
    private volatile StoreException failure;
    private final AtomicLong syncs = new AtomicLong();
    private final AtomicLong syncNanos = new AtomicLong();

    /**
     * @param maxWaitingUnits committed units that may wait for a force before {@link #committed} blocks
     *     the writer: a force that hangs must not let the writer commit without bound
     */
    WalSyncer(Force force, int maxWaitingUnits, String name) {
        this.force = force;
        this.maxWaitingUnits = maxWaitingUnits;
        this.thread = new Thread(this::loop, name);
        // Daemon for the writer's reason: a group is acknowledged only after its force, so a group the
        // thread never got to was never acknowledged.
        this.thread.setDaemon(true);
        this.thread.start();
    }

    @Override
    public void committed(Group group) {
        StoreException failed;
        synchronized (lock) {
            boolean interrupted = false;
            while (failure == null && waitingUnits >= maxWaitingUnits) {
                try {
                    lock.wait();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            failed = failure;
            if (failed == null) {
                waiting.add(group);
                waitingUnits += group.size();
                lock.notifyAll();
            }
        }
        if (failed != null) {
            group.failed(failed);
        }
    }

    @Override
    public boolean idle() {
        synchronized (lock) {
            return failure != null || (!forcing && waiting.isEmpty());
        }
    }

    @Override
    public void whenIdle(Runnable wake) {
        this.whenIdle = wake;
    }

    @Override
    public Optional<StoreException> failure() {
        return Optional.ofNullable(failure);
    }

    @Override
    public long syncs() {
        return syncs.get();
    }

    @Override
    public long syncNanos() {
        return syncNanos.get();
    }

    private void loop() {
        while (true) {
            List<Group> batch;
            synchronized (lock) {
                while (waiting.isEmpty() && !closed) {
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        // close() never interrupts; the loop ends when closed and drained.
                        Thread.interrupted();
                    }
                }
                if (waiting.isEmpty()) {
                    return;
                }
                // Every group in the batch committed before the force below starts: one force covers them all.
                batch = waiting;
                waiting = new ArrayList<>();
                waitingUnits = 0;
                forcing = true;
                lock.notifyAll();
            }
            long started = System.nanoTime();
            try {
                force.force();
            } catch (IOException | RuntimeException e) {
                fail(batch, e);
                return;
            }
            syncNanos.addAndGet(System.nanoTime() - started);
            syncs.incrementAndGet();
            boolean idle;
            synchronized (lock) {
                forcing = false;
                idle = waiting.isEmpty();
            }
            if (idle) {
                // Before acknowledging: the writer's next commit (and so the next force) starts sooner.
                whenIdle.run();
            }
            for (Group g : batch) {
                g.durable();
            }
        }
    }

    /** The force failed: fail the batch and everything after it, for good. */
    private void fail(List<Group> batch, Exception cause) {
        LOG.error("Forcing the SQLite WAL to the device failed; the store has failed and refuses writes until"
                + " restarted", cause);
        StoreException f = new CommitFailedException(
                "the write-ahead log could not be forced to the device; the store has failed: " + cause, cause);
        List<Group> late;
        synchronized (lock) {
            failure = f;
            forcing = false;
            late = waiting;
            waiting = new ArrayList<>();
            waitingUnits = 0;
            lock.notifyAll();
        }
        whenIdle.run();
        for (Group g : batch) {
            g.failed(f);
        }
        for (Group g : late) {
            g.failed(f);
        }
    }

    /** Forces and acknowledges what was handed over, stops the thread, closes the WAL file. */
    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            lock.notifyAll();
        }
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            force.close();
        } catch (IOException e) {
            LOG.warn("Closing the WAL file failed", e);
        }
    }
}

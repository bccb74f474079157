package io.kmipserver.server.store;

import java.util.Optional;

/**
 * What a group must wait for, after its COMMIT returned, before its units are acknowledged (their
 * futures completed). {@link #AT_COMMIT}: nothing — the COMMIT itself waited for the device
 * (PostgreSQL with its stock {@code synchronous_commit}; SQLite when it cannot run in WAL mode and
 * keeps {@code synchronous=FULL}). {@link WalSyncer}: SQLite's commit only wrote the WAL, and another
 * thread forces it while the writer goes on with the next group.
 */
interface CommitSync extends AutoCloseable {

    /** A committed group, waiting to be told whether it is durable. */
    interface Group {

        /** Units in the group (for backpressure). */
        int size();

        /** The group is on the device: acknowledge its units. */
        void durable();

        /** The group may not be on the device and never will be: fail its units with {@code failure}. */
        void failed(StoreException failure);
    }

    /** The COMMIT made the group durable: acknowledge it at once, on the writer thread. */
    CommitSync AT_COMMIT = new CommitSync() {
        @Override
        public void committed(Group group) {
            group.durable();
        }

        @Override
        public boolean idle() {
            return true;
        }

        @Override
        public void whenIdle(Runnable wake) {
            // always idle
        }

        @Override
        public Optional<StoreException> failure() {
            return Optional.empty();
        }

        @Override
        public long syncs() {
            return 0;
        }

        @Override
        public long syncNanos() {
            return 0;
        }

        @Override
        public void close() {
            // nothing of its own
        }
    };

    /**
     * Called by the writer thread after {@code group}'s COMMIT returned, in commit order. Eventually
     * calls exactly one of {@link Group#durable()} and {@link Group#failed}. May block the writer
     * (backpressure) while too many units wait.
     */
    void committed(Group group);

    /**
     * True when a group committed now would be forced at once: no force is running and none waits.
     * The writer commits only then (or when its group is full); until then it runs arriving units
     * into the open transaction.
     */
    boolean idle();

    /** Registers what to run (on the syncer's thread) each time it becomes {@link #idle()}. */
    void whenIdle(Runnable wake);

    /**
     * Present once making commits durable has failed: nothing committed since can be acknowledged, and
     * the writer must stop (the store has failed; a restart recovers from what is on the device).
     */
    Optional<StoreException> failure();

    /** Forces of the device done so far (0 when the COMMIT is itself durable). */
    long syncs();

    /** Time spent in those forces. */
    long syncNanos();

    /** Acknowledges (or fails) every group handed over, then stops. */
    @Override
    void close();
}

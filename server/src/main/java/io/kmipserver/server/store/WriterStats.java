package io.kmipserver.server.store;

/**
 * Counters of the group-commit writer since the store opened.
 *
 * @param commits transactions committed
 * @param units units committed
 * @param failedUnits units rolled back (their own failure, their hook's, or a failed commit)
 * @param queued units waiting now
 * @param unitNanos writer time spent running units and their hooks
 * @param commitNanos writer time spent in COMMIT (on SQLite writing the WAL frames, and WAL checkpoints
 *     when they fall due; on PostgreSQL the round trip and the server's fsync)
 * @param syncs forces of the SQLite WAL by the syncer thread, each acknowledging every group committed
 *     before it started (0 on PostgreSQL, whose COMMIT is itself durable)
 * @param syncNanos syncer time spent in those forces
 */
public record WriterStats(long commits, long units, long failedUnits, int queued, long unitNanos, long commitNanos,
        long syncs, long syncNanos) {

    /** Average units per commit: how much group commit saved. */
    public double unitsPerCommit() {
        return commits == 0 ? 0 : (double) units / commits;
    }
}

package io.kmipserver.server.store;

/**
 * Counters of the group-commit writer since the store opened.
 *
 * @param commits transactions committed (each one fsync on SQLite with synchronous=FULL)
 * @param units units committed
 * @param failedUnits units rolled back (their own failure, their hook's, or a failed commit)
 * @param queued units waiting now
 * @param unitNanos writer time spent running units and their hooks
 * @param commitNanos writer time spent in COMMIT (the fsync, and WAL checkpoints when they fall due)
 */
public record WriterStats(long commits, long units, long failedUnits, int queued, long unitNanos, long commitNanos) {

    /** Average units per commit: how much group commit saved. */
    public double unitsPerCommit() {
        return commits == 0 ? 0 : (double) units / commits;
    }
}

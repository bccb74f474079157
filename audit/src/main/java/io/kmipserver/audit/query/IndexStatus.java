package io.kmipserver.audit.query;

import java.time.Duration;

/**
 * How far the index is behind the journal.
 *
 * @param journalLastIndex the Chronicle index of the journal's last event; -1 when empty
 * @param indexedThrough   the Chronicle index of the last event indexed; -1 when none
 * @param lagEvents        events in the journal not yet indexed (an estimate across cycles)
 * @param lag              how long the oldest not yet indexed event has waited; zero when caught up
 * @param lastFailure      why the last indexing attempt failed; null when it succeeded
 */
public record IndexStatus(long journalLastIndex, long indexedThrough, long lagEvents, Duration lag, String lastFailure) {
}

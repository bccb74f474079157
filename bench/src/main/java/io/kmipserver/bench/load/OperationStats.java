package io.kmipserver.bench.load;

import java.util.EnumMap;
import java.util.Map;
import org.HdrHistogram.AbstractHistogram;
import org.HdrHistogram.IntCountsHistogram;

/**
 * Latency histograms (microseconds, three significant digits) and error counts per operation.
 * Histograms are made on first use, so a connection holds one only for the operations it sends.
 * Latencies above {@link #HIGHEST_MICROS} are recorded as that value.
 *
 * <p>Not thread-safe: each {@link ConnectionWorker} owns one; the coordinating thread merges them
 * with {@link #addTo} after the workers have ended.
 */
final class OperationStats {

    /** Highest latency tracked: 60 s, far above any read timeout the generator allows. */
    static final long HIGHEST_MICROS = 60_000_000L;

    private final Map<LoadOperation, AbstractHistogram> latencies = new EnumMap<>(LoadOperation.class);
    private final Map<LoadOperation, Long> errors = new EnumMap<>(LoadOperation.class);

    /** Records one completed request of {@code op}; {@code failed} when it was not a Success. */
    void record(LoadOperation op, long micros, boolean failed) {
        histogram(op).recordValue(Math.max(0, Math.min(micros, HIGHEST_MICROS)));
        if (failed) {
            errors.merge(op, 1L, Long::sum);
        }
    }

    /** Adds everything recorded here into {@code total}. */
    void addTo(OperationStats total) {
        latencies.forEach((op, h) -> total.histogram(op).add(h));
        errors.forEach((op, n) -> total.errors.merge(op, n, Long::sum));
    }

    /** The histogram of {@code op}, empty when nothing was recorded. */
    AbstractHistogram histogram(LoadOperation op) {
        return latencies.computeIfAbsent(op, o -> newHistogram());
    }

    /**
     * An empty latency histogram: int counts (a run cannot reach 2^31 requests in one bucket within
     * its one-hour bound at loopback rates), half the memory of long counts per connection.
     */
    static AbstractHistogram newHistogram() {
        return new IntCountsHistogram(HIGHEST_MICROS, 3);
    }

    /** True when at least one request of {@code op} was recorded. */
    boolean recorded(LoadOperation op) {
        AbstractHistogram h = latencies.get(op);
        return h != null && h.getTotalCount() > 0;
    }

    long errors(LoadOperation op) {
        return errors.getOrDefault(op, 0L);
    }
}

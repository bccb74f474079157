package io.kmipserver.bench.load;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The run's clock, shared by the coordinator and the workers: set once, when every connection is
 * ready, to the instants (System.nanoTime) where measuring starts and where the run ends; or
 * aborted, when a connection failed before the start.
 *
 * <p>Thread-safe: written once by the coordinator before the latch opens, read by workers after.
 */
final class Schedule {

    private final CountDownLatch go = new CountDownLatch(1);
    private volatile long measureFrom;
    private volatile long end;
    private volatile boolean started;

    /** Starts the run now: warm-up until {@code now + warmupNanos}, measuring for {@code durationNanos}. */
    void start(long warmupNanos, long durationNanos) {
        long now = System.nanoTime();
        measureFrom = now + warmupNanos;
        end = measureFrom + durationNanos;
        started = true;
        go.countDown();
    }

    /** Releases waiting workers without a run. */
    void abort() {
        go.countDown();
    }

    /**
     * Waits for {@link #start} or {@link #abort}; true when the run started.
     *
     * @throws InterruptedException when the waiting thread is interrupted
     */
    boolean awaitStart(long timeout, TimeUnit unit) throws InterruptedException {
        return go.await(timeout, unit) && started;
    }

    /** True when a request that started at {@code startNanos} falls in the measured window. */
    boolean measures(long startNanos) {
        return started && startNanos - measureFrom >= 0 && startNanos - end < 0;
    }

    /** True from the end of the measured window on. */
    boolean over(long nowNanos) {
        return nowNanos - end >= 0;
    }

    long endNanos() {
        return end;
    }
}

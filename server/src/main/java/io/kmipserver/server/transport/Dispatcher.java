package io.kmipserver.server.transport;

import io.kmipserver.server.protocol.ConnectionAuditor;
import io.kmipserver.server.protocol.KmipRequestProcessor;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What every connection's request handler shares: the processor, the auditor, the worker pool, and
 * the server-wide count of requests in flight that a graceful stop waits for.
 *
 * <p>Thread-safe.
 */
final class Dispatcher {

    final KmipRequestProcessor processor;
    final ConnectionAuditor auditor;
    final WorkerPool workers;
    /** How long a started message may take to arrive in full. */
    final Duration incompleteFrameTimeout;

    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile boolean draining;

    Dispatcher(KmipRequestProcessor processor, ConnectionAuditor auditor, WorkerPool workers,
            Duration incompleteFrameTimeout) {
        this.processor = processor;
        this.auditor = auditor;
        this.workers = workers;
        this.incompleteFrameTimeout = incompleteFrameTimeout;
    }

    void requestStarted() {
        inFlight.incrementAndGet();
    }

    void requestFinished() {
        inFlight.decrementAndGet();
    }

    int inFlight() {
        return inFlight.get();
    }

    /** From now on no connection starts a new request; each closes once its current one is answered. */
    void startDraining() {
        draining = true;
    }

    boolean draining() {
        return draining;
    }

    /** Waits until no request is in flight, for at most {@code timeout}; true when none is. */
    boolean awaitIdle(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (inFlight.get() > 0) {
            if (System.nanoTime() - deadline > 0) {
                return false;
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return inFlight.get() == 0;
            }
        }
        return true;
    }
}

package io.kmipserver.server.transport;

import io.kmipserver.server.protocol.ConnectionAuditor;
import io.kmipserver.codec.message.RequestMessage;
import io.kmipserver.codec.message.ResponseMessage;
import io.kmipserver.server.protocol.ClientSession;
import io.kmipserver.server.protocol.KmipRequestProcessor;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every connection's request handler shares: the processor, the auditor, the worker pool, and
 * the server-wide count of requests in flight that a graceful stop waits for.
 *
 * <p>Thread-safe.
 */
final class Dispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);

    final KmipRequestProcessor processor;
    final KmipRequestObserver observer;
    final ConnectionAuditor auditor;
    final WorkerPool workers;
    /** How long a started message may take to arrive in full. */
    final Duration incompleteFrameTimeout;

    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile boolean draining;

    Dispatcher(KmipRequestProcessor processor, KmipRequestObserver observer, ConnectionAuditor auditor,
            WorkerPool workers, Duration incompleteFrameTimeout) {
        this.processor = processor;
        this.observer = observer;
        this.auditor = auditor;
        this.workers = workers;
        this.incompleteFrameTimeout = incompleteFrameTimeout;
    }

    /** Processes a decoded request on a worker thread and shows the answer to the observer. */
    ResponseMessage process(RequestMessage request, ClientSession session) {
        long start = System.nanoTime();
        ResponseMessage response = processor.process(request, session);
        try {
            observer.answered(request, response, System.nanoTime() - start);
        } catch (RuntimeException e) {
            LOG.warn("The request observer failed; ignored", e);
        }
        return response;
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

package io.kmipserver.server.transport;

import io.netty.channel.Channel;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bounded pool where everything that blocks runs: request processing (JDBC, PKCS#11, the audit
 * journal) and connection audits. Blocking work never runs on a Netty event loop (DESIGN.md).
 *
 * <p>A full queue does not fail the work: the submitting connection stays paused (it reads nothing
 * while its request waits) and the submission is retried shortly on its event loop. Each connection
 * has at most one task here at a time, so the queue holds at most one task per open connection.
 *
 * <p>Thread-safe.
 */
public final class WorkerPool {

    private static final Logger LOG = LoggerFactory.getLogger(WorkerPool.class);
    private static final long RETRY_MILLIS = 5;

    private final ThreadPoolExecutor executor;

    WorkerPool(int threads, int queueCapacity) {
        this("kmip-worker-", threads, queueCapacity);
    }

    /** A pool whose threads are named {@code namePrefix} plus a number (the management API has its own). */
    public WorkerPool(String namePrefix, int threads, int queueCapacity) {
        AtomicInteger number = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(queueCapacity), task -> {
                    Thread thread = new Thread(task, namePrefix + number.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /**
     * Runs {@code work} on a worker, then {@code then} with its result or failure on the channel's
     * event loop. Call from that event loop.
     */
    public <T> void run(Channel channel, Callable<T> work, BiConsumer<T, Throwable> then) {
        try {
            executor.execute(() -> {
                T result = null;
                Throwable failure = null;
                try {
                    result = work.call();
                } catch (Throwable t) {
                    failure = t;
                }
                T r = result;
                Throwable f = failure;
                try {
                    channel.eventLoop().execute(() -> then.accept(r, f));
                } catch (RejectedExecutionException e) {
                    LOG.debug("Event loop of {} gone before its work completed", channel);
                }
            });
        } catch (RejectedExecutionException e) {
            if (executor.isShutdown()) {
                then.accept(null, e);
            } else {
                channel.eventLoop().schedule(() -> run(channel, work, then), RETRY_MILLIS, TimeUnit.MILLISECONDS);
            }
        }
    }

    int queued() {
        return executor.getQueue().size();
    }

    /**
     * Lets queued and running work finish for up to {@code timeout}, then interrupts what is left.
     *
     * @return true when everything finished in time
     */
    public boolean shutdown(Duration timeout) {
        executor.shutdown();
        try {
            if (executor.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                return true;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        executor.shutdownNow();
        return false;
    }
}

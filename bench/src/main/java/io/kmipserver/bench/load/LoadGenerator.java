package io.kmipserver.bench.load;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.AbstractHistogram;

/**
 * Runs one load: starts a {@link ConnectionWorker} thread per connection, waits until every
 * connection is ready (handshake done, key pool made), starts them together, and after the
 * schedule ends merges their statistics into a {@link LoadReport}.
 *
 * <p>Bounded in time: set-up may take at most {@link #setupTimeoutNanos}; a worker still running
 * one response timeout (plus a margin) after the end has its socket closed. Each wait on the server
 * (connect and handshake, each response) is bounded by the settings' timeout through a watchdog
 * thread that closes the connection of a worker waiting longer (up to a quarter of the timeout, at
 * most {@value #WATCHDOG_PERIOD_MILLIS} ms, late): the sockets themselves have no timeout, which
 * keeps their reads blocking and cheap (see {@link ClientTls#connect}). Not reusable: one instance
 * per run, driven by one thread.
 */
public final class LoadGenerator {

    private static final long WATCHDOG_PERIOD_MILLIS = 100;

    private final LoadSettings settings;
    private final ClientTls tls;
    private final long setupTimeoutNanos;

    /**
     * @param setupTimeoutSeconds how long connecting and making key pools may take in all
     */
    public LoadGenerator(LoadSettings settings, ClientTls tls, long setupTimeoutSeconds) {
        this.settings = settings;
        this.tls = tls;
        this.setupTimeoutNanos = TimeUnit.SECONDS.toNanos(setupTimeoutSeconds);
    }

    /**
     * Runs the load and returns its report; never throws for a server-side problem, which the
     * report's {@link LoadReport#failure()} and error counts describe.
     *
     * @throws InterruptedException when the calling thread is interrupted (workers are then stopped)
     */
    public LoadReport run() throws InterruptedException {
        int n = settings.connections();
        Schedule schedule = new Schedule();
        CountDownLatch ready = new CountDownLatch(n);
        ErrorSample errors = new ErrorSample();
        List<ConnectionWorker> workers = new ArrayList<>(n);
        List<Thread> threads = new ArrayList<>(n);
        long seed = System.nanoTime();
        for (int i = 0; i < n; i++) {
            ConnectionWorker worker = new ConnectionWorker(i, settings, tls, schedule, ready, errors, seed + i);
            Thread thread = new Thread(worker, "kmip-load-" + i);
            thread.setDaemon(true);
            workers.add(worker);
            threads.add(thread);
        }
        ScheduledExecutorService watchdog = startWatchdog(workers);
        threads.forEach(Thread::start);
        String failure;
        try {
            failure = prepare(ready, workers);
            if (failure == null) {
                schedule.start(settings.warmup().toNanos(), settings.duration().toNanos());
            } else {
                schedule.abort();
            }
            joinAll(threads, workers, schedule, failure == null);
        } catch (InterruptedException e) {
            schedule.abort();
            workers.forEach(ConnectionWorker::abort);
            throw e;
        } finally {
            watchdog.shutdownNow();
        }
        if (failure == null) {
            failure = firstFailure(workers);
        }
        return report(workers, errors, failure);
    }

    /** Checks every worker's wait on the server against the timeout, a few times per timeout. */
    private ScheduledExecutorService startWatchdog(List<ConnectionWorker> workers) {
        ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "kmip-load-watchdog");
            thread.setDaemon(true);
            return thread;
        });
        long timeoutNanos = settings.timeout().toNanos();
        long period = Math.max(TimeUnit.MILLISECONDS.toNanos(1),
                Math.min(timeoutNanos / 4, TimeUnit.MILLISECONDS.toNanos(WATCHDOG_PERIOD_MILLIS)));
        watchdog.scheduleAtFixedRate(() -> {
            long deadline = System.nanoTime() - timeoutNanos;
            for (ConnectionWorker w : workers) {
                w.closeIfWaitingSinceBefore(deadline);
            }
        }, period, period, TimeUnit.NANOSECONDS);
        return watchdog;
    }

    /** Waits for every connection to be ready; returns why the run cannot start, or {@code null}. */
    private String prepare(CountDownLatch ready, List<ConnectionWorker> workers) throws InterruptedException {
        if (!ready.await(setupTimeoutNanos, TimeUnit.NANOSECONDS)) {
            return "connections were not ready within " + TimeUnit.NANOSECONDS.toSeconds(setupTimeoutNanos)
                    + " s (handshake and key pool)";
        }
        return firstFailure(workers);
    }

    private void joinAll(List<Thread> threads, List<ConnectionWorker> workers, Schedule schedule, boolean started)
            throws InterruptedException {
        long grace = settings.timeout().toNanos() + TimeUnit.SECONDS.toNanos(5);
        long deadline = started ? schedule.endNanos() + grace : System.nanoTime() + grace;
        for (int i = 0; i < threads.size(); i++) {
            long left = deadline - System.nanoTime();
            if (left > 0) {
                TimeUnit.NANOSECONDS.timedJoin(threads.get(i), left);
            }
            if (threads.get(i).isAlive()) {
                workers.get(i).abort();
                threads.get(i).join(TimeUnit.SECONDS.toMillis(5));
            }
        }
    }

    private static String firstFailure(List<ConnectionWorker> workers) {
        for (ConnectionWorker w : workers) {
            if (w.failure() != null) {
                return w.failure();
            }
        }
        return null;
    }

    private LoadReport report(List<ConnectionWorker> workers, ErrorSample errors, String failure) {
        OperationStats merged = new OperationStats();
        String tlsDescription = null;
        for (ConnectionWorker w : workers) {
            w.stats().addTo(merged);
            if (tlsDescription == null) {
                tlsDescription = w.tlsDescription();
            }
        }
        double seconds = settings.duration().toNanos() / 1e9;
        List<LoadReport.Row> rows = new ArrayList<>();
        AbstractHistogram all = OperationStats.newHistogram();
        long totalErrors = 0;
        for (LoadOperation op : LoadOperation.values()) {
            if (merged.recorded(op)) {
                rows.add(LoadReport.Row.of(op.label(), merged.histogram(op), merged.errors(op), seconds));
                all.add(merged.histogram(op));
                totalErrors += merged.errors(op);
            }
        }
        LoadReport.Row total = LoadReport.Row.of("total", all, totalErrors, seconds);
        return new LoadReport(settings.label(), settings.host() + ":" + settings.port(), settings.workload(),
                settings.connections(), seconds, settings.warmup().toNanos() / 1e9, settings.version().toString(),
                tlsDescription, rows, total, errors.lines(), failure);
    }
}

package io.kmipserver.bench.load;

import io.kmipserver.codec.message.ResponseBatchItem;
import io.kmipserver.codec.payload.CreateResponse;
import io.kmipserver.codec.payload.RequestPayload;
import java.io.IOException;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLSocket;

/**
 * One connection's closed loop: connect and handshake, make the key pool when Gets need one, signal
 * ready, wait for the common start, then send requests until the schedule ends. Requests that start
 * inside the measured window are recorded; warm-up requests are not. A failed request is counted and
 * the loop goes on; a broken connection ends the worker with {@link #failure()}.
 *
 * <p>The socket has no timeout of its own (see {@link ClientTls#connect}): the worker says when it
 * starts and ends waiting on the server, and the coordinator's watchdog closes the connection of a
 * worker that has waited longer than the timeout ({@link #closeIfWaitingSinceBefore}).
 *
 * <p>Runs on its own thread; its {@link OperationStats} may be read only after that thread ended.
 */
final class ConnectionWorker implements Runnable {

    /** {@link #waitingSince} when not waiting on the server: between requests, or done. */
    private static final long NOT_WAITING = Long.MIN_VALUE;

    private final int index;
    private final LoadSettings settings;
    private final ClientTls tls;
    private final Schedule schedule;
    private final CountDownLatch ready;
    private final ErrorSample errorSample;
    private final OperationStats stats = new OperationStats();
    private final SplittableRandom random;
    private final List<String> pool = new ArrayList<>();

    /** Closed by {@link #abort} and the watchdog: ends a blocked connect, handshake or read at once. */
    private volatile Socket plain;
    /** This thread's TLS socket over {@link #plain}; closed with a close_notify when the worker ends. */
    private SSLSocket tlsSocket;
    /** System.nanoTime when the wait on the server began (connect, handshake, a request), or NOT_WAITING. */
    private volatile long waitingSince = NOT_WAITING;
    private volatile boolean timedOut;
    private volatile String tlsDescription;
    private volatile String failure;
    private boolean readySignalled;
    private KmipClient client;

    ConnectionWorker(int index, LoadSettings settings, ClientTls tls, Schedule schedule, CountDownLatch ready,
            ErrorSample errorSample, long seed) {
        this.index = index;
        this.settings = settings;
        this.tls = tls;
        this.schedule = schedule;
        this.ready = ready;
        this.errorSample = errorSample;
        this.random = new SplittableRandom(seed);
    }

    @Override
    public void run() {
        try {
            Socket socket = new Socket();
            plain = socket;
            waitingSince = System.nanoTime();
            tlsSocket = tls.connect(socket, settings.host(), settings.port());
            waitingSince = NOT_WAITING;
            client = new KmipClient(tlsSocket, settings.version(), settings.maxResponseBytes());
            tlsDescription = client.tlsDescription();
            if (settings.needsKeyPool()) {
                fillPool();
            }
            signalReady();
            // The coordinator aborts or starts well within this bound; it exists so no thread waits forever.
            if (!schedule.awaitStart(1, TimeUnit.DAYS)) {
                return;
            }
            if (settings.scenario() == Scenario.LIFECYCLE) {
                runLifecycle();
            } else {
                runMix();
            }
        } catch (IOException e) {
            failure = "connection " + index + ": " + (timedOut
                    ? "no answer within the timeout of " + settings.timeout().toMillis() + " ms; closed"
                    : e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (SetupException e) {
            failure = "connection " + index + ": " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure = "connection " + index + ": interrupted";
        } catch (RuntimeException e) {
            failure = "connection " + index + ": unexpected " + e;
        } finally {
            waitingSince = NOT_WAITING;
            signalReady();
            closeQuietly(tlsSocket != null ? tlsSocket : plain);
        }
    }

    /** Creates and activates {@code poolSize} keys, unmeasured; any failure aborts the run. */
    private void fillPool() throws IOException, SetupException {
        for (int i = 0; i < settings.poolSize(); i++) {
            ResponseBatchItem created = execute(LoadOperation.CREATE, KmipClient.create());
            String id = createdId(created);
            if (id == null || execute(LoadOperation.ACTIVATE, KmipClient.activate(id)) == null) {
                throw new SetupException("could not create and activate the key pool (see the failures above)");
            }
            pool.add(id);
        }
    }

    private void runMix() throws IOException {
        OperationMix mix = settings.mix();
        int total = mix.totalWeight();
        while (!schedule.over(System.nanoTime())) {
            LoadOperation op = mix.pick(random.nextInt(total));
            execute(op, payload(op));
        }
    }

    private RequestPayload payload(LoadOperation op) {
        switch (op) {
            case GET:
                return KmipClient.get(pool.get(random.nextInt(pool.size())));
            case CREATE:
                return KmipClient.create();
            case DISCOVER:
                return KmipClient.discoverVersions();
            default:
                throw new IllegalStateException(op + " is not part of a mix");
        }
    }

    /** Create → Activate → Get → Revoke → Destroy per iteration; an iteration stops at its first failure. */
    private void runLifecycle() throws IOException {
        while (!schedule.over(System.nanoTime())) {
            String id = createdId(execute(LoadOperation.CREATE, KmipClient.create()));
            if (id == null
                    || execute(LoadOperation.ACTIVATE, KmipClient.activate(id)) == null
                    || execute(LoadOperation.GET, KmipClient.get(id)) == null
                    || execute(LoadOperation.REVOKE, KmipClient.revoke(id)) == null) {
                continue;
            }
            execute(LoadOperation.DESTROY, KmipClient.destroy(id));
        }
    }

    /** The Unique Identifier a successful Create returned, or {@code null} after a failure. */
    private String createdId(ResponseBatchItem created) {
        if (created == null) {
            return null;
        }
        if (created.payload() instanceof CreateResponse response) {
            return response.uniqueIdentifier();
        }
        errorSample.add("create: Success without a Create response payload");
        return null;
    }

    /**
     * Sends one request, times it, records it when it started in the measured window.
     *
     * @return the successful batch item, or {@code null} when the server answered with a failure
     *     or an undecodable response
     * @throws IOException when the connection broke (also counted as an error when measured)
     */
    private ResponseBatchItem execute(LoadOperation op, RequestPayload payload) throws IOException {
        long start = System.nanoTime();
        ResponseBatchItem item;
        String error;
        waitingSince = start;
        try {
            item = client.call(payload);
            error = item.isSuccess() ? null : describe(item);
        } catch (UnexpectedResponseException e) {
            item = null;
            error = e.getMessage();
        } catch (IOException e) {
            if (schedule.measures(start)) {
                stats.record(op, (System.nanoTime() - start) / 1000, true);
            }
            throw e;
        } finally {
            waitingSince = NOT_WAITING;
        }
        if (schedule.measures(start)) {
            stats.record(op, (System.nanoTime() - start) / 1000, error != null);
        }
        if (error != null) {
            errorSample.add(op.label() + ": " + error);
            return null;
        }
        return item;
    }

    private static String describe(ResponseBatchItem item) {
        String reason = item.resultReason() == null ? "no Result Reason" : item.resultReason().specName();
        String text = item.resultStatus().specName() + ", " + reason;
        return item.resultMessage() == null ? text : text + " (" + item.resultMessage() + ")";
    }

    private void signalReady() {
        if (!readySignalled) {
            readySignalled = true;
            ready.countDown();
        }
    }

    /** Closes the socket from another thread, so that a worker blocked in a read ends at once. */
    void abort() {
        closeQuietly(plain);
    }

    /**
     * The watchdog's check, from another thread: closes the connection when the worker has been
     * waiting on the server since before {@code deadlineNanos} (System.nanoTime), so that its connect,
     * handshake or read fails at once and the worker ends with a timeout failure.
     */
    void closeIfWaitingSinceBefore(long deadlineNanos) {
        long since = waitingSince;
        if (since != NOT_WAITING && since - deadlineNanos < 0) {
            timedOut = true;
            closeQuietly(plain);
        }
    }

    private static void closeQuietly(Socket s) {
        if (s != null) {
            try {
                s.close();
            } catch (IOException ignored) {
                // closing is best effort; the run is over for this connection
            }
        }
    }

    OperationStats stats() {
        return stats;
    }

    String failure() {
        return failure;
    }

    String tlsDescription() {
        return tlsDescription;
    }

    /** The pool or the connection could not be prepared; the run cannot start. */
    private static final class SetupException extends Exception {
        private static final long serialVersionUID = 1L;

        SetupException(String message) {
            super(message);
        }
    }
}

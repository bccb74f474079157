package io.kmipserver.server.testing;

import io.kmipserver.codec.message.ProtocolVersion;
import io.kmipserver.codec.message.RequestBatchItem;
import io.kmipserver.codec.message.RequestDecodeException;
import io.kmipserver.codec.message.RequestMessage;
import io.kmipserver.codec.message.ResponseBatchItem;
import io.kmipserver.codec.message.ResponseMessage;
import io.kmipserver.codec.payload.DiscoverVersionsRequest;
import io.kmipserver.codec.payload.DiscoverVersionsResponse;
import io.kmipserver.codec.spec.ResultReason;
import io.kmipserver.server.protocol.ClientSession;
import io.kmipserver.server.protocol.KmipRequestProcessor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small processor for transport tests, until the operations module's processor is wired in:
 * answers Discover Versions with the request's own version and every other operation with
 * Operation Not Supported. It records every session it served and can hold requests at a gate.
 */
public final class TestProcessor implements KmipRequestProcessor {

    private final ConcurrentLinkedQueue<ClientSession> sessions = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> undecodable = new ConcurrentLinkedQueue<>();
    private final AtomicInteger active = new AtomicInteger();
    private final AtomicInteger maxActive = new AtomicInteger();
    private final AtomicInteger entered = new AtomicInteger();
    private volatile Semaphore gate;

    /** From now on every request waits in {@link #process} until {@link #release} lets it through. */
    public TestProcessor hold() {
        gate = new Semaphore(0);
        return this;
    }

    /** Lets {@code n} held requests through. */
    public void release(int n) {
        gate.release(n);
    }

    /** Waits until a request has entered {@link #process}. */
    public boolean awaitEntered(long millis) throws InterruptedException {
        return awaitEntered(1, millis);
    }

    /** Waits until {@code count} requests in all have entered {@link #process}. */
    public boolean awaitEntered(int count, long millis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        while (entered.get() < count) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(5);
        }
        return true;
    }

    @Override
    public ResponseMessage process(RequestMessage request, ClientSession session) {
        sessions.add(session);
        maxActive.accumulateAndGet(active.incrementAndGet(), Math::max);
        try {
            entered.incrementAndGet();
            Semaphore g = gate;
            if (g != null) {
                try {
                    if (!g.tryAcquire(20, TimeUnit.SECONDS)) {
                        throw new IllegalStateException("test gate never opened");
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
            List<ResponseBatchItem> items = new ArrayList<>();
            for (RequestBatchItem item : request.batchItems()) {
                if (item.payload() instanceof DiscoverVersionsRequest) {
                    items.add(ResponseBatchItem.success(item,
                            new DiscoverVersionsResponse(List.of(request.protocolVersion()))));
                } else {
                    items.add(ResponseBatchItem.failure(item, ResultReason.OPERATION_NOT_SUPPORTED, "test processor"));
                }
            }
            return ResponseMessage.of(request.protocolVersion(), Instant.now(), items);
        } finally {
            active.decrementAndGet();
        }
    }

    @Override
    public ResponseMessage processUndecodable(RequestDecodeException failure, ClientSession session) {
        sessions.add(session);
        undecodable.add(failure.getMessage());
        ProtocolVersion version = failure.partial().protocolVersion() != null
                && failure.partial().protocolVersion().rules() != null
                ? failure.partial().protocolVersion() : ProtocolVersion.V1_0;
        return ResponseMessage.of(version, Instant.now(),
                List.of(ResponseBatchItem.failure(null, null, failure.resultReason(), failure.getMessage())));
    }

    public List<ClientSession> sessions() {
        return List.copyOf(sessions);
    }

    public List<String> undecodable() {
        return List.copyOf(undecodable);
    }

    /** The most requests that were inside {@link #process} at once. */
    public int maxConcurrent() {
        return maxActive.get();
    }

    /** A single-item Discover Versions request. */
    public static RequestMessage discoverVersions(ProtocolVersion version) {
        return RequestMessage.of(version, new DiscoverVersionsRequest(List.of(version)));
    }
}

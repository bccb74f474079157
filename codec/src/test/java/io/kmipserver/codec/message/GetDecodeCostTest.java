package io.kmipserver.codec.message;

import static org.assertj.core.api.Assertions.assertThat;

import io.kmipserver.codec.payload.GetRequest;
import io.kmipserver.codec.spec.Operation;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.util.concurrent.FastThreadLocalThread;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The hot path's budget: decoding a Get request (header with Protocol Version and Batch Count, one
 * batch item with Operation Get and a Unique Identifier) allocates under 500 bytes. The time is
 * printed but not asserted: the build machine is shared and a unit test's clock is no benchmark;
 * the JMH benchmarks in bench/ measure it.
 */
class GetDecodeCostTest {

    private static final int WARM_UP = 200_000;
    private static final int MEASURED = 100_000;

    @Test
    void decodingAGetRequestAllocatesLessThan500Bytes() throws InterruptedException {
        // Measured on a FastThreadLocalThread, the kind of thread a Netty event loop runs: Netty
        // decodes a direct buffer's text through a per-thread scratch array only on such threads
        // and allocates one per string elsewhere.
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new FastThreadLocalThread(() -> {
            try {
                measure();
            } catch (Throwable e) {
                failure.set(e);
            }
        });
        t.start();
        t.join();
        if (failure.get() instanceof AssertionError e) {
            throw e;
        }
        assertThat(failure.get()).isNull();
    }

    private static void measure() {
        byte[] wire = MessageVectors.byId("UC10-4.1-step-6-client-b-get-symmetric-key-request").bytes();
        // A direct buffer, as the server reads, built around a plain ByteBuffer: the allocator's
        // buffers are leak-tracked in tests (paranoid level records every access) and would measure
        // the tracker instead of the decoder.
        ByteBuf buf = Unpooled.wrappedBuffer(ByteBuffer.allocateDirect(wire.length).put(wire).flip());
        assertThat(buf.getClass().getSimpleName()).doesNotContain("LeakAware");
        try {
            long sink = 0;
            for (int i = 0; i < WARM_UP; i++) {
                sink += decode(buf);
            }
            com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
            long thread = Thread.currentThread().getId();
            long bytesBefore = threads.getThreadAllocatedBytes(thread);
            long start = System.nanoTime();
            for (int i = 0; i < MEASURED; i++) {
                sink += decode(buf);
            }
            long nanos = System.nanoTime() - start;
            long bytes = threads.getThreadAllocatedBytes(thread) - bytesBefore;
            double bytesPerDecode = (double) bytes / MEASURED;
            double nanosPerDecode = (double) nanos / MEASURED;
            System.out.printf("Get request decode: %.0f ns, %.0f bytes allocated (%d)%n", nanosPerDecode, bytesPerDecode, sink);
            assertThat(bytesPerDecode).isLessThan(500);
        } finally {
            buf.release();
        }
    }

    private static int decode(ByteBuf buf) {
        buf.readerIndex(0);
        RequestMessage m = KmipMessages.decodeRequest(buf);
        RequestBatchItem item = m.batchItems().get(0);
        if (item.operation() != Operation.GET) {
            throw new AssertionError(item.operation());
        }
        return item.payload(GetRequest.class).uniqueIdentifier().text().length();
    }
}

package io.kmipserver.codec.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.util.function.Supplier;

/**
 * The allocation a decode of untrusted bytes may cost: {@value #PER_INPUT_BYTE} bytes per input byte
 * plus {@value #CONSTANT}. The smallest items (an empty Structure or Byte String, 8 bytes on the
 * wire) each cost a record, a list slot and, for strings, an empty value: about 64 bytes, 8 per wire
 * byte; twice that leaves room for list growth. The constant covers the reader, the field reader, a
 * failure's exception and partial request. DESIGN.md invariant 7: bad input is bounded.
 */
final class AllocationBudget {

    static final long PER_INPUT_BYTE = 16;
    static final long CONSTANT = 32 * 1024;

    private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();

    private AllocationBudget() {
    }

    /**
     * Runs {@code decode} twice, asserts that the second run stayed within the budget for
     * {@code inputLength} bytes, and returns the first run's result. Only the second run is measured:
     * the first may load (and, under Jazzer, instrument) classes, a one-time cost that is not the
     * input's doing.
     */
    static <T> T decodeWithinBudget(int inputLength, Supplier<T> decode) {
        T result = decode.get();
        long before = THREADS.getCurrentThreadAllocatedBytes();
        decode.get();
        long allocated = THREADS.getCurrentThreadAllocatedBytes() - before;
        assertThat(allocated)
                .as("bytes allocated decoding %d input bytes", inputLength)
                .isLessThanOrEqualTo(PER_INPUT_BYTE * inputLength + CONSTANT);
        return result;
    }
}

package io.kmipserver.server.transport;

import io.netty.channel.Channel;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;

/**
 * At most {@code max} open connections on one listener: a channel beyond the limit is closed before
 * anything is set up on it (no TLS session, no buffers), so that a client cannot exhaust file
 * descriptors or memory, and a warning says so in the log at most every ten seconds.
 *
 * <p>Thread-safe: {@link #admit} runs on any event loop.
 */
public final class ConnectionLimit {

    private static final long REFUSAL_LOG_EVERY_NANOS = TimeUnit.SECONDS.toNanos(10);

    private final int max;
    private final String setting;
    private final Logger log;
    private final AtomicInteger open = new AtomicInteger();
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong lastRefusalLog = new AtomicLong(System.nanoTime() - REFUSAL_LOG_EVERY_NANOS);

    /**
     * @param setting the configuration key of {@code max}, named in the warning
     * @param log     the listener's logger
     */
    public ConnectionLimit(int max, String setting, Logger log) {
        if (max < 1) {
            throw new IllegalArgumentException(setting + " must be at least 1: " + max);
        }
        this.max = max;
        this.setting = setting;
        this.log = log;
    }

    /**
     * Counts the new channel as open until it closes, or closes it at once when {@code max} are open.
     *
     * @return false when the channel was refused (and closed)
     */
    public boolean admit(Channel channel) {
        if (open.incrementAndGet() > max) {
            open.decrementAndGet();
            long count = refused.incrementAndGet();
            long now = System.nanoTime();
            long last = lastRefusalLog.get();
            if (now - last >= REFUSAL_LOG_EVERY_NANOS && lastRefusalLog.compareAndSet(last, now)) {
                log.warn("Refusing connections: {} are open, the maximum ({}); {} refused so far", max, setting, count);
            }
            channel.close();
            return false;
        }
        channel.closeFuture().addListener(closed -> open.decrementAndGet());
        return true;
    }

    /** Connections open now (admitted, not yet closed). */
    public int open() {
        return open.get();
    }

    /** Connections closed at once because {@code max} were open. */
    public long refused() {
        return refused.get();
    }
}

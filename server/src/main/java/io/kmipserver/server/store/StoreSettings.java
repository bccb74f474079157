package io.kmipserver.server.store;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Tunables of a {@link JdbcObjectStore}; {@link #defaults()} suits the 2-core dev profile.
 *
 * @param writeQueueCapacity units that may wait for the writer; beyond it {@link ObjectStore#submit}
 *     blocks (backpressure)
 * @param maxUnitsPerCommit most units the writer puts in one transaction
 * @param submitTimeout how long {@code submit} blocks on a full queue before failing with
 *     {@link StoreBusyException}
 * @param readerPoolSize connections of the read pool
 * @param maxLocateItems the internal cap on Locate results (KMIP 1.4 §4.9 allows one)
 * @param clock source of creation and update instants
 */
public record StoreSettings(int writeQueueCapacity, int maxUnitsPerCommit, Duration submitTimeout,
        int readerPoolSize, int maxLocateItems, Clock clock) {

    public StoreSettings {
        if (writeQueueCapacity < 1 || maxUnitsPerCommit < 1 || readerPoolSize < 1 || maxLocateItems < 1) {
            throw new IllegalArgumentException("store sizes must be positive");
        }
        Objects.requireNonNull(submitTimeout, "submitTimeout");
        Objects.requireNonNull(clock, "clock");
    }

    public static StoreSettings defaults() {
        return new StoreSettings(4096, 512, Duration.ofSeconds(5), 8, 10_000, Clock.systemUTC());
    }

    public StoreSettings withClock(Clock c) {
        return new StoreSettings(writeQueueCapacity, maxUnitsPerCommit, submitTimeout, readerPoolSize, maxLocateItems, c);
    }

    public StoreSettings withWriteQueue(int capacity, Duration timeout) {
        return new StoreSettings(capacity, maxUnitsPerCommit, timeout, readerPoolSize, maxLocateItems, clock);
    }

    public StoreSettings withMaxLocateItems(int max) {
        return new StoreSettings(writeQueueCapacity, maxUnitsPerCommit, submitTimeout, readerPoolSize, max, clock);
    }
}

package io.kmipserver.audit.journal;

import java.time.Duration;
import java.util.Objects;

/**
 * How the Chronicle journal stores events.
 *
 * @param fsync                 force every appended event to the device before {@code append}
 *                              returns (Chronicle {@code SyncMode.SYNC}); survives power loss, costs
 *                              latency. Without it an event survives a {@code kill -9} of the
 *                              process (it is in the page cache) but not a power cut.
 * @param minFreeBytes          appends fail once the journal's file system has less free space:
 *                              Chronicle writes through memory-mapped, sparse files, and a write
 *                              that finds the disk full kills the JVM with SIGBUS instead of
 *                              throwing, so the journal must refuse before that point
 * @param storageCheckInterval  how often an append looks at the directory and free space
 *                              ({@link Duration#ZERO}: on every append)
 * @param blockSize             Chronicle's mapping chunk in bytes; files grow by this much
 */
public record JournalOptions(boolean fsync, long minFreeBytes, Duration storageCheckInterval, long blockSize) {

    /** Smallest block Chronicle accepts for an event of {@link EventCodec#MAX_ENCODED_SIZE}. */
    public static final long MIN_BLOCK_SIZE = 256L * 1024;

    public static final JournalOptions DEFAULT =
            new JournalOptions(false, 256L * 1024 * 1024, Duration.ofSeconds(1), 64L * 1024 * 1024);

    public JournalOptions {
        Objects.requireNonNull(storageCheckInterval, "storageCheckInterval");
        if (minFreeBytes < 0) {
            throw new IllegalArgumentException("minFreeBytes must not be negative: " + minFreeBytes);
        }
        if (storageCheckInterval.isNegative()) {
            throw new IllegalArgumentException("storageCheckInterval must not be negative: " + storageCheckInterval);
        }
        if (blockSize < MIN_BLOCK_SIZE) {
            throw new IllegalArgumentException("blockSize must be at least " + MIN_BLOCK_SIZE + ": " + blockSize);
        }
    }

    public JournalOptions withFsync(boolean fsync) {
        return new JournalOptions(fsync, minFreeBytes, storageCheckInterval, blockSize);
    }

    public JournalOptions withMinFreeBytes(long minFreeBytes) {
        return new JournalOptions(fsync, minFreeBytes, storageCheckInterval, blockSize);
    }

    public JournalOptions withStorageCheckInterval(Duration storageCheckInterval) {
        return new JournalOptions(fsync, minFreeBytes, storageCheckInterval, blockSize);
    }

    public JournalOptions withBlockSize(long blockSize) {
        return new JournalOptions(fsync, minFreeBytes, storageCheckInterval, blockSize);
    }
}

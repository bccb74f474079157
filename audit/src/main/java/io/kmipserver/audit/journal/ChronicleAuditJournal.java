package io.kmipserver.audit.journal;

import io.kmipserver.audit.event.AuditEvent;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.ToLongFunction;
import net.openhft.chronicle.bytes.SyncMode;
import net.openhft.chronicle.queue.ExcerptAppender;
import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.queue.TailerDirection;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueueBuilder;
import net.openhft.chronicle.wire.DocumentContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audit journal in a Chronicle Queue directory: binary wire, one cycle file per day
 * ({@link CycleFiles#ROLL_CYCLE}), each event one excerpt in the {@link EventCodec} layout.
 *
 * <p>Threading: {@link #append} is thread-safe. Each thread encodes into its own buffer, then one
 * lock serialises numbering and the write through a single appender — Chronicle's appender is not
 * thread-safe and the journal sequence must follow the order in the file.
 *
 * <p>Failure: any write failure throws {@link AuditJournalException} and drops the appender, so
 * the next append starts from a fresh one after checking the directory again; Chronicle's appender
 * is not trustworthy after a failed write (it can go on writing into the previous cycle's file).
 */
public final class ChronicleAuditJournal implements AuditJournal {
    private static final Logger LOG = LoggerFactory.getLogger(ChronicleAuditJournal.class);
    private static final int SPINS_BEFORE_PARKING = 200;
    private static final ThreadLocal<EventCodec.Encoder> ENCODERS = ThreadLocal.withInitial(EventCodec.Encoder::new);

    private final Path directory;
    private final JournalOptions options;
    private final Clock clock;
    private final ToLongFunction<File> usableSpace;
    private final SingleChronicleQueue queue;
    private final Set<String> namedTailers = ConcurrentHashMap.newKeySet();
    private final ReentrantLock lock = new ReentrantLock();
    private final long checkIntervalNanos;

    // guarded by lock
    private ExcerptAppender appender;
    private long lastSequence;
    private long nextStorageCheck;
    private boolean healthy = true;
    private boolean closed;

    private ChronicleAuditJournal(Path directory, JournalOptions options, Clock clock, ToLongFunction<File> usableSpace,
                                  SingleChronicleQueue queue) {
        this.directory = directory;
        this.options = options;
        this.clock = clock;
        this.usableSpace = usableSpace;
        this.queue = queue;
        this.checkIntervalNanos = options.storageCheckInterval().toNanos();
        this.nextStorageCheck = System.nanoTime() + checkIntervalNanos;
    }

    /**
     * Opens (creating if needed) the journal in a directory.
     *
     * @throws AuditJournalException when the directory cannot be created or written, or has too
     *                               little free space
     */
    public static ChronicleAuditJournal open(Path directory, JournalOptions options, Clock clock) {
        return open(directory, options, clock, File::getUsableSpace);
    }

    /** Opens with a free-space probe tests can replace; see {@link JournalOptions#minFreeBytes()}. */
    static ChronicleAuditJournal open(Path directory, JournalOptions options, Clock clock, ToLongFunction<File> usableSpace) {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(clock, "clock");
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new AuditJournalException("cannot create the audit journal directory " + directory + ": " + e.getMessage(), e);
        }
        checkStorage(directory, options, usableSpace);
        SingleChronicleQueue queue;
        try {
            queue = SingleChronicleQueueBuilder.binary(directory)
                    .rollCycle(CycleFiles.ROLL_CYCLE)
                    .timeProvider(new ClockTimeProvider(clock))
                    .blockSize(options.blockSize())
                    .syncMode(options.fsync() ? SyncMode.SYNC : SyncMode.NONE)
                    .build();
        } catch (RuntimeException e) {
            throw new AuditJournalException("cannot open the audit journal in " + directory + ": " + e.getMessage(), e);
        }
        ChronicleAuditJournal journal = new ChronicleAuditJournal(directory, options, clock, usableSpace, queue);
        try {
            journal.lastSequence = readLastSequence(queue);
        } catch (RuntimeException e) {
            queue.close();
            throw e;
        }
        LOG.info("Audit journal open in {}, last sequence {}", directory, journal.lastSequence);
        return journal;
    }

    @Override
    public void append(AuditEvent event) {
        EventCodec.Encoder encoder = ENCODERS.get();
        encoder.encode(event);
        lockSpinningFirst();
        try {
            if (closed) {
                throw new AuditJournalException("the audit journal is closed");
            }
            long now = System.nanoTime();
            if (!healthy || now - nextStorageCheck >= 0) {
                checkStorage(directory, options, usableSpace);
                nextStorageCheck = now + checkIntervalNanos;
            }
            long sequence = lastSequence + 1;
            encoder.seal(sequence);
            write(encoder.buffer(), encoder.length());
            lastSequence = sequence;
            healthy = true;
        } finally {
            lock.unlock();
        }
    }

    /**
     * The lock is held for well under a microsecond, less than parking and waking a thread costs,
     * so a writer that finds it taken spins a little before it parks.
     */
    private void lockSpinningFirst() {
        for (int i = 0; i < SPINS_BEFORE_PARKING; i++) {
            if (lock.tryLock()) {
                return;
            }
            Thread.onSpinWait();
        }
        lock.lock();
    }

    private void write(byte[] bytes, int length) {
        try {
            if (appender == null) {
                appender = queue.createAppender();
                // our lock, not Chronicle's thread check, keeps the appender to one thread at a time
                appender.singleThreadedCheckDisabled(true);
            }
            try (DocumentContext dc = appender.writingDocument()) {
                try {
                    dc.wire().bytes().write(bytes, 0, length);
                } catch (RuntimeException | Error e) {
                    dc.rollbackOnClose();
                    throw e;
                }
            }
        } catch (Exception | InternalError e) {
            // InternalError: the JVM's report of a fault (SIGBUS) while touching a mapped file
            healthy = false;
            dropAppender();
            throw new AuditJournalException("cannot write to the audit journal in " + directory + ": " + e, e);
        }
    }

    private void dropAppender() {
        ExcerptAppender failed = appender;
        appender = null;
        if (failed != null) {
            try {
                failed.close();
            } catch (RuntimeException e) {
                LOG.debug("Closing a failed audit journal appender failed too", e);
            }
        }
    }

    private static void checkStorage(Path directory, JournalOptions options, ToLongFunction<File> usableSpace) {
        File dir = directory.toFile();
        if (!dir.isDirectory()) {
            throw new AuditJournalException("the audit journal directory " + directory + " is gone or not a directory");
        }
        long free = usableSpace.applyAsLong(dir);
        if (free < options.minFreeBytes()) {
            throw new AuditJournalException("the audit journal's file system has " + free
                    + " bytes free, below the minimum of " + options.minFreeBytes() + " (" + directory + ")");
        }
    }

    private static long readLastSequence(SingleChronicleQueue queue) {
        try (ExcerptTailer tailer = queue.createTailer()) {
            tailer.direction(TailerDirection.BACKWARD).toEnd();
            try (DocumentContext dc = tailer.readingDocument()) {
                if (!dc.isPresent()) {
                    return 0;
                }
                byte[] bytes = JournalTailer.copy(dc);
                if (!EventCodec.checksumMatches(bytes)) {
                    throw new AuditJournalException("the last audit journal entry, " + CycleFiles.describe(dc.index())
                            + ", is corrupt; run 'audit verify' before appending to this journal");
                }
                return EventCodec.sequence(bytes);
            }
        }
    }

    /** A reader over this journal sharing its queue; closing the reader leaves the journal open. */
    public JournalReader reader() {
        return new JournalReader(queue, false, namedTailers::add);
    }

    public Path directory() {
        return directory;
    }

    /** The sequence number of the last appended event (0 for an empty journal). */
    public long lastSequence() {
        lock.lock();
        try {
            return lastSequence;
        } finally {
            lock.unlock();
        }
    }

    SingleChronicleQueue queue() {
        return queue;
    }

    Clock clock() {
        return clock;
    }

    /** Names of the named tailers opened on this journal; retention keeps what they have not read. */
    Set<String> namedTailers() {
        return Set.copyOf(namedTailers);
    }

    @Override
    public void close() {
        lock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            dropAppender();
            queue.close();
            LOG.info("Audit journal closed at sequence {}", lastSequence);
        } finally {
            lock.unlock();
        }
    }
}

package io.kmipserver.audit.index;

import io.kmipserver.audit.event.AuditEvent;
import io.kmipserver.audit.event.EventTimes;
import io.kmipserver.audit.journal.JournalEntry;
import io.kmipserver.audit.journal.JournalReader;
import io.kmipserver.audit.journal.JournalTailer;
import io.kmipserver.audit.query.EventMatcher;
import io.kmipserver.audit.query.EventPage;
import io.kmipserver.audit.query.EventQueries;
import io.kmipserver.audit.query.EventQuery;
import io.kmipserver.audit.query.IndexStatus;
import io.kmipserver.audit.query.Subscription;
import io.kmipserver.audit.query.UsageSummary;
import java.io.IOException;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audit index of one node: a thread that tails this node's journal with the named tailer
 * {@value #TAILER_NAME} and keeps the tables of {@link IndexSchema} in {@code DIR/audit/index/events.db},
 * and the {@link EventQueries} answered from them.
 *
 * <p>Per node, in its own SQLite file: the index is derived from this node's journal, so it belongs
 * with that journal; and kept apart from the KMIP store's file so that its writes never queue behind
 * (or hold up) the store's single writer. Derived data (DESIGN invariant 6): deleting the file and
 * starting again, or {@link #rebuild}, gives the same answers.
 *
 * <p>Each batch of up to {@value #BATCH} events is one transaction that also records the journal
 * index and sequence it reaches, so a crash never indexes an event twice or skips one: at start the
 * indexer moves its tailer to the recorded index and goes on from the next event.
 *
 * <p>Threading: thread-safe. Writes happen only on the indexer thread ({@code kmip-audit-index}),
 * which also runs subscription listeners; queries run on the caller's thread.
 */
public final class AuditIndex implements EventQueries, AutoCloseable {
    public static final String TAILER_NAME = "audit-index";
    static final int BATCH = 10_000;
    private static final long IDLE_PARK_NANOS = TimeUnit.MILLISECONDS.toNanos(10);
    /**
     * After a batch that was not full, the indexer lets events gather this long before the next
     * one: a steady stream of a few thousand events a second then makes a few batches of hundreds of
     * events, not hundreds of batches of a few. Each batch is a commit and a postings run to merge
     * later; at 2,000 events/s, batches of ~20 events cost the indexer ~170 µs of CPU an event.
     * The lag this adds is at most the interval; {@link #awaitCaughtUp} does not wait for it.
     */
    private static final long GATHER_NANOS = TimeUnit.MILLISECONDS.toNanos(50);
    private static final long FAILURE_PAUSE_NANOS = TimeUnit.SECONDS.toNanos(1);
    private static final int READ_CONNECTIONS = 4;
    private static final Logger LOG = LoggerFactory.getLogger(AuditIndex.class);

    private final Path file;
    private final JournalReader reader;
    private final LongSupplier journalLastSequence;
    private final Clock clock;
    private final FileLock lock;
    private final IndexWriter writer;
    private final IndexQueries queries;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final Object progress = new Object();
    private final CountDownLatch started = new CountDownLatch(1);
    private final Thread thread;

    private volatile Map<Long, String> actions;
    private volatile long indexedThrough;
    private volatile long indexedSequence;
    /** Indexed and handed to the subscribers; guarded by {@code progress}. */
    private long deliveredThrough;
    private volatile Instant caughtUpAt;
    /** The event time (µs) of the newest event indexed; {@code Long.MIN_VALUE} before the first. */
    private volatile long newestIndexedMicros = Long.MIN_VALUE;
    private volatile String lastFailure;
    private volatile boolean retentionPending = true;
    private volatile boolean closing;
    /** Set by {@link #awaitCaughtUp}: index what is there now, without gathering. */
    private volatile boolean flushRequested;

    // confined to the indexer thread
    private JournalTailer tailer;
    private boolean needsReposition = true;

    private record Listener(EventMatcher filter, Consumer<AuditEvent> consumer) {
    }

    private AuditIndex(Path file, JournalReader reader, LongSupplier journalLastSequence, Clock clock, FileLock lock,
                       IndexWriter writer) throws SQLException {
        this.file = file;
        this.reader = reader;
        this.journalLastSequence = journalLastSequence;
        this.clock = clock;
        this.lock = lock;
        this.writer = writer;
        this.actions = writer.actions();
        this.indexedThrough = writer.indexedThrough();
        this.indexedSequence = writer.indexedSequence();
        this.deliveredThrough = indexedThrough;
        this.caughtUpAt = clock.instant();
        this.queries = new IndexQueries(file, READ_CONNECTIONS, () -> actions);
        this.thread = new Thread(this::run, "kmip-audit-index");
        this.thread.setDaemon(true);
    }

    /**
     * Opens the index file (creating it) and starts indexing the live journal behind it.
     *
     * @param file                the index file, {@code DIR/audit/index/events.db}
     * @param reader              a reader of the writable journal: the indexer's named tailer keeps
     *                            retention from deleting cycles it has not indexed
     * @param journalLastSequence the journal's last appended sequence, for the lag
     * @throws IndexLockedException when another process writes this index
     * @throws IndexException       when the file cannot be opened
     */
    public static AuditIndex start(Path file, JournalReader reader, LongSupplier journalLastSequence, Clock clock) {
        return start(file, reader, journalLastSequence, clock, Postings.MergePolicy.DEFAULT);
    }

    /** As {@link #start(Path, JournalReader, LongSupplier, Clock)}, merging postings runs by {@code policy}. */
    static AuditIndex start(Path file, JournalReader reader, LongSupplier journalLastSequence, Clock clock,
                            Postings.MergePolicy policy) {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(journalLastSequence, "journalLastSequence");
        Objects.requireNonNull(clock, "clock");
        FileLock lock = lockFor(file);
        IndexWriter writer = null;
        try {
            writer = IndexWriter.open(file, policy);
            AuditIndex index = new AuditIndex(file, reader, journalLastSequence, clock, lock, writer);
            index.thread.start();
            index.started.await();
            return index;
        } catch (SQLException e) {
            closeQuietly(writer);
            IndexFiles.release(lock);
            throw new IndexException("cannot open the audit index " + file + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closeQuietly(writer);
            IndexFiles.release(lock);
            throw new IndexException("interrupted while opening the audit index " + file, e);
        }
    }

    /**
     * Takes the index's writer lock for a tool that must not run beside a server on the same data
     * directory (the journal generator); close the result to release it.
     *
     * @throws IndexLockedException when a server (or another tool) holds it
     */
    public static AutoCloseable lockExclusively(Path file) {
        FileLock lock = lockFor(file);
        return () -> IndexFiles.release(lock);
    }

    /** What a rebuild did. */
    public record RebuildResult(long events, long corrupt, Duration took) {
    }

    /**
     * Deletes the index file and builds it again from the journal, on the calling thread. The
     * server must not be running on this data directory: it holds the index's lock, and the rebuild
     * then fails with {@link IndexLockedException} without touching anything.
     *
     * @param reader   a reader of the journal, typically opened read-only
     * @param progress called after each batch with the number of events indexed so far
     */
    public static RebuildResult rebuild(Path file, JournalReader reader, Consumer<Long> progress) {
        return rebuild(file, reader, progress, Postings.MergePolicy.DEFAULT);
    }

    /** As {@link #rebuild(Path, JournalReader, Consumer)}, merging postings runs by {@code policy}. */
    static RebuildResult rebuild(Path file, JournalReader reader, Consumer<Long> progress, Postings.MergePolicy policy) {
        FileLock lock = lockFor(file);
        long started = System.nanoTime();
        try {
            IndexFiles.delete(file);
            long events = 0;
            long corrupt = 0;
            try (IndexWriter writer = IndexWriter.open(file, policy); JournalTailer tailer = reader.tailer()) {
                List<IndexWriter.Row> rows = new ArrayList<>(BATCH);
                while (true) {
                    long[] reached = new long[2];
                    corrupt += read(tailer, rows, -1, reached);
                    if (rows.isEmpty()) {
                        break;
                    }
                    writer.write(rows, reached[0], reached[1]);
                    events += rows.size();
                    rows.clear();
                    progress.accept(events);
                }
                // leave the runs merged as the live indexer would have, not as a backlog it inherits
                while (writer.mergeSome()) {
                    progress.accept(events);
                }
                writer.optimize();
            }
            return new RebuildResult(events - corrupt, corrupt, Duration.ofNanos(System.nanoTime() - started));
        } catch (SQLException e) {
            throw new IndexException("cannot rebuild the audit index " + file + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new IndexException("cannot delete the audit index " + file + ": " + e.getMessage(), e);
        } finally {
            IndexFiles.release(lock);
        }
    }

    /**
     * Reads up to {@link #BATCH} entries after {@code after} into {@code rows}; a corrupt entry becomes a
     * row without an event (counted as read, not indexed: {@code audit verify} reports it).
     *
     * @param reached set to the index and sequence of the last entry read
     * @return how many corrupt entries were read
     */
    private static long read(JournalTailer tailer, List<IndexWriter.Row> rows, long after, long[] reached) {
        long corrupt = 0;
        while (rows.size() < BATCH) {
            JournalEntry entry = tailer.next();
            if (entry == null) {
                break;
            }
            if (entry.index() <= after) {
                continue;
            }
            AuditEvent event = null;
            if (entry.checksumMatches()) {
                event = IndexWriter.decodeOrNull(entry.bytes());
            }
            if (event == null) {
                corrupt++;
                LOG.warn("The audit index skips the corrupt journal entry {}; run 'audit verify'", entry);
                rows.add(new IndexWriter.Row(entry.index(), entry.sequence(), null, null));
            } else {
                rows.add(new IndexWriter.Row(entry.index(), entry.sequence(), entry.bytes(), event));
            }
            reached[0] = entry.index();
            reached[1] = entry.sequence();
        }
        return corrupt;
    }

    private void run() {
        try {
            tailer = reader.namedTailer(TAILER_NAME);
        } catch (RuntimeException e) {
            LOG.error("The audit index cannot tail the journal; queries answer from what is indexed", e);
            lastFailure = "cannot tail the journal: " + e.getMessage();
            return;
        } finally {
            started.countDown();
        }
        List<IndexWriter.Row> rows = new ArrayList<>(BATCH);
        long gatherUntil = System.nanoTime();
        while (!closing) {
            try {
                if (needsReposition) {
                    reposition();
                }
                if (retentionPending) {
                    retentionPending = false;
                    applyRetention();
                }
                rows.clear();
                long[] reached = new long[2];
                long gatherLeft = flushRequested ? 0 : gatherUntil - System.nanoTime();
                if (gatherLeft <= 0) {
                    flushRequested = false;
                    read(tailer, rows, indexedThrough, reached);
                    if (rows.isEmpty()) {
                        caughtUpAt = clock.instant();
                        lastFailure = null;
                    }
                }
                if (rows.isEmpty()) {
                    // idle or gathering: merge runs a step at a time, looking for new events between
                    // steps, and resting as long as each step took, so that queries keep half the CPU
                    long stepStart = System.nanoTime();
                    boolean merged = writer.mergeSome();
                    long rest = merged ? Math.max(IDLE_PARK_NANOS, System.nanoTime() - stepStart) : IDLE_PARK_NANOS;
                    LockSupport.parkNanos(gatherLeft > 0 ? Math.min(rest, gatherLeft) : rest);
                    continue;
                }
                gatherUntil = rows.size() < BATCH ? System.nanoTime() + GATHER_NANOS : System.nanoTime();
                if (writer.write(rows, reached[0], reached[1])) {
                    actions = writer.actions();
                }
                indexedThrough = reached[0];
                indexedSequence = reached[1];
                newestIndexedMicros = newestEventMicros(rows, newestIndexedMicros);
                // subscribers hear of the batch before awaitCaughtUp does
                deliver(rows);
                synchronized (progress) {
                    deliveredThrough = reached[0];
                    progress.notifyAll();
                }
                lastFailure = null;
            } catch (SQLException | RuntimeException e) {
                if (lastFailure == null) {
                    LOG.error("Indexing the audit journal failed; retrying every second", e);
                }
                lastFailure = e.getMessage() == null ? e.toString() : e.getMessage();
                needsReposition = true;
                LockSupport.parkNanos(FAILURE_PAUSE_NANOS);
            }
        }
        tailer.close();
    }

    /** Puts the tailer after the last indexed event; an index ahead of the journal belongs to another and is emptied. */
    private void reposition() throws SQLException {
        long through = writer.indexedThrough();
        long last = reader.lastIndex();
        if (through >= 0 && through > last) {
            LOG.warn("The audit index {} is ahead of the journal (indexed through {}, journal ends at {}); rebuilding it",
                    file, through, last);
            writer.clear();
            synchronized (progress) {
                indexedThrough = -1;
                indexedSequence = 0;
                deliveredThrough = -1;
            }
            actions = writer.actions();
            through = -1;
        }
        if (through < 0 || !tailer.moveTo(through)) {
            tailer.toStart(); // read() skips what is already indexed
        } else {
            tailer.next(); // indexed already
        }
        needsReposition = false;
    }

    private void applyRetention() throws SQLException {
        long first = reader.firstIndex();
        if (first < 0) {
            return;
        }
        long deleted = writer.deleteBefore(first);
        if (deleted > 0) {
            LOG.info("Audit index dropped {} events of cycles retention deleted", deleted);
        }
    }

    private void deliver(List<IndexWriter.Row> rows) {
        if (listeners.isEmpty()) {
            return;
        }
        for (IndexWriter.Row row : rows) {
            if (row.event() == null) {
                continue;
            }
            for (Listener listener : listeners) {
                if (listener.filter().test(row.event())) {
                    try {
                        listener.consumer().accept(row.event());
                    } catch (RuntimeException e) {
                        LOG.warn("An audit event subscriber failed", e);
                    }
                }
            }
        }
    }

    /** Tells the indexer that retention deleted cycle files: their rows go at its next round. */
    public void retentionApplied() {
        retentionPending = true;
    }

    @Override
    public EventPage search(EventQuery query) {
        return queries.search(query);
    }

    @Override
    public Optional<AuditEvent> find(String eventId) {
        return queries.find(eventId);
    }

    @Override
    public UsageSummary usage(String adapter, String uniqueIdentifier, int lastUsers) {
        return queries.usage(adapter, uniqueIdentifier, lastUsers);
    }

    /** SQLite's plan for a search, one line per step: every line should name an index. */
    public List<String> explain(EventQuery query) {
        return queries.explain(query);
    }

    @Override
    public IndexStatus status() {
        long last = reader.lastIndex();
        long through = indexedThrough;
        long lagEvents = Math.max(0, journalLastSequence.getAsLong() - indexedSequence);
        Duration lag = lagEvents == 0 ? Duration.ZERO : Duration.between(oldestPendingBound(), clock.instant());
        return new IndexStatus(last, through, lagEvents, lag.isNegative() ? Duration.ZERO : lag, lastFailure);
    }

    /**
     * An instant before which no event still waiting was appended: the later of the last moment the
     * indexer found nothing to read and the time of the newest event it indexed (the journal is in
     * order, so what waits came after both). Measuring from the last caught-up moment alone reported
     * tens of seconds under a steady 20 k events/s that were each indexed within a second: a busy
     * indexer is never wholly caught up, yet none of its events waits long.
     */
    private Instant oldestPendingBound() {
        Instant bound = caughtUpAt;
        long micros = newestIndexedMicros;
        if (micros != Long.MIN_VALUE) {
            Instant newest = EventTimes.toInstant(micros);
            if (newest.isAfter(bound)) {
                bound = newest;
            }
        }
        return bound;
    }

    private static long newestEventMicros(List<IndexWriter.Row> rows, long previous) {
        long newest = previous;
        for (IndexWriter.Row row : rows) {
            if (row.event() != null && row.event().eventTime() > newest) {
                newest = row.event().eventTime();
            }
        }
        return newest;
    }

    @Override
    public Subscription subscribe(EventQuery filter, Consumer<AuditEvent> listener) {
        Listener registered = new Listener(new EventMatcher(filter), Objects.requireNonNull(listener, "listener"));
        listeners.add(registered);
        return () -> listeners.remove(registered);
    }

    @Override
    public boolean awaitCaughtUp(Duration timeout) {
        long target = reader.lastIndex();
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (progress) {
            while (deliveredThrough < target) {
                flushRequested = true;
                LockSupport.unpark(thread);
                long remaining = deadline - System.nanoTime();
                if (remaining <= 0 || closing) {
                    return false;
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(progress, remaining);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
        return true;
    }

    /** Stops the indexer after its current batch and closes the file; the journal stays open. */
    @Override
    public void close() {
        if (closing) {
            return;
        }
        closing = true;
        LockSupport.unpark(thread);
        try {
            thread.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (progress) {
            progress.notifyAll();
        }
        queries.close();
        closeQuietly(writer);
        IndexFiles.release(lock);
    }

    private static FileLock lockFor(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return IndexFiles.lock(file);
        } catch (IOException e) {
            throw new IndexException("cannot lock the audit index " + file + ": " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(IndexWriter writer) {
        if (writer != null) {
            try {
                writer.close();
            } catch (SQLException e) {
                LOG.debug("Closing the audit index writer failed", e);
            }
        }
    }
}

package io.kmipserver.audit.journal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.stream.Stream;
import net.openhft.chronicle.bytes.Bytes;
import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import net.openhft.chronicle.wire.DocumentContext;

/**
 * Reads journal entries in order. A named tailer ({@link JournalReader#namedTailer}) stores its
 * position in the journal's metadata as it reads, so a new one with the same name resumes where
 * the last one stopped.
 *
 * <p>Threading: one thread at a time; Chronicle checks that a tailer stays on the thread that first
 * used it, so create it on the thread that reads.
 */
public final class JournalTailer implements AutoCloseable {
    private final ExcerptTailer tailer;
    private final String name;

    JournalTailer(ExcerptTailer tailer, String name) {
        this.tailer = tailer;
        this.name = name;
    }

    /**
     * Reads the next entry.
     *
     * @return the entry, or null when no further entry is in the journal yet
     * @throws AuditJournalException when Chronicle cannot read the journal file
     */
    public JournalEntry next() {
        try (DocumentContext dc = tailer.readingDocument()) {
            if (!dc.isPresent()) {
                return null;
            }
            return new JournalEntry(dc.index(), copy(dc));
        } catch (InternalError e) {
            // the JVM's report of a fault (SIGBUS) touching a mapped page past the end of a file cut
            // short; it may also surface later elsewhere, which is why CycleFiles.checkWhole exists
            throw new AuditJournalException("cannot read the audit journal at " + CycleFiles.describe(tailer.index())
                    + ": the cycle file is shorter than its contents, it was cut short (" + e.getMessage() + ")", e);
        } catch (RuntimeException e) {
            throw new AuditJournalException("cannot read the audit journal at " + CycleFiles.describe(tailer.index())
                    + ": " + e, e);
        }
    }

    static byte[] copy(DocumentContext dc) {
        Bytes<?> bytes = dc.wire().bytes();
        long length = bytes.readRemaining();
        if (length > EventCodec.MAX_ENCODED_SIZE) {
            // larger than any event the journal writes: read the start, the checksum will not match
            length = EventCodec.MAX_ENCODED_SIZE;
        }
        byte[] copy = new byte[(int) length];
        bytes.read(copy);
        return copy;
    }

    /** Positions the tailer so that {@link #next()} returns the first entry of the journal. */
    public JournalTailer toStart() {
        tailer.toStart();
        // A read-only queue keeps the cycle listing stored when it was written and cannot refresh
        // it; when the first listed file has since been deleted, start at the first file present.
        OptionalInt first = firstCycleFilePresent();
        if (first.isPresent() && first.getAsInt() > ((SingleChronicleQueue) tailer.queue()).firstCycle()) {
            tailer.moveToCycle(first.getAsInt());
        }
        return this;
    }

    private OptionalInt firstCycleFilePresent() {
        try (Stream<Path> files = Files.list(tailer.queue().file().toPath())) {
            return files.map(f -> CycleFiles.cycleOfFile(f.getFileName().toString()))
                    .filter(OptionalInt::isPresent).mapToInt(OptionalInt::getAsInt).min();
        } catch (IOException e) {
            throw new AuditJournalException("cannot list the audit journal directory: " + e, e);
        }
    }

    /** Positions the tailer after the last entry: {@link #next()} returns only later appends. */
    public JournalTailer toEnd() {
        tailer.toEnd();
        return this;
    }

    /**
     * Positions the tailer so that {@link #next()} returns the entry at {@code index}.
     *
     * @return false when the journal has no entry at that index (the tailer has not moved)
     */
    public boolean moveTo(long index) {
        return tailer.moveToIndex(index);
    }

    /**
     * Positions the tailer at the first entry of the given cycle or, when that cycle has no file,
     * of the first later cycle that has one.
     *
     * @return false when no cycle at or after {@code cycle} holds an entry
     */
    public boolean moveToCycleOrLater(int cycle) {
        long first = tailer.queue().firstIndex();
        long last = tailer.queue().lastIndex();
        if (first == Long.MAX_VALUE || last < 0) {
            return false;
        }
        if (CycleFiles.cycleOf(first) >= cycle) {
            tailer.toStart();
            return true;
        }
        for (int c = cycle, lastCycle = CycleFiles.cycleOf(last); c <= lastCycle; c++) {
            if (tailer.moveToCycle(c)) {
                return true;
            }
        }
        return false;
    }

    /** The index {@link #next()} will try next. */
    public long index() {
        return tailer.index();
    }

    /** The tailer's name, or null for an anonymous one. */
    public String name() {
        return name;
    }

    @Override
    public void close() {
        tailer.close();
    }
}

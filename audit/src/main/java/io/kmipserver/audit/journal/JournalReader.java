package io.kmipserver.audit.journal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueueBuilder;

/**
 * Opens tailers on a journal: either the live journal's own queue
 * ({@link ChronicleAuditJournal#reader()}) or a journal directory opened read-only
 * ({@link #openReadOnly}), e.g. by the CLI while the server keeps writing.
 *
 * <p>Threading: thread-safe; the tailers it makes are not.
 */
public final class JournalReader implements AutoCloseable {
    private final SingleChronicleQueue queue;
    private final boolean ownsQueue;
    private final Consumer<String> onNamedTailer;

    JournalReader(SingleChronicleQueue queue, boolean ownsQueue, Consumer<String> onNamedTailer) {
        this.queue = queue;
        this.ownsQueue = ownsQueue;
        this.onNamedTailer = onNamedTailer;
    }

    /**
     * Opens an existing journal for reading only; nothing in the directory is changed.
     *
     * @throws AuditJournalException when the directory holds no journal
     */
    public static JournalReader openReadOnly(Path directory) {
        Objects.requireNonNull(directory, "directory");
        if (!Files.isDirectory(directory) || !Files.exists(directory.resolve("metadata.cq4t"))) {
            throw new AuditJournalException("no audit journal in " + directory);
        }
        try {
            SingleChronicleQueue queue = SingleChronicleQueueBuilder.binary(directory)
                    .rollCycle(CycleFiles.ROLL_CYCLE)
                    .readOnly(true)
                    .build();
            return new JournalReader(queue, true, null);
        } catch (RuntimeException e) {
            throw new AuditJournalException("cannot open the audit journal in " + directory + ": " + e, e);
        }
    }

    /** An anonymous tailer positioned at the first entry. */
    public JournalTailer tailer() {
        return new JournalTailer(queue.createTailer(), null).toStart();
    }

    /**
     * A tailer that resumes where the last tailer of this name stopped (the first entry the first
     * time). Retention keeps every cycle a named tailer has not read past.
     *
     * @throws UnsupportedOperationException on a read-only reader: the position cannot be stored
     */
    public JournalTailer namedTailer(String name) {
        Objects.requireNonNull(name, "name");
        if (onNamedTailer == null) {
            throw new UnsupportedOperationException("named tailers need the writable journal, this reader is read-only");
        }
        onNamedTailer.accept(name);
        return new JournalTailer(queue.createTailer(name), name);
    }

    /**
     * The index of the first entry, or -1 when the journal is empty. A read-only reader goes by the
     * cycle listing stored in the journal, which can still name a file deleted since.
     */
    public long firstIndex() {
        long first = queue.firstIndex();
        return first == Long.MAX_VALUE ? -1 : first;
    }

    /** The index of the last entry, or -1 when the journal is empty. */
    public long lastIndex() {
        long last = queue.lastIndex();
        return last < 0 ? -1 : last;
    }

    public Path directory() {
        return queue.file().toPath();
    }

    @Override
    public void close() {
        if (ownsQueue) {
            queue.close();
        }
    }
}

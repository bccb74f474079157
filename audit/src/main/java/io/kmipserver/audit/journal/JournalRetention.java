package io.kmipserver.audit.journal;

import io.kmipserver.audit.event.AuditEvent;
import io.kmipserver.audit.event.AuditEventIds;
import io.kmipserver.audit.event.EventTimes;
import io.kmipserver.audit.event.Outcome;
import io.kmipserver.audit.event.Reason;
import io.kmipserver.audit.event.Severity;
import io.kmipserver.audit.event.Target;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.stream.Stream;
import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the journal to a number of days by deleting whole expired cycle files. Chronicle's
 * {@code StoreFileListener} fires unreliably, so retention lists the directory itself, deletes, and
 * then tells the queue with {@code refreshDirectoryListing()}.
 *
 * <p>A cycle file is deleted only when all of its day lies before the retention window, it is not
 * the current or newest cycle, and every named tailer of the journal (the sealer, the index) has
 * read past it. Each run that deletes something appends an {@value #ACTION} event naming the files
 * and counting their events, so the verifier can tell retention from tampering.
 *
 * <p>Threading: not thread-safe; run it from one thread (the audit system's background thread).
 */
public final class JournalRetention {
    public static final String ACTION = "audit.retention.delete";
    /** Response-data key listing the deleted files, comma-separated; read back by the verifier. */
    public static final String DELETED_FILES = "deletedFiles";
    public static final String DELETED_FILE_COUNT = "deletedFileCount";
    public static final String DELETED_EVENT_COUNT = "deletedEventCount";

    private static final Logger LOG = LoggerFactory.getLogger(JournalRetention.class);
    private static final long DAY_MILLIS = 86_400_000L;

    private final ChronicleAuditJournal journal;
    private final int retentionDays;
    private final String observer;
    private final AuditEventIds ids;

    public JournalRetention(ChronicleAuditJournal journal, int retentionDays, String observer, AuditEventIds ids) {
        if (retentionDays < 1) {
            throw new IllegalArgumentException("retentionDays must be at least 1: " + retentionDays);
        }
        this.journal = Objects.requireNonNull(journal, "journal");
        this.retentionDays = retentionDays;
        this.observer = Objects.requireNonNull(observer, "observer");
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    /**
     * Deletes what has expired and records it in the journal.
     *
     * @throws AuditJournalException when the deletion cannot be recorded
     */
    public RetentionResult apply() {
        SingleChronicleQueue queue = journal.queue();
        long nowMillis = journal.clock().millis();
        long cutoffMillis = nowMillis - retentionDays * DAY_MILLIS;
        int keepFrom = Math.min(queue.cycle(), lowestCycleStillNeeded(queue));

        TreeMap<Integer, Path> cycles = listCycles(queue.file().toPath());
        if (cycles.isEmpty()) {
            return new RetentionResult(List.of(), 0, List.of(), List.of());
        }
        int newest = cycles.lastKey();
        List<String> deleted = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        List<String> held = new ArrayList<>();
        long deletedEvents = 0;
        for (var cycle : cycles.entrySet()) {
            int c = cycle.getKey();
            boolean expired = (c + 1L) * DAY_MILLIS <= cutoffMillis;
            if (!expired || c >= newest) {
                break;
            }
            String name = cycle.getValue().getFileName().toString();
            if (c >= keepFrom) {
                held.add(name);
                continue;
            }
            long events = eventsIn(queue, c);
            try {
                Files.delete(cycle.getValue());
                deleted.add(name);
                deletedEvents += events;
            } catch (IOException e) {
                LOG.warn("Cannot delete expired audit journal file {}: {}", cycle.getValue(), e.toString());
                failed.add(name);
            }
        }
        if (!deleted.isEmpty()) {
            queue.refreshDirectoryListing();
        }
        if (!held.isEmpty()) {
            LOG.info("Audit retention keeps expired files {} until every named tailer has read them", held);
        }
        RetentionResult result = new RetentionResult(deleted, deletedEvents, failed, held);
        if (!deleted.isEmpty() || !failed.isEmpty()) {
            journal.append(event(result, cutoffMillis));
            LOG.info("Audit retention deleted {} ({} events) older than {} days", deleted, deletedEvents, retentionDays);
        }
        return result;
    }

    private AuditEvent event(RetentionResult result, long cutoffMillis) {
        AuditEvent.Builder event = AuditEvent.builder()
                .id(ids.next())
                .eventTime(EventTimes.nowMicros(journal.clock()))
                .action(ACTION)
                .outcome(result.failedFiles().isEmpty() ? Outcome.SUCCESS : Outcome.FAILURE)
                .severity(result.failedFiles().isEmpty() ? Severity.NORMAL : Severity.WARNING)
                .target(new Target(List.of(), "audit journal cycle file", null))
                .observer(observer)
                .request("retentionDays", Integer.toString(retentionDays))
                .request("cutoff", Instant.ofEpochMilli(cutoffMillis).toString())
                .response(DELETED_FILES, String.join(",", result.deletedFiles()))
                .response(DELETED_FILE_COUNT, Integer.toString(result.deletedFiles().size()))
                .response(DELETED_EVENT_COUNT, Long.toString(result.deletedEvents()));
        if (!result.failedFiles().isEmpty()) {
            event.reason(new Reason("IOException", "could not delete " + String.join(",", result.failedFiles())));
        }
        return event.build();
    }

    /** The lowest cycle a named tailer has not read past; Integer.MAX_VALUE when there is none. */
    private int lowestCycleStillNeeded(SingleChronicleQueue queue) {
        int lowest = Integer.MAX_VALUE;
        for (String name : journal.namedTailers()) {
            long index = queue.indexForId(name).getVolatileValue();
            // 0: the tailer has not read anything yet and needs every cycle
            lowest = Math.min(lowest, index <= 0 ? 0 : CycleFiles.cycleOf(index));
        }
        return lowest;
    }

    private static long eventsIn(SingleChronicleQueue queue, int cycle) {
        try (ExcerptTailer tailer = queue.createTailer()) {
            return tailer.excerptsInCycle(cycle);
        } catch (RuntimeException e) {
            LOG.debug("Cannot count the events of cycle {}", cycle, e);
            return 0;
        }
    }

    private static TreeMap<Integer, Path> listCycles(Path directory) {
        TreeMap<Integer, Path> cycles = new TreeMap<>();
        try (Stream<Path> files = Files.list(directory)) {
            files.forEach(file -> {
                OptionalInt cycle = CycleFiles.cycleOfFile(file.getFileName().toString());
                if (cycle.isPresent()) {
                    cycles.put(cycle.getAsInt(), file);
                }
            });
        } catch (IOException e) {
            throw new AuditJournalException("cannot list the audit journal directory " + directory + ": " + e, e);
        }
        return cycles;
    }
}

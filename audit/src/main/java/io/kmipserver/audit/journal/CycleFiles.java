package io.kmipserver.audit.journal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.OptionalInt;
import net.openhft.chronicle.queue.RollCycle;
import net.openhft.chronicle.queue.RollCycles;

/**
 * Names of the journal's cycle files. The journal rolls daily ({@link RollCycles#FAST_DAILY}): cycle
 * {@code c} is day {@code c} since the epoch (UTC) and lives in {@code yyyyMMdd'F'.cq4}.
 */
public final class CycleFiles {
    public static final RollCycle ROLL_CYCLE = RollCycles.FAST_DAILY;
    public static final String SUFFIX = ".cq4";
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern(ROLL_CYCLE.format()).withZone(ZoneOffset.UTC);

    private CycleFiles() {
    }

    public static int cycleOf(long index) {
        return ROLL_CYCLE.toCycle(index);
    }

    /** The position of an index within its cycle (0 for the cycle's first event). */
    public static long sequenceInCycle(long index) {
        return ROLL_CYCLE.toSequenceNumber(index);
    }

    public static String fileName(int cycle) {
        return NAME.format(Instant.ofEpochMilli((long) cycle * ROLL_CYCLE.lengthInMillis())) + SUFFIX;
    }

    public static String fileNameOf(long index) {
        return fileName(cycleOf(index));
    }

    /** The cycle a file holds, or empty when the name is not a cycle file's. */
    public static OptionalInt cycleOfFile(String fileName) {
        if (!fileName.endsWith(SUFFIX)) {
            return OptionalInt.empty();
        }
        try {
            LocalDate day = LocalDate.parse(fileName.substring(0, fileName.length() - SUFFIX.length()), NAME);
            return OptionalInt.of((int) (day.toEpochDay() * 86_400_000L / ROLL_CYCLE.lengthInMillis()));
        } catch (DateTimeParseException e) {
            return OptionalInt.empty();
        }
    }

    /** The cycle that holds the given instant. */
    public static int cycleAt(Instant time) {
        return (int) Math.floorDiv(time.toEpochMilli(), (long) ROLL_CYCLE.lengthInMillis());
    }

    /** Where an index is, for people: {@code 20261122F.cq4 #41 (index 88484268343337)}. */
    public static String describe(long index) {
        return fileNameOf(index) + " #" + sequenceInCycle(index) + " (index " + index + ")";
    }
}

package io.kmipserver.audit.journal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
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

    /** Chronicle sizes cycle files in whole blocks, which are whole pages. */
    private static final long PAGE = 4096;
    private static final int WINDOW = 1 << 20;
    private static final int LENGTH_MASK = 0x3FFF_FFFF;
    private static final int NOT_COMPLETE = 0x8000_0000;

    private CycleFiles() {
    }

    /**
     * Checks, with plain reads and without mapping it, that a cycle file holds every excerpt its
     * headers announce. Chronicle maps cycle files; reading a mapped page past the end of a file
     * that was cut short faults (SIGBUS), and the JVM raises that as an {@link InternalError} at
     * some later point in the thread, which no caller can handle reliably. So whoever reads files
     * that may have been tampered with checks them first.
     *
     * <p>The walk relies on Chronicle's excerpt framing: each excerpt starts on a 4-byte boundary
     * with a 4-byte little-endian header, the low 30 bits its length, bit 30 marking metadata and
     * bit 31 a write not yet complete; a zero header ends the written part, and a not-complete
     * header of length 0 marks the end of a finished cycle.
     *
     * @return what is wrong with the file, or empty when it is whole
     */
    public static Optional<String> checkWhole(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size == 0 || size % PAGE != 0) {
                return Optional.of("the file is " + size + " bytes, not a whole number of " + PAGE
                        + "-byte pages: it was cut short");
            }
            ByteBuffer window = ByteBuffer.allocate(WINDOW).order(ByteOrder.LITTLE_ENDIAN);
            long windowStart = 0;
            window.limit(0);
            long position = 0;
            while (true) {
                if (position + 4 > size) {
                    return Optional.of("the file ends at byte " + size + " inside its written part: it was cut short");
                }
                if (position < windowStart || position + 4 > windowStart + window.limit()) {
                    windowStart = position;
                    window.clear();
                    while (window.hasRemaining() && channel.read(window, windowStart + window.position()) > 0) {
                        // fill the window
                    }
                    window.flip();
                }
                int header = window.getInt((int) (position - windowStart));
                int length = header & LENGTH_MASK;
                if (header == 0 || (header & NOT_COMPLETE) != 0) {
                    // the end of what was written: unwritten space, a cycle's end marker, or a write in progress
                    return Optional.empty();
                }
                long next = (position + 4 + length + 3) & ~3L;
                if (next + 4 > size) {
                    return Optional.of("the excerpt at byte " + position + " is " + length + " bytes long, past the end of the "
                            + size + "-byte file: it was cut short");
                }
                position = next;
            }
        }
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

package io.kmipserver.audit.event;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;

/** Conversions for {@link AuditEvent#eventTime()}, which counts microseconds since the epoch. */
public final class EventTimes {

    /** ISO-8601 in UTC with exactly six fraction digits, e.g. {@code 2026-11-22T10:15:30.000042Z}. */
    private static final DateTimeFormatter ISO_MICROS = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd'T'HH:mm:ss")
            .appendFraction(ChronoField.MICRO_OF_SECOND, 6, 6, true)
            .appendLiteral('Z')
            .toFormatter()
            .withZone(ZoneOffset.UTC);

    private EventTimes() {
    }

    public static long toMicros(Instant time) {
        return Math.addExact(Math.multiplyExact(time.getEpochSecond(), 1_000_000L), time.getNano() / 1_000L);
    }

    public static long nowMicros(Clock clock) {
        return toMicros(clock.instant());
    }

    public static Instant toInstant(long epochMicros) {
        return Instant.ofEpochSecond(Math.floorDiv(epochMicros, 1_000_000L), Math.floorMod(epochMicros, 1_000_000L) * 1_000L);
    }

    public static String toIso(long epochMicros) {
        return ISO_MICROS.format(toInstant(epochMicros));
    }
}

package io.kmipserver.audit.query;

import java.nio.ByteBuffer;
import java.util.Base64;

/**
 * The position a page ended at: the last returned event's time and journal index. The next page
 * holds the events strictly older in (event time, journal index) order, so events appended while a
 * client pages are never shown twice or skipped. On the wire it is opaque: Base64url of a version
 * byte, the two longs and a check word, so that a cursor altered by hand is refused rather than
 * silently read.
 *
 * @param eventTime    the event time in microseconds
 * @param journalIndex the Chronicle index
 */
public record EventCursor(long eventTime, long journalIndex) {
    private static final byte VERSION = 1;
    private static final int LENGTH = 1 + 8 + 8 + 4;

    public String encode() {
        ByteBuffer bytes = ByteBuffer.allocate(LENGTH);
        bytes.put(VERSION).putLong(eventTime).putLong(journalIndex).putInt(check(eventTime, journalIndex));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
    }

    /**
     * Reads a cursor made by {@link #encode()}.
     *
     * @throws InvalidCursorException when it was not
     */
    public static EventCursor decode(String cursor) {
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(cursor);
        } catch (IllegalArgumentException e) {
            throw new InvalidCursorException("the cursor is not valid: it is not one this server returned");
        }
        if (bytes.length != LENGTH || bytes[0] != VERSION) {
            throw new InvalidCursorException("the cursor is not valid: it is not one this server returned");
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes, 1, LENGTH - 1);
        long time = buffer.getLong();
        long index = buffer.getLong();
        if (buffer.getInt() != check(time, index)) {
            throw new InvalidCursorException("the cursor is not valid: it was altered");
        }
        return new EventCursor(time, index);
    }

    /** Whether an event at this position comes after the cursor in newest-first order. */
    public boolean isBefore(long time, long index) {
        return time < eventTime || (time == eventTime && index < journalIndex);
    }

    /** Not a signature — a cursor grants nothing — only a guard against typos and truncation. */
    private static int check(long time, long index) {
        long h = time * 0x9E3779B97F4A7C15L ^ Long.rotateLeft(index * 0xC2B2AE3D27D4EB4FL, 31) ^ 0x6B6D6970L;
        h ^= h >>> 29;
        h *= 0xBF58476D1CE4E5B9L;
        h ^= h >>> 32;
        return (int) h;
    }
}

package io.kmipserver.audit.testing;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Alters a closed journal's cycle file on disk the way an intruder with file access could. A
 * Chronicle excerpt is a 4-byte little-endian header (30 bits of length; bit 30 marks metadata,
 * bit 31 an unfinished write) followed by its bytes; an event's bytes start with the format version
 * and the journal sequence (17 bytes), then its id. These helpers find an event by its id.
 */
public final class CycleFileTamper {
    private static final int METADATA_BIT = 0x4000_0000;
    /** version (1) + sequence (8) + event time (8) + the id's one-byte length prefix */
    private static final int ID_OFFSET_IN_EVENT = 18;

    private final Path file;

    public CycleFileTamper(Path file) {
        this.file = file;
    }

    /** Flips one bit of the event's id, as a bit rot or a careless edit would. */
    public void flipByteOfEventId(String eventId) throws IOException {
        long at = positionOf(eventId) + eventId.length() - 1;
        write(at, new byte[] {(byte) (read(at, 1)[0] ^ 0x01)});
    }

    /**
     * Sets the metadata bit in the event's excerpt header: Chronicle's readers skip metadata, so the
     * event vanishes from the journal without moving a byte, and the events after it take its index.
     */
    public void hideEvent(String eventId) throws IOException {
        long header = headerOf(eventId);
        int value = ByteBuffer.wrap(read(header, 4)).order(ByteOrder.LITTLE_ENDIAN).getInt();
        write(header, ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(value | METADATA_BIT).array());
    }

    /**
     * Zeroes everything from the event's excerpt header on: what a file cut at that event and grown
     * again (Chronicle grows files with zeros) looks like; the journal simply ends there.
     */
    public void zeroFromEvent(String eventId, int bytes) throws IOException {
        write(headerOf(eventId), new byte[bytes]);
    }

    /** Cuts the file inside the given event, to a size that is not a whole number of pages. */
    public long truncateInsideEvent(String eventId) throws IOException {
        long size = positionOf(eventId) + 3;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.truncate(size);
        }
        return size;
    }

    private long headerOf(String eventId) throws IOException {
        long header = positionOf(eventId) - ID_OFFSET_IN_EVENT - 4;
        int value = ByteBuffer.wrap(read(header, 4)).order(ByteOrder.LITTLE_ENDIAN).getInt();
        int length = value & 0x3FFF_FFFF;
        if (value < 0 || (value & METADATA_BIT) != 0 || length < ID_OFFSET_IN_EVENT + eventId.length()) {
            throw new IllegalStateException("no excerpt header before event " + eventId + " at " + header);
        }
        return header;
    }

    /** Where the event's id starts: found by its length prefix and bytes, which occur once. */
    private long positionOf(String eventId) throws IOException {
        byte[] content = Files.readAllBytes(file);
        byte[] id = eventId.getBytes(StandardCharsets.UTF_8);
        byte[] needle = new byte[id.length + 1];
        needle[0] = (byte) (id.length + 1);
        System.arraycopy(id, 0, needle, 1, id.length);
        long found = -1;
        for (int i = 0; i + needle.length <= content.length; i++) {
            if (java.util.Arrays.equals(content, i, i + needle.length, needle, 0, needle.length)) {
                if (found >= 0) {
                    throw new IllegalStateException("event id " + eventId + " occurs twice in " + file);
                }
                found = i + 1;
            }
        }
        if (found < 0) {
            throw new IllegalStateException("event id " + eventId + " not found in " + file);
        }
        return found;
    }

    private byte[] read(long at, int length) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer buffer = ByteBuffer.allocate(length);
            channel.read(buffer, at);
            return buffer.array();
        }
    }

    private void write(long at, byte[] bytes) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap(bytes), at);
        }
    }
}

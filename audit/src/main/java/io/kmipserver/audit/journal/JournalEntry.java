package io.kmipserver.audit.journal;

import io.kmipserver.audit.event.AuditEvent;
import java.security.MessageDigest;

/**
 * One excerpt read from the journal: its Chronicle index and its bytes in the {@link EventCodec}
 * layout. The bytes are decoded only when {@link #event()} is called, so the sealer can hash
 * entries without decoding them. Immutable.
 */
public final class JournalEntry {
    private final long index;
    private final byte[] bytes;

    JournalEntry(long index, byte[] bytes) {
        this.index = index;
        this.bytes = bytes;
    }

    /** The Chronicle index: cycle in the high bits, position within the cycle in the low bits. */
    public long index() {
        return index;
    }

    public int cycle() {
        return CycleFiles.cycleOf(index);
    }

    public String cycleFile() {
        return CycleFiles.fileNameOf(index);
    }

    /** The journal sequence written at append time, or -1 when the entry is too short to hold one. */
    public long sequence() {
        return EventCodec.sequence(bytes);
    }

    /** The event time without decoding the whole event, or {@link Long#MIN_VALUE} if too short. */
    public long eventTime() {
        return EventCodec.eventTime(bytes);
    }

    public int length() {
        return bytes.length;
    }

    /** Whether the entry's checksum matches its bytes; false means the entry was altered on disk. */
    public boolean checksumMatches() {
        return EventCodec.checksumMatches(bytes);
    }

    /** Feeds the stored bytes, exactly as they are on disk, to a digest. */
    public void updateDigest(MessageDigest digest) {
        digest.update(bytes);
    }

    /** A copy of the stored bytes. */
    public byte[] bytes() {
        return bytes.clone();
    }

    public AuditEvent event() throws CorruptEventException {
        return EventCodec.decode(bytes);
    }

    @Override
    public String toString() {
        return "JournalEntry[" + CycleFiles.describe(index) + ", " + bytes.length + " bytes]";
    }
}

package io.kmipserver.audit.seal;

import java.util.Objects;

/**
 * One thing the verifier found.
 *
 * @param level      whether it makes the journal fail verification
 * @param kind       what kind of problem it is
 * @param where      the cycle file and position, the checkpoint, or the file concerned
 * @param index      the Chronicle index concerned, or -1 when none applies
 * @param checkpoint the checkpoint number concerned, or -1 when none applies
 * @param message    what was found, for a person
 */
public record Finding(Level level, Kind kind, String where, long index, long checkpoint, String message) {

    public enum Level {
        /** The journal or the seals were altered, or cannot be read: verification fails. */
        FAILURE,
        /** Worth knowing but not a sign of tampering, e.g. events not yet sealed. */
        WARNING
    }

    public enum Kind {
        /** A cycle file is shorter than Chronicle ever makes one: it was cut. */
        TRUNCATED_FILE,
        /** The journal ends before the last sealed event. */
        TRUNCATED_JOURNAL,
        /** An event's stored checksum does not match its bytes: the event was altered. */
        CORRUPT_EVENT,
        /** Journal sequence numbers skip: events were removed. */
        MISSING_EVENTS,
        /** Journal sequence numbers go backwards or repeat: events were moved or copied. */
        OUT_OF_ORDER,
        /** A checkpoint's chain hash or count differs from the journal's. */
        CHAIN_MISMATCH,
        /** A checkpoint's signature is not valid under the audit signing key. */
        BAD_SIGNATURE,
        /** A checkpoint line cannot be parsed. */
        MALFORMED_CHECKPOINT,
        /** Checkpoints do not follow one another (number, hash or range). */
        CHECKPOINT_DISCONTINUITY,
        /** An event lies between checkpoints, where the sealer never leaves one. */
        UNCOVERED_EVENT,
        /** A sealed cycle file is gone and no retention event records deleting it. */
        MISSING_FILE,
        /** The journal or the checkpoints cannot be read at all. */
        UNREADABLE,
        /** Events after the last checkpoint: not sealed yet. */
        UNSEALED_EVENTS
    }

    public Finding {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return level + " " + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + " at " + where + ": " + message;
    }
}

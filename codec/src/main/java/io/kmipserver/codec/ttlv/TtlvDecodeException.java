package io.kmipserver.codec.ttlv;

/**
 * Input that is not valid TTLV, or not the message the decoder expected. Carries the broken rule,
 * the byte offset and the tag of the offending item so that the server can answer with a KMIP
 * "Invalid Message" (or "Invalid Field") response and an audit event. The message is safe to show to
 * a client: it never contains item values.
 *
 * <p>Created without a stack trace: malformed input is a normal, client-caused event, and a flood
 * of it must not cost stack walks.
 */
public final class TtlvDecodeException extends RuntimeException {

    /** The rule a malformed input broke. */
    public enum Problem {
        /** Fewer bytes than the header or the declared length needs. */
        TRUNCATED,
        /** The type byte names no TTLV item type (KMIP 1.4 §9.1.1.2). */
        UNKNOWN_ITEM_TYPE,
        /** The length does not fit the type (KMIP 1.4 §9.1.1.3): e.g. an Integer whose length is not 4. */
        LENGTH_TYPE_MISMATCH,
        /** An item's padded length runs past the end of its enclosing structure. */
        LENGTH_OVERRUNS_PARENT,
        /** Padding bytes that are not zero (KMIP 1.4 §9.1.1.3). */
        BAD_PADDING,
        /** A Boolean other than 0 or 1 (KMIP 1.4 §9.1.1.4). */
        BAD_BOOLEAN,
        /** A Text String that is not UTF-8 (KMIP 1.4 §9.1.1.4). */
        BAD_UTF8,
        /** Structures nested deeper than the fixed limit. */
        TOO_DEEP,
        /** A message larger than the configured maximum message size. */
        TOO_LARGE,
        /** Bytes after the end of the message, or after the last field of a structure. */
        TRAILING_BYTES,
        /** A field with another tag than the one the spec's structure table requires here. */
        UNEXPECTED_TAG,
        /** A field whose item type differs from the spec's. */
        UNEXPECTED_TYPE,
        /** A required field is absent. */
        MISSING_FIELD,
        /** A well-formed field whose value is not allowed (an unknown enumeration value, say). */
        INVALID_VALUE
    }

    private final Problem problem;
    private final int offset;
    private final int tag;

    public TtlvDecodeException(Problem problem, int offset, int tag, String message) {
        super(problem + " at offset " + offset + (tag != 0 ? String.format(" (tag 0x%06X)", tag) : "") + ": " + message,
                null, false, false);
        this.problem = problem;
        this.offset = offset;
        this.tag = tag;
    }

    public Problem problem() {
        return problem;
    }

    /** Byte offset of the offending item within the decoded buffer, or -1 when unknown. */
    public int offset() {
        return offset;
    }

    /** Tag of the offending item, or 0 when unknown. */
    public int tag() {
        return tag;
    }
}

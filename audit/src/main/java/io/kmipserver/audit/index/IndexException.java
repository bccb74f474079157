package io.kmipserver.audit.index;

/** The index file could not be read or written; the message says which and why. */
public final class IndexException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public IndexException(String message, Throwable cause) {
        super(message, cause);
    }
}

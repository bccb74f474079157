package io.kmipserver.audit.query;

/** A cursor that this server did not make, or that was altered; the client should start over. */
public final class InvalidCursorException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public InvalidCursorException(String message) {
        super(message);
    }
}

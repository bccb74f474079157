package io.kmipserver.server.store;

/**
 * The store failed. Messages name tables, identifiers and causes, never attribute values or
 * material, so they may reach the server log; the operation layer still maps them to a generic KMIP
 * result rather than sending them to clients verbatim.
 */
public class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}

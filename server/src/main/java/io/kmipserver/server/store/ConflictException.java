package io.kmipserver.server.store;

/**
 * A write broke a uniqueness or reference rule: an adapter name or certificate fingerprint already
 * taken, an object identifier already used, an adapter that still owns objects.
 */
public final class ConflictException extends StoreException {

    private static final long serialVersionUID = 1L;

    public ConflictException(String message, Throwable cause) {
        super(message, cause);
    }
}

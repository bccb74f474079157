package io.kmipserver.server.store;

/**
 * An optimistic update lost: the object's row version is no longer the one the caller read, because
 * another operation changed it in between. Re-read and decide again (the object may now be in a state
 * where the change is illegal).
 */
public final class StaleVersionException extends StoreException {

    private static final long serialVersionUID = 1L;

    public StaleVersionException(String message) {
        super(message);
    }
}

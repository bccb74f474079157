package io.kmipserver.server.store;

/**
 * The write queue stayed full for the whole submit timeout: the store is saturated. Backpressure —
 * the caller fails the operation (a retryable error) instead of queueing without bound.
 */
public final class StoreBusyException extends StoreException {

    private static final long serialVersionUID = 1L;

    public StoreBusyException(String message) {
        super(message);
    }
}

package io.kmipserver.server.store;

/**
 * A unit ran and its pre-commit hook succeeded, but the group's COMMIT failed (disk full, I/O
 * error, lost connection): nothing of the unit is stored. Or, on SQLite, the COMMIT succeeded but the
 * force of the WAL failed: whether the unit survives a power loss is unknown, and the store has
 * failed. Its hook has already run — an audit event appended by it claims a success that may not
 * persist, so the caller should record the failure too.
 */
public final class CommitFailedException extends StoreException {

    private static final long serialVersionUID = 1L;

    public CommitFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}

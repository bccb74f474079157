package io.kmipserver.audit.index;

import java.nio.file.Path;

/** The index is being written by someone else: a running server, or a rebuild. */
public final class IndexLockedException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public IndexLockedException(Path file) {
        super("the audit index " + file + " is in use by another process (is the server running?)");
    }
}

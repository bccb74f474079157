package io.kmipserver.audit.journal;

import java.util.List;

/**
 * What one retention run did.
 *
 * @param deletedFiles  the cycle files deleted, oldest first
 * @param deletedEvents how many events those files held
 * @param failedFiles   expired cycle files that could not be deleted (kept for the next run)
 * @param heldByTailers expired cycle files kept because a named tailer has not read past them
 */
public record RetentionResult(List<String> deletedFiles, long deletedEvents, List<String> failedFiles,
                              List<String> heldByTailers) {
    public RetentionResult {
        deletedFiles = List.copyOf(deletedFiles);
        failedFiles = List.copyOf(failedFiles);
        heldByTailers = List.copyOf(heldByTailers);
    }
}

package io.kmipserver.audit.journal;

/**
 * The bytes of a journal entry are not a well-formed event. Checked: a reader must decide whether
 * to skip the entry (export) or report it (verify).
 */
public final class CorruptEventException extends Exception {
    public CorruptEventException(String message) {
        super(message);
    }
}

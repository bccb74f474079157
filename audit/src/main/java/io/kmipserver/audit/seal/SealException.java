package io.kmipserver.audit.seal;

/** The sealer could not read its state or write a checkpoint; the events stay in the journal, unsealed. */
public final class SealException extends RuntimeException {
    public SealException(String message, Throwable cause) {
        super(message, cause);
    }
}

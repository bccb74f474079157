package io.kmipserver.server.keys;

/**
 * A key-protection operation failed. The message is safe to show a client or write to the audit
 * journal: it names adapters, identifiers and causes, never key bytes. The {@link Reason} lets the
 * operation layer choose a KMIP Result Reason without parsing text.
 */
public final class KeyProtectionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why protection failed, in the terms the caller acts on. */
    public enum Reason {
        /** The adapter has no root key (or not the version a blob names). */
        ROOT_KEY_MISSING,
        /**
         * Ciphertext did not authenticate: the blob was altered, belongs to another object or adapter,
         * or was made under another master key. Never retry; never fall back.
         */
        INTEGRITY,
        /** The protector cannot work right now (file system, token removed, session lost). May recover. */
        UNAVAILABLE,
        /** The request itself is malformed (bad length, unreadable blob, unsafe adapter id). */
        INVALID_INPUT
    }

    private final Reason reason;

    public KeyProtectionException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    /**
     * @param cause kept for the server log; its own message must not carry key material either (JCE
     *     and PKCS#11 exceptions do not)
     */
    public KeyProtectionException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}

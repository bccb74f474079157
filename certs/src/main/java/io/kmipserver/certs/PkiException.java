package io.kmipserver.certs;

/**
 * A PKI operation that cannot be carried out: a malformed file, a key that does not match its
 * certificate, a certificate authority without its private key. The message is written for an
 * operator and never contains key material, passwords or file contents — only file names, subject
 * names and fingerprints.
 */
public class PkiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PkiException(String message) {
        super(message);
    }

    public PkiException(String message, Throwable cause) {
        super(message, cause);
    }
}

package io.kmipserver.certs;

/**
 * PEM text that does not hold what the caller asked for: no PEM block at all, damaged Base64, an
 * encrypted private key, or a private key found in a file that should hold only certificates.
 */
public class PemFormatException extends PkiException {
    private static final long serialVersionUID = 1L;

    public PemFormatException(String message) {
        super(message);
    }

    public PemFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}

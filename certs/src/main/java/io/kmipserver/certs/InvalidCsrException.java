package io.kmipserver.certs;

/**
 * A PKCS#10 certification request (RFC 2986) that the certificate authority refuses to sign: its
 * self-signature does not verify (the request was altered, or its signer does not hold the private
 * key), its key is too weak, or its subject is empty.
 */
public class InvalidCsrException extends PkiException {
    private static final long serialVersionUID = 1L;

    public InvalidCsrException(String message) {
        super(message);
    }

    public InvalidCsrException(String message, Throwable cause) {
        super(message, cause);
    }
}

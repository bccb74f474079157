package io.kmipserver.server.protocol;

import io.kmipserver.codec.spec.ResultReason;

/** Result Reason "Cryptographic Failure": a cryptographic operation failed (KMIP 1.4 §6.10). */
public final class CryptographicFailureException extends KmipException {

    private static final long serialVersionUID = 1L;

    public CryptographicFailureException(String clientMessage) {
        super(ResultReason.CRYPTOGRAPHIC_FAILURE, clientMessage);
    }
}

package io.kmipserver.server.protocol;

import io.kmipserver.codec.spec.ResultReason;

/**
 * Result Reason "Invalid Field": a data item of the request has an invalid value (KMIP 1.4 §6.10).
 */
public final class InvalidFieldException extends KmipException {

    private static final long serialVersionUID = 1L;

    public InvalidFieldException(String clientMessage) {
        super(ResultReason.INVALID_FIELD, clientMessage);
    }
}

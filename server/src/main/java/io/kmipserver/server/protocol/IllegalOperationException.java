package io.kmipserver.server.protocol;

import io.kmipserver.codec.spec.ResultReason;

/**
 * Result Reason "Illegal Operation" (KMIP 1.x only, removed in 2.0): the operation cannot be
 * performed with these parameters (KMIP 1.4 §6.10).
 */
public final class IllegalOperationException extends KmipException {

    private static final long serialVersionUID = 1L;

    public IllegalOperationException(String clientMessage) {
        super(ResultReason.ILLEGAL_OPERATION, clientMessage);
    }
}

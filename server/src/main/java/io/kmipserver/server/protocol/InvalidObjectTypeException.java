package io.kmipserver.server.protocol;

import io.kmipserver.codec.spec.ResultReason;

/**
 * Result Reason "Invalid Object Type" (KMIP 2.x): the object's type is not valid for the operation
 * (KMIP 2.1 §11.46).
 */
public final class InvalidObjectTypeException extends KmipException {

    private static final long serialVersionUID = 1L;

    public InvalidObjectTypeException(String clientMessage) {
        super(ResultReason.INVALID_OBJECT_TYPE, clientMessage);
    }
}

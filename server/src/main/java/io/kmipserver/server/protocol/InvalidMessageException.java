package io.kmipserver.server.protocol;

import io.kmipserver.codec.spec.ResultReason;

/** Result Reason "Invalid Message": the request was not understood (KMIP 1.4 §11.1 Table 327). */
public final class InvalidMessageException extends KmipException {

    private static final long serialVersionUID = 1L;

    public InvalidMessageException(String clientMessage) {
        super(ResultReason.INVALID_MESSAGE, clientMessage);
    }
}

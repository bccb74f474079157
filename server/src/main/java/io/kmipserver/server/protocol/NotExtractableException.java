package io.kmipserver.server.protocol;

import io.kmipserver.codec.spec.ResultReason;

/**
 * Result Reason "Not Extractable" (KMIP 1.4+): the object may not leave the server (KMIP 1.4 Table
 * 338).
 */
public final class NotExtractableException extends KmipException {

    private static final long serialVersionUID = 1L;

    public NotExtractableException(String clientMessage) {
        super(ResultReason.NOT_EXTRACTABLE, clientMessage);
    }
}

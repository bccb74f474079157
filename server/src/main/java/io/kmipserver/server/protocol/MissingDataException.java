package io.kmipserver.server.protocol;

import io.kmipserver.codec.spec.ResultReason;

/**
 * Result Reason "Missing Data": the operation needs information the request does not carry, e.g. a
 * Unique Identifier when the ID Placeholder is empty (KMIP 1.4 §6.10).
 */
public final class MissingDataException extends KmipException {

    private static final long serialVersionUID = 1L;

    public MissingDataException(String clientMessage) {
        super(ResultReason.MISSING_DATA, clientMessage);
    }
}

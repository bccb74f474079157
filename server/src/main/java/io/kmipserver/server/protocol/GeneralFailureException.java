package io.kmipserver.server.protocol;

import io.kmipserver.codec.spec.ResultReason;

/**
 * Result Reason "General Failure": the request failed for a reason no other value describes (KMIP
 * 1.4 §6.10).
 */
public final class GeneralFailureException extends KmipException {

    private static final long serialVersionUID = 1L;

    public GeneralFailureException(String clientMessage) {
        super(ResultReason.GENERAL_FAILURE, clientMessage);
    }
}

package io.kmipserver.server.protocol;

import io.kmipserver.codec.spec.ResultReason;

/**
 * Result Reason "Authentication Not Successful": the credential in the request header could not be
 * validated or was missing (KMIP 1.4 §6.10).
 */
public final class AuthenticationNotSuccessfulException extends KmipException {

    private static final long serialVersionUID = 1L;

    public AuthenticationNotSuccessfulException(String clientMessage) {
        super(ResultReason.AUTHENTICATION_NOT_SUCCESSFUL, clientMessage);
    }
}

package io.kmipserver.server.protocol;

import io.kmipserver.codec.spec.ResultReason;

/**
 * Result Reason "Response Too Large": the response would exceed the request's Maximum Response
 * Size (KMIP 1.4 §6.3, Table 327).
 */
public final class ResponseTooLargeException extends KmipException {

    private static final long serialVersionUID = 1L;

    public ResponseTooLargeException(String clientMessage) {
        super(ResultReason.RESPONSE_TOO_LARGE, clientMessage);
    }
}

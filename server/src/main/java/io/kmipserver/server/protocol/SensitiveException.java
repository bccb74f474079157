package io.kmipserver.server.protocol;

import io.kmipserver.codec.spec.ResultReason;

/**
 * Result Reason "Sensitive" (KMIP 1.4+): a Sensitive key may not be returned unwrapped (KMIP 1.4
 * Table 338).
 */
public final class SensitiveException extends KmipException {

    private static final long serialVersionUID = 1L;

    public SensitiveException(String clientMessage) {
        super(ResultReason.SENSITIVE, clientMessage);
    }
}

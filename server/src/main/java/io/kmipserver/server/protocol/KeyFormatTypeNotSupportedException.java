package io.kmipserver.server.protocol;

import io.kmipserver.codec.spec.ResultReason;

/**
 * Result Reason "Key Format Type Not Supported": the object cannot be returned in the requested
 * Key Format Type (KMIP 1.4 Table 338).
 */
public final class KeyFormatTypeNotSupportedException extends KmipException {

    private static final long serialVersionUID = 1L;

    public KeyFormatTypeNotSupportedException(String clientMessage) {
        super(ResultReason.KEY_FORMAT_TYPE_NOT_SUPPORTED, clientMessage);
    }
}

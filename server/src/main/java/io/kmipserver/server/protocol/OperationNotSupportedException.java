package io.kmipserver.server.protocol;

import io.kmipserver.codec.spec.ResultReason;

/**
 * Result Reason "Operation Not Supported": the server does not implement the operation (KMIP 1.4
 * §11.1 Table 327). Never for a bug: that is General Failure.
 */
public final class OperationNotSupportedException extends KmipException {

    private static final long serialVersionUID = 1L;

    public OperationNotSupportedException(String clientMessage) {
        super(ResultReason.OPERATION_NOT_SUPPORTED, clientMessage);
    }
}

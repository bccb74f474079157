package io.kmipserver.server.protocol;

import io.kmipserver.codec.spec.ResultReason;

/**
 * Result Reason "Feature Not Supported": an optional feature the request asks for is not supported
 * (KMIP 1.4 §6.10).
 */
public final class FeatureNotSupportedException extends KmipException {

    private static final long serialVersionUID = 1L;

    public FeatureNotSupportedException(String clientMessage) {
        super(ResultReason.FEATURE_NOT_SUPPORTED, clientMessage);
    }
}

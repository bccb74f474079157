package io.kmipserver.server.protocol;

import io.kmipserver.codec.spec.ResultReason;

/**
 * Result Reason "Attribute Single Valued" (KMIP 2.x): Add Attribute of a single-instance attribute
 * that is already set (KMIP 2.1 Table 169).
 */
public final class AttributeSingleValuedException extends KmipException {

    private static final long serialVersionUID = 1L;

    public AttributeSingleValuedException(String clientMessage) {
        super(ResultReason.ATTRIBUTE_SINGLE_VALUED, clientMessage);
    }
}

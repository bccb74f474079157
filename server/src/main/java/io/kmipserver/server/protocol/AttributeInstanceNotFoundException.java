package io.kmipserver.server.protocol;

import io.kmipserver.codec.spec.ResultReason;

/**
 * Result Reason "Attribute Instance Not Found" (KMIP 2.x): no instance has the given Current
 * Attribute value (KMIP 2.1 Tables 204, 267).
 */
public final class AttributeInstanceNotFoundException extends KmipException {

    private static final long serialVersionUID = 1L;

    public AttributeInstanceNotFoundException(String clientMessage) {
        super(ResultReason.ATTRIBUTE_INSTANCE_NOT_FOUND, clientMessage);
    }
}

package io.kmipserver.server.protocol;

import io.kmipserver.codec.spec.ResultReason;

/**
 * Result Reason "Attribute Not Found" (KMIP 2.x): the object has no instance of the attribute
 * (KMIP 2.1 Tables 204, 267).
 */
public final class AttributeNotFoundException extends KmipException {

    private static final long serialVersionUID = 1L;

    public AttributeNotFoundException(String clientMessage) {
        super(ResultReason.ATTRIBUTE_NOT_FOUND, clientMessage);
    }
}

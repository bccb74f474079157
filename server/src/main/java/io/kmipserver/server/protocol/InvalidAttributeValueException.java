package io.kmipserver.server.protocol;

import io.kmipserver.codec.spec.ResultReason;

/**
 * Result Reason "Invalid Attribute Value" (KMIP 2.x): the value supplied for an attribute is
 * invalid (KMIP 2.1 §11.46).
 */
public final class InvalidAttributeValueException extends KmipException {

    private static final long serialVersionUID = 1L;

    public InvalidAttributeValueException(String clientMessage) {
        super(ResultReason.INVALID_ATTRIBUTE_VALUE, clientMessage);
    }
}

package io.kmipserver.server.protocol;

import io.kmipserver.codec.spec.ResultReason;

/**
 * Result Reason "Non Unique Name Attribute" (KMIP 2.x): another object already has this Name (KMIP
 * 2.1 §11.46).
 */
public final class NonUniqueNameAttributeException extends KmipException {

    private static final long serialVersionUID = 1L;

    public NonUniqueNameAttributeException(String clientMessage) {
        super(ResultReason.NON_UNIQUE_NAME_ATTRIBUTE, clientMessage);
    }
}

package io.kmipserver.server.protocol;

import io.kmipserver.codec.spec.ResultReason;

/**
 * Result Reason "Read Only Attribute" (KMIP 2.x): Add or Set Attribute of an attribute the client
 * may not set (KMIP 2.1 Tables 169, 324).
 */
public final class ReadOnlyAttributeException extends KmipException {

    private static final long serialVersionUID = 1L;

    public ReadOnlyAttributeException(String clientMessage) {
        super(ResultReason.READ_ONLY_ATTRIBUTE, clientMessage);
    }
}

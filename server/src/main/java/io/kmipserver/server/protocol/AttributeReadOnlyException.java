package io.kmipserver.server.protocol;

import io.kmipserver.codec.spec.ResultReason;

/**
 * Result Reason "Attribute Read Only" (KMIP 2.x): Modify or Delete Attribute of an attribute the
 * client may not change (KMIP 2.1 Tables 204, 267).
 */
public final class AttributeReadOnlyException extends KmipException {

    private static final long serialVersionUID = 1L;

    public AttributeReadOnlyException(String clientMessage) {
        super(ResultReason.ATTRIBUTE_READ_ONLY, clientMessage);
    }
}

package io.kmipserver.server.protocol;

import io.kmipserver.codec.spec.ResultReason;

/**
 * Result Reason "Multi Valued Attribute" (KMIP 2.x): Set or Modify without Current Attribute of an
 * attribute with several instances (KMIP 2.1 §11.46).
 */
public final class MultiValuedAttributeException extends KmipException {

    private static final long serialVersionUID = 1L;

    public MultiValuedAttributeException(String clientMessage) {
        super(ResultReason.MULTI_VALUED_ATTRIBUTE, clientMessage);
    }
}

package io.kmipserver.server.protocol;

import io.kmipserver.codec.spec.ResultReason;

/**
 * Result Reason "Key Value Not Present" (KMIP 1.2+): a metadata-only object, its key value is gone
 * (KMIP 2.1 §11.46).
 */
public final class KeyValueNotPresentException extends KmipException {

    private static final long serialVersionUID = 1L;

    public KeyValueNotPresentException(String clientMessage) {
        super(ResultReason.KEY_VALUE_NOT_PRESENT, clientMessage);
    }
}

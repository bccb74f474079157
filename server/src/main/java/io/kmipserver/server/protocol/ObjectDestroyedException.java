package io.kmipserver.server.protocol;

import io.kmipserver.codec.spec.ResultReason;

/**
 * Result Reason "Object Destroyed" (KMIP 2.x): the object exists but has already been destroyed
 * (KMIP 2.1 §11.46).
 */
public final class ObjectDestroyedException extends KmipException {

    private static final long serialVersionUID = 1L;

    public ObjectDestroyedException(String clientMessage) {
        super(ResultReason.OBJECT_DESTROYED, clientMessage);
    }
}

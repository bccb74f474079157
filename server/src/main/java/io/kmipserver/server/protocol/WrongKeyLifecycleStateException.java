package io.kmipserver.server.protocol;

import io.kmipserver.codec.spec.ResultReason;

/**
 * Result Reason "Wrong Key Lifecycle State" (KMIP 2.x only, 2.1 §11.46): the object's state does
 * not allow the operation.
 */
public final class WrongKeyLifecycleStateException extends KmipException {

    private static final long serialVersionUID = 1L;

    public WrongKeyLifecycleStateException(String clientMessage) {
        super(ResultReason.WRONG_KEY_LIFECYCLE_STATE, clientMessage);
    }
}

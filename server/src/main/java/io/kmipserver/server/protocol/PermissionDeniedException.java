package io.kmipserver.server.protocol;

import io.kmipserver.codec.spec.ResultReason;

/**
 * Result Reason "Permission Denied": the client may not perform the operation (KMIP 1.4 §11.1
 * Table 327); in 1.x also the answer for a wrong lifecycle state (KMIP 1.4 Tables 346, 348).
 */
public final class PermissionDeniedException extends KmipException {

    private static final long serialVersionUID = 1L;

    public PermissionDeniedException(String clientMessage) {
        super(ResultReason.PERMISSION_DENIED, clientMessage);
    }
}

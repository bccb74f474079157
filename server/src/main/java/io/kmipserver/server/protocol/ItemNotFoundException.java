package io.kmipserver.server.protocol;

import io.kmipserver.codec.spec.ResultReason;

/**
 * Result Reason "Item Not Found": no object with this Unique Identifier exists for the caller
 * (KMIP 1.4 §6.10, 2.1 §11.46) — also the answer for another adapter's object (DESIGN invariant
 * 4).
 */
public final class ItemNotFoundException extends KmipException {

    private static final long serialVersionUID = 1L;

    public ItemNotFoundException(String clientMessage) {
        super(ResultReason.ITEM_NOT_FOUND, clientMessage);
    }
}

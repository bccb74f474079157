package io.kmipserver.server.protocol;

import io.kmipserver.codec.message.RequestDecodeException;
import io.kmipserver.codec.message.RequestMessage;
import io.kmipserver.codec.message.ResponseMessage;

/**
 * Turns a request into its response. Called by the transport on a worker thread, never on an event
 * loop: implementations block on the store, the key protector and the audit journal.
 *
 * <p>Contract: never throws; every failure becomes a failed batch item. Each batch item leaves
 * exactly one audit event, appended before this method returns (DESIGN.md invariants 1 and 2).
 */
public interface KmipRequestProcessor {

    /** Answers a decoded request in the request's protocol version. */
    ResponseMessage process(RequestMessage request, ClientSession session);

    /**
     * Answers a request that could not be decoded: Invalid Message or Invalid Field as
     * {@link RequestDecodeException#resultReason()} says, in the client's protocol version when it was
     * read, naming the failed batch item by its Unique Batch Item ID. Leaves one {@code kmip.invalid}
     * audit event.
     */
    ResponseMessage processUndecodable(RequestDecodeException failure, ClientSession session);
}

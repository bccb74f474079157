package io.kmipserver.server.protocol;

import io.kmipserver.codec.payload.RequestPayload;
import io.kmipserver.codec.payload.ResponsePayload;
import io.kmipserver.codec.spec.Operation;

/**
 * Performs one KMIP operation for one batch item. Implementations live in
 * {@code io.kmipserver.server.operation}, one {@code <Operation>Handler} per operation, each citing
 * the spec section it implements.
 *
 * <p>Contract: throw a {@link KmipException} subclass for every client-visible failure; let foreign
 * exceptions (store, key protector) propagate — {@link FailureMapper} translates them. A handler that
 * changes state does so in exactly one store write unit through {@link OperationContext#commit}, whose
 * pre-commit hook appends the item's audit event; a read-only handler appends nothing: the processor
 * appends its event before building the response. Handlers are stateless and thread-safe.
 */
public interface OperationHandler<Q extends RequestPayload> {

    Operation operation();

    Class<Q> requestType();

    /** Performs the operation; fills the context's audit fields (targets, request/response data). */
    ResponsePayload handle(Q request, OperationContext ctx);

    /**
     * True when the operation may change state. A batch with Batch Error Continuation Option Undo
     * that holds such an item is refused, because a committed and audited change is not undone.
     */
    default boolean changesState() {
        return false;
    }
}

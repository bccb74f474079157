package io.kmipserver.server.operation;

import io.kmipserver.codec.payload.RequestPayload;
import io.kmipserver.codec.spec.Operation;
import io.kmipserver.server.protocol.OperationHandler;
import java.util.Objects;

/** The operation and payload type every handler declares. */
abstract class AbstractHandler<Q extends RequestPayload> implements OperationHandler<Q> {

    private final Operation operation;
    private final Class<Q> requestType;

    AbstractHandler(Operation operation, Class<Q> requestType) {
        this.operation = Objects.requireNonNull(operation, "operation");
        this.requestType = Objects.requireNonNull(requestType, "requestType");
    }

    @Override
    public final Operation operation() {
        return operation;
    }

    @Override
    public final Class<Q> requestType() {
        return requestType;
    }
}

package io.kmipserver.server.transport;

import io.kmipserver.codec.message.RequestMessage;
import io.kmipserver.codec.message.ResponseMessage;

/**
 * Watches every answered KMIP request, for metrics. Called on the worker thread right after the
 * processor returned, before the response is written: implementations must be quick and must not
 * throw (a failure is logged and ignored).
 */
@FunctionalInterface
public interface KmipRequestObserver {

    /** Observes nothing. */
    KmipRequestObserver NONE = (request, response, nanos) -> { };

    /**
     * @param nanos how long the processor took, in nanoseconds
     */
    void answered(RequestMessage request, ResponseMessage response, long nanos);
}

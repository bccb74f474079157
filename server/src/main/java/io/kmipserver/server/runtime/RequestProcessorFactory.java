package io.kmipserver.server.runtime;

import io.kmipserver.server.protocol.KmipRequestProcessor;

/**
 * Builds the node's {@link KmipRequestProcessor} once its services are open. The {@code serve}
 * command uses the operations module's processor; tests plug in their own.
 */
@FunctionalInterface
public interface RequestProcessorFactory {

    KmipRequestProcessor create(NodeServices services);
}

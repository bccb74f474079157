package io.kmipserver.codec.payload;

import io.kmipserver.codec.message.ProtocolVersion;
import io.kmipserver.codec.spec.Operation;
import java.util.List;

/**
 * Discover Versions response: the versions both sides support, server's preference first.
 *
 * <p>KMIP 1.4 §4.26 Table 225, 2.1 §6.1.16 Table 212.
 *
 * @param protocolVersions the versions, possibly empty
 */
public record DiscoverVersionsResponse(
        List<ProtocolVersion> protocolVersions) implements ResponsePayload {

    public DiscoverVersionsResponse {
        protocolVersions = protocolVersions == null ? List.of() : List.copyOf(protocolVersions);
    }

    @Override
    public Operation operation() {
        return Operation.DISCOVER_VERSIONS;
    }
}

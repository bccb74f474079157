package io.kmipserver.codec.payload;

import io.kmipserver.codec.message.ProtocolVersion;
import io.kmipserver.codec.spec.Operation;
import java.util.List;

/**
 * Discover Versions request: the versions the client supports, most preferred first.
 *
 * <p>KMIP 1.4 §4.26 Table 224, 2.1 §6.1.16 Table 211.
 *
 * @param protocolVersions the client's versions, possibly empty
 */
public record DiscoverVersionsRequest(
        List<ProtocolVersion> protocolVersions) implements RequestPayload {

    public DiscoverVersionsRequest {
        protocolVersions = protocolVersions == null ? List.of() : List.copyOf(protocolVersions);
    }

    @Override
    public Operation operation() {
        return Operation.DISCOVER_VERSIONS;
    }
}

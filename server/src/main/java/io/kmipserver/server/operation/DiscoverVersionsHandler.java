package io.kmipserver.server.operation;

import io.kmipserver.codec.message.ProtocolVersion;
import io.kmipserver.codec.payload.DiscoverVersionsRequest;
import io.kmipserver.codec.payload.DiscoverVersionsResponse;
import io.kmipserver.codec.payload.ResponsePayload;
import io.kmipserver.codec.spec.Operation;
import io.kmipserver.server.protocol.OperationContext;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * Discover Versions (KMIP 1.4 §4.26 Tables 224-225; 2.1 §6.1.16): the protocol versions this server
 * speaks, newest (most preferred) first; when the client lists its own, only those both support, in
 * the server's order of preference — an empty list when there are none (§4.26).
 */
final class DiscoverVersionsHandler extends AbstractHandler<DiscoverVersionsRequest> {

    /** Every version this server speaks, in decreasing order of preference. */
    static final List<ProtocolVersion> SUPPORTED = List.of(ProtocolVersion.V2_1, ProtocolVersion.V2_0,
            ProtocolVersion.V1_4, ProtocolVersion.V1_3, ProtocolVersion.V1_2, ProtocolVersion.V1_1, ProtocolVersion.V1_0);

    DiscoverVersionsHandler() {
        super(Operation.DISCOVER_VERSIONS, DiscoverVersionsRequest.class);
    }

    @Override
    public ResponsePayload handle(DiscoverVersionsRequest request, OperationContext ctx) {
        List<ProtocolVersion> offered = request.protocolVersions();
        List<ProtocolVersion> answer = new ArrayList<>(SUPPORTED.size());
        for (ProtocolVersion v : SUPPORTED) {
            if (offered.isEmpty() || offered.contains(v)) {
                answer.add(v);
            }
        }
        ctx.request("offered", join(offered));
        ctx.response("versions", join(answer));
        return new DiscoverVersionsResponse(answer);
    }

    private static String join(List<ProtocolVersion> versions) {
        StringJoiner j = new StringJoiner(", ");
        versions.forEach(v -> j.add(v.toString()));
        return j.toString();
    }
}

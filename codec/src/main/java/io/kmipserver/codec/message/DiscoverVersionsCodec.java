package io.kmipserver.codec.message;

import io.kmipserver.codec.payload.DiscoverVersionsRequest;
import io.kmipserver.codec.payload.DiscoverVersionsResponse;
import io.kmipserver.codec.spec.Operation;
import io.kmipserver.codec.spec.Tag;
import java.util.ArrayList;
import java.util.List;

/** Discover Versions: KMIP 1.4 §4.26 Tables 224-225, 2.1 §6.1.16 Tables 211-212. */
final class DiscoverVersionsCodec extends PayloadCodec<DiscoverVersionsRequest, DiscoverVersionsResponse> {

    DiscoverVersionsCodec() {
        super(Operation.DISCOVER_VERSIONS, DiscoverVersionsRequest.class, DiscoverVersionsResponse.class);
    }

    @Override
    DiscoverVersionsRequest readRequest(FieldReader r) {
        return new DiscoverVersionsRequest(readVersions(r));
    }

    @Override
    void writeRequest(DiscoverVersionsRequest p, FieldWriter w) {
        writeVersions(w, p.protocolVersions());
    }

    @Override
    DiscoverVersionsResponse readResponse(FieldReader r) {
        return new DiscoverVersionsResponse(readVersions(r));
    }

    @Override
    void writeResponse(DiscoverVersionsResponse p, FieldWriter w) {
        writeVersions(w, p.protocolVersions());
    }

    private static List<ProtocolVersion> readVersions(FieldReader r) {
        List<ProtocolVersion> versions = new ArrayList<>();
        while (r.at(Tag.PROTOCOL_VERSION)) {
            versions.add(MessageCodec.readProtocolVersion(r.in));
        }
        return versions;
    }

    private static void writeVersions(FieldWriter w, List<ProtocolVersion> versions) {
        for (ProtocolVersion v : versions) {
            MessageCodec.writeProtocolVersion(w.out, v);
        }
    }
}

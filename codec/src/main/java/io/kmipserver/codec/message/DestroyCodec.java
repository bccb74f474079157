package io.kmipserver.codec.message;

import io.kmipserver.codec.payload.DestroyRequest;
import io.kmipserver.codec.payload.DestroyResponse;
import io.kmipserver.codec.spec.Operation;
import io.kmipserver.codec.spec.Tag;

/** Destroy: KMIP 1.4 §4.21 Tables 214-215, 2.1 §6.1.15 Tables 208-209. */
final class DestroyCodec extends PayloadCodec<DestroyRequest, DestroyResponse> {

    DestroyCodec() {
        super(Operation.DESTROY, DestroyRequest.class, DestroyResponse.class);
    }

    @Override
    DestroyRequest readRequest(FieldReader r) {
        return new DestroyRequest(r.uniqueIdentifierRef());
    }

    @Override
    void writeRequest(DestroyRequest p, FieldWriter w) {
        w.uniqueIdentifierRef(p.uniqueIdentifier());
    }

    @Override
    DestroyResponse readResponse(FieldReader r) {
        return new DestroyResponse(r.text(Tag.UNIQUE_IDENTIFIER));
    }

    @Override
    void writeResponse(DestroyResponse p, FieldWriter w) {
        w.text(Tag.UNIQUE_IDENTIFIER, p.uniqueIdentifier());
    }
}

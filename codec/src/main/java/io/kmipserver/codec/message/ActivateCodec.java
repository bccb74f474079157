package io.kmipserver.codec.message;

import io.kmipserver.codec.payload.ActivateRequest;
import io.kmipserver.codec.payload.ActivateResponse;
import io.kmipserver.codec.spec.Operation;
import io.kmipserver.codec.spec.Tag;

/** Activate: KMIP 1.4 §4.19 Tables 210-211, 2.1 §6.1.1 Tables 164-165. */
final class ActivateCodec extends PayloadCodec<ActivateRequest, ActivateResponse> {

    ActivateCodec() {
        super(Operation.ACTIVATE, ActivateRequest.class, ActivateResponse.class);
    }

    @Override
    ActivateRequest readRequest(FieldReader r) {
        return new ActivateRequest(r.uniqueIdentifierRef());
    }

    @Override
    void writeRequest(ActivateRequest p, FieldWriter w) {
        w.uniqueIdentifierRef(p.uniqueIdentifier());
    }

    @Override
    ActivateResponse readResponse(FieldReader r) {
        return new ActivateResponse(r.text(Tag.UNIQUE_IDENTIFIER));
    }

    @Override
    void writeResponse(ActivateResponse p, FieldWriter w) {
        w.text(Tag.UNIQUE_IDENTIFIER, p.uniqueIdentifier());
    }
}

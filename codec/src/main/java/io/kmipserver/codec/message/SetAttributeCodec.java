package io.kmipserver.codec.message;

import io.kmipserver.codec.payload.SetAttributeRequest;
import io.kmipserver.codec.payload.SetAttributeResponse;
import io.kmipserver.codec.spec.Operation;
import io.kmipserver.codec.spec.Tag;

/** Set Attribute (2.x only): KMIP 2.1 §6.1.51 Tables 322-323. */
final class SetAttributeCodec extends PayloadCodec<SetAttributeRequest, SetAttributeResponse> {

    SetAttributeCodec() {
        super(Operation.SET_ATTRIBUTE, SetAttributeRequest.class, SetAttributeResponse.class);
    }

    @Override
    SetAttributeRequest readRequest(FieldReader r) {
        return new SetAttributeRequest(r.uniqueIdentifierRef(), AttributeCodec.readWrapped(r, Tag.NEW_ATTRIBUTE));
    }

    @Override
    void writeRequest(SetAttributeRequest p, FieldWriter w) {
        w.uniqueIdentifierRef(p.uniqueIdentifier());
        AttributeCodec.writeWrapped(w, Tag.NEW_ATTRIBUTE, p.newAttribute());
    }

    @Override
    SetAttributeResponse readResponse(FieldReader r) {
        return new SetAttributeResponse(r.text(Tag.UNIQUE_IDENTIFIER));
    }

    @Override
    void writeResponse(SetAttributeResponse p, FieldWriter w) {
        w.text(Tag.UNIQUE_IDENTIFIER, p.uniqueIdentifier());
    }
}

package io.kmipserver.codec.message;

import io.kmipserver.codec.attribute.Attributes;
import io.kmipserver.codec.payload.GetAttributesRequest;
import io.kmipserver.codec.payload.GetAttributesResponse;
import io.kmipserver.codec.spec.Operation;
import io.kmipserver.codec.spec.Tag;

/**
 * Get Attributes: KMIP 1.4 §4.12 Tables 196-197 (Attribute Name texts; repeated Attribute with
 * indices), 2.1 §6.1.20 Tables 223-224 (Attribute References; one Attributes structure).
 */
final class GetAttributesCodec extends PayloadCodec<GetAttributesRequest, GetAttributesResponse> {

    GetAttributesCodec() {
        super(Operation.GET_ATTRIBUTES, GetAttributesRequest.class, GetAttributesResponse.class);
    }

    @Override
    GetAttributesRequest readRequest(FieldReader r) {
        return new GetAttributesRequest(r.uniqueIdentifierRef(), AttributeCodec.readKeys(r));
    }

    @Override
    void writeRequest(GetAttributesRequest p, FieldWriter w) {
        w.uniqueIdentifierRef(p.uniqueIdentifier());
        AttributeCodec.writeKeys(w, p.attributes());
    }

    @Override
    GetAttributesResponse readResponse(FieldReader r) {
        String uid = r.text(Tag.UNIQUE_IDENTIFIER);
        Attributes attributes = r.is2x()
                ? AttributeCodec.readAttributes(r, Tag.ATTRIBUTES)
                : AttributeCodec.readList1x(r);
        return new GetAttributesResponse(uid, attributes);
    }

    @Override
    void writeResponse(GetAttributesResponse p, FieldWriter w) {
        w.text(Tag.UNIQUE_IDENTIFIER, p.uniqueIdentifier());
        if (w.is2x()) {
            AttributeCodec.writeAttributes(w, Tag.ATTRIBUTES, p.attributes());
        } else {
            AttributeCodec.writeList1x(w, p.attributes());
        }
    }
}

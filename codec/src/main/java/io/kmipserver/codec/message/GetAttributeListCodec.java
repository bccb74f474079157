package io.kmipserver.codec.message;

import io.kmipserver.codec.payload.GetAttributeListRequest;
import io.kmipserver.codec.payload.GetAttributeListResponse;
import io.kmipserver.codec.spec.Operation;
import io.kmipserver.codec.spec.Tag;

/**
 * Get Attribute List: KMIP 1.4 §4.13 Tables 198-199 (Attribute Name texts), 2.1 §6.1.21 Tables
 * 226-227 (Attribute References).
 */
final class GetAttributeListCodec extends PayloadCodec<GetAttributeListRequest, GetAttributeListResponse> {

    GetAttributeListCodec() {
        super(Operation.GET_ATTRIBUTE_LIST, GetAttributeListRequest.class, GetAttributeListResponse.class);
    }

    @Override
    GetAttributeListRequest readRequest(FieldReader r) {
        return new GetAttributeListRequest(r.uniqueIdentifierRef());
    }

    @Override
    void writeRequest(GetAttributeListRequest p, FieldWriter w) {
        w.uniqueIdentifierRef(p.uniqueIdentifier());
    }

    @Override
    GetAttributeListResponse readResponse(FieldReader r) {
        return new GetAttributeListResponse(r.text(Tag.UNIQUE_IDENTIFIER), AttributeCodec.readKeys(r));
    }

    @Override
    void writeResponse(GetAttributeListResponse p, FieldWriter w) {
        w.text(Tag.UNIQUE_IDENTIFIER, p.uniqueIdentifier());
        AttributeCodec.writeKeys(w, p.attributes());
    }
}

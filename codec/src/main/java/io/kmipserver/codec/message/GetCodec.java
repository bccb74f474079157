package io.kmipserver.codec.message;

import io.kmipserver.codec.payload.GetRequest;
import io.kmipserver.codec.payload.GetResponse;
import io.kmipserver.codec.payload.KeyWrappingSpecification;
import io.kmipserver.codec.payload.UniqueIdentifierRef;
import io.kmipserver.codec.spec.KeyCompressionType;
import io.kmipserver.codec.spec.KeyFormatType;
import io.kmipserver.codec.spec.KeyWrapType;
import io.kmipserver.codec.spec.ObjectType;
import io.kmipserver.codec.spec.Operation;
import io.kmipserver.codec.spec.Tag;

/** Get: KMIP 1.4 §4.11 Tables 194-195, 2.1 §6.1.19 Tables 220-221. The hot path: no tree, no copies. */
final class GetCodec extends PayloadCodec<GetRequest, GetResponse> {

    GetCodec() {
        super(Operation.GET, GetRequest.class, GetResponse.class);
    }

    @Override
    GetRequest readRequest(FieldReader r) {
        UniqueIdentifierRef uid = r.uniqueIdentifierRef();
        KeyFormatType format = r.optEnumeration(Tag.KEY_FORMAT_TYPE, KeyFormatType::fromValue);
        KeyWrapType wrapType = r.optEnumeration(Tag.KEY_WRAP_TYPE, KeyWrapType::fromValue);
        KeyCompressionType compression = r.optEnumeration(Tag.KEY_COMPRESSION_TYPE, KeyCompressionType::fromValue);
        KeyWrappingSpecification spec = r.optTyped(Tag.KEY_WRAPPING_SPECIFICATION, KeyWrappingSpecification::fromItem);
        return new GetRequest(uid, format, wrapType, compression, spec);
    }

    @Override
    void writeRequest(GetRequest p, FieldWriter w) {
        w.uniqueIdentifierRef(p.uniqueIdentifier());
        w.enumeration(Tag.KEY_FORMAT_TYPE, p.keyFormatType());
        w.enumeration(Tag.KEY_WRAP_TYPE, p.keyWrapType());
        w.enumeration(Tag.KEY_COMPRESSION_TYPE, p.keyCompressionType());
        if (p.keyWrappingSpecification() != null) {
            w.item(p.keyWrappingSpecification().toItem());
        }
    }

    @Override
    GetResponse readResponse(FieldReader r) {
        ObjectType type = r.enumeration(Tag.OBJECT_TYPE, ObjectType::fromValue);
        String uid = r.text(Tag.UNIQUE_IDENTIFIER);
        return new GetResponse(type, uid, ObjectCodec.read(r, type));
    }

    @Override
    void writeResponse(GetResponse p, FieldWriter w) {
        w.enumeration(Tag.OBJECT_TYPE, p.objectType());
        w.text(Tag.UNIQUE_IDENTIFIER, p.uniqueIdentifier());
        ObjectCodec.write(w, p.object());
    }
}

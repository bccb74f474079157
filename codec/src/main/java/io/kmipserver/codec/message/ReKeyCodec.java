package io.kmipserver.codec.message;

import io.kmipserver.codec.message.AttributeCodec.TemplateAttribute;
import io.kmipserver.codec.payload.ReKeyRequest;
import io.kmipserver.codec.payload.ReKeyResponse;
import io.kmipserver.codec.payload.UniqueIdentifierRef;
import io.kmipserver.codec.spec.Operation;
import io.kmipserver.codec.spec.Tag;
import java.util.List;

/** Re-key: KMIP 1.4 §4.4 Tables 174-175, 2.1 §6.1.46 Tables 305-306. */
final class ReKeyCodec extends PayloadCodec<ReKeyRequest, ReKeyResponse> {

    ReKeyCodec() {
        super(Operation.RE_KEY, ReKeyRequest.class, ReKeyResponse.class);
    }

    @Override
    ReKeyRequest readRequest(FieldReader r) {
        UniqueIdentifierRef uid = r.uniqueIdentifierRef();
        Long offset = r.optInterval(Tag.OFFSET);
        TemplateAttribute ta = AttributeCodec.readOptSet(r, Tag.TEMPLATE_ATTRIBUTE, Tag.ATTRIBUTES);
        return new ReKeyRequest(uid, offset, ta.attributes(), ta.templateNames(), r.optItem(Tag.PROTECTION_STORAGE_MASKS));
    }

    @Override
    void writeRequest(ReKeyRequest p, FieldWriter w) {
        w.uniqueIdentifierRef(p.uniqueIdentifier());
        w.interval(Tag.OFFSET, p.offset());
        AttributeCodec.writeOptSet(w, Tag.TEMPLATE_ATTRIBUTE, Tag.ATTRIBUTES, p.templateNames(), p.attributes());
        w.item(Tag.PROTECTION_STORAGE_MASKS, p.protectionStorageMasks());
    }

    @Override
    ReKeyResponse readResponse(FieldReader r) {
        String uid = r.text(Tag.UNIQUE_IDENTIFIER);
        TemplateAttribute ta = r.is2x() ? TemplateAttribute.EMPTY
                : AttributeCodec.readOptSet(r, Tag.TEMPLATE_ATTRIBUTE, Tag.ATTRIBUTES);
        return new ReKeyResponse(uid, ta.attributes());
    }

    @Override
    void writeResponse(ReKeyResponse p, FieldWriter w) {
        w.text(Tag.UNIQUE_IDENTIFIER, p.uniqueIdentifier());
        if (!w.is2x()) {
            AttributeCodec.writeOptSet(w, Tag.TEMPLATE_ATTRIBUTE, Tag.ATTRIBUTES, List.of(), p.attributes());
        }
    }
}

package io.kmipserver.codec.message;

import io.kmipserver.codec.message.AttributeCodec.TemplateAttribute;
import io.kmipserver.codec.payload.CreateRequest;
import io.kmipserver.codec.payload.CreateResponse;
import io.kmipserver.codec.spec.ObjectType;
import io.kmipserver.codec.spec.Operation;
import io.kmipserver.codec.spec.Tag;
import java.util.List;

/** Create: KMIP 1.4 §4.1 Tables 163-164, 2.1 §6.1.8 Tables 186-187. */
final class CreateCodec extends PayloadCodec<CreateRequest, CreateResponse> {

    CreateCodec() {
        super(Operation.CREATE, CreateRequest.class, CreateResponse.class);
    }

    @Override
    CreateRequest readRequest(FieldReader r) {
        ObjectType type = r.enumeration(Tag.OBJECT_TYPE, ObjectType::fromValue);
        TemplateAttribute ta = AttributeCodec.readSet(r, Tag.TEMPLATE_ATTRIBUTE, Tag.ATTRIBUTES);
        return new CreateRequest(type, ta.attributes(), ta.templateNames(), r.optItem(Tag.PROTECTION_STORAGE_MASKS));
    }

    @Override
    void writeRequest(CreateRequest p, FieldWriter w) {
        w.enumeration(Tag.OBJECT_TYPE, p.objectType());
        AttributeCodec.writeSet(w, Tag.TEMPLATE_ATTRIBUTE, Tag.ATTRIBUTES, p.templateNames(), p.attributes());
        w.item(Tag.PROTECTION_STORAGE_MASKS, p.protectionStorageMasks());
    }

    @Override
    CreateResponse readResponse(FieldReader r) {
        ObjectType type = r.enumeration(Tag.OBJECT_TYPE, ObjectType::fromValue);
        String uid = r.text(Tag.UNIQUE_IDENTIFIER);
        TemplateAttribute ta = r.is2x() ? TemplateAttribute.EMPTY
                : AttributeCodec.readOptSet(r, Tag.TEMPLATE_ATTRIBUTE, Tag.ATTRIBUTES);
        return new CreateResponse(type, uid, ta.attributes());
    }

    @Override
    void writeResponse(CreateResponse p, FieldWriter w) {
        w.enumeration(Tag.OBJECT_TYPE, p.objectType());
        w.text(Tag.UNIQUE_IDENTIFIER, p.uniqueIdentifier());
        if (!w.is2x()) {
            AttributeCodec.writeOptSet(w, Tag.TEMPLATE_ATTRIBUTE, Tag.ATTRIBUTES, List.of(), p.attributes());
        }
    }
}

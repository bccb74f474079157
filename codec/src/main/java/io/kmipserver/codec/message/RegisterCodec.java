package io.kmipserver.codec.message;

import io.kmipserver.codec.message.AttributeCodec.TemplateAttribute;
import io.kmipserver.codec.payload.RegisterRequest;
import io.kmipserver.codec.payload.RegisterResponse;
import io.kmipserver.codec.spec.ObjectType;
import io.kmipserver.codec.spec.Operation;
import io.kmipserver.codec.spec.Tag;
import java.util.List;

/** Register: KMIP 1.4 §4.3 Tables 169-170, 2.1 §6.1.43 Tables 291-292. */
final class RegisterCodec extends PayloadCodec<RegisterRequest, RegisterResponse> {

    RegisterCodec() {
        super(Operation.REGISTER, RegisterRequest.class, RegisterResponse.class);
    }

    @Override
    RegisterRequest readRequest(FieldReader r) {
        ObjectType type = r.enumeration(Tag.OBJECT_TYPE, ObjectType::fromValue);
        TemplateAttribute ta = AttributeCodec.readSet(r, Tag.TEMPLATE_ATTRIBUTE, Tag.ATTRIBUTES);
        return new RegisterRequest(type, ta.attributes(), ta.templateNames(), ObjectCodec.read(r, type),
                r.optItem(Tag.PROTECTION_STORAGE_MASKS));
    }

    @Override
    void writeRequest(RegisterRequest p, FieldWriter w) {
        w.enumeration(Tag.OBJECT_TYPE, p.objectType());
        AttributeCodec.writeSet(w, Tag.TEMPLATE_ATTRIBUTE, Tag.ATTRIBUTES, p.templateNames(), p.attributes());
        ObjectCodec.write(w, p.object());
        w.item(Tag.PROTECTION_STORAGE_MASKS, p.protectionStorageMasks());
    }

    @Override
    RegisterResponse readResponse(FieldReader r) {
        String uid = r.text(Tag.UNIQUE_IDENTIFIER);
        TemplateAttribute ta = r.is2x() ? TemplateAttribute.EMPTY
                : AttributeCodec.readOptSet(r, Tag.TEMPLATE_ATTRIBUTE, Tag.ATTRIBUTES);
        return new RegisterResponse(uid, ta.attributes());
    }

    @Override
    void writeResponse(RegisterResponse p, FieldWriter w) {
        w.text(Tag.UNIQUE_IDENTIFIER, p.uniqueIdentifier());
        if (!w.is2x()) {
            AttributeCodec.writeOptSet(w, Tag.TEMPLATE_ATTRIBUTE, Tag.ATTRIBUTES, List.of(), p.attributes());
        }
    }
}

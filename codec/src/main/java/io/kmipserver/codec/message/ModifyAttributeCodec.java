package io.kmipserver.codec.message;

import io.kmipserver.codec.attribute.Attribute;
import io.kmipserver.codec.payload.ModifyAttributeRequest;
import io.kmipserver.codec.payload.ModifyAttributeResponse;
import io.kmipserver.codec.payload.UniqueIdentifierRef;
import io.kmipserver.codec.spec.Operation;
import io.kmipserver.codec.spec.Tag;

/**
 * Modify Attribute: KMIP 1.4 §4.15 Tables 202-203 (one Attribute, its index picking the instance),
 * 2.1 §6.1.34 Tables 265-266 (optional Current Attribute, New Attribute).
 */
final class ModifyAttributeCodec extends PayloadCodec<ModifyAttributeRequest, ModifyAttributeResponse> {

    ModifyAttributeCodec() {
        super(Operation.MODIFY_ATTRIBUTE, ModifyAttributeRequest.class, ModifyAttributeResponse.class);
    }

    @Override
    ModifyAttributeRequest readRequest(FieldReader r) {
        UniqueIdentifierRef uid = r.uniqueIdentifierRef();
        Attribute current = r.is2x() && r.at(Tag.CURRENT_ATTRIBUTE)
                ? AttributeCodec.readWrapped(r, Tag.CURRENT_ATTRIBUTE) : null;
        return new ModifyAttributeRequest(uid, current, AddAttributeCodec.readAttribute(r, Tag.NEW_ATTRIBUTE));
    }

    @Override
    void writeRequest(ModifyAttributeRequest p, FieldWriter w) {
        w.uniqueIdentifierRef(p.uniqueIdentifier());
        if (w.is2x() && p.currentAttribute() != null) {
            AttributeCodec.writeWrapped(w, Tag.CURRENT_ATTRIBUTE, p.currentAttribute());
        }
        AddAttributeCodec.writeAttribute(w, Tag.NEW_ATTRIBUTE, p.newAttribute());
    }

    @Override
    ModifyAttributeResponse readResponse(FieldReader r) {
        String uid = r.text(Tag.UNIQUE_IDENTIFIER);
        return new ModifyAttributeResponse(uid, r.is2x() ? null : AddAttributeCodec.readAttribute(r, Tag.NEW_ATTRIBUTE));
    }

    @Override
    void writeResponse(ModifyAttributeResponse p, FieldWriter w) {
        w.text(Tag.UNIQUE_IDENTIFIER, p.uniqueIdentifier());
        if (!w.is2x()) {
            AddAttributeCodec.writeAttribute(w, Tag.NEW_ATTRIBUTE, p.attribute());
        }
    }
}

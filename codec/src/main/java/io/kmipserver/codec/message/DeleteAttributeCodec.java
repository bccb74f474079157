package io.kmipserver.codec.message;

import io.kmipserver.codec.attribute.Attribute;
import io.kmipserver.codec.attribute.AttributeKey;
import io.kmipserver.codec.payload.DeleteAttributeRequest;
import io.kmipserver.codec.payload.DeleteAttributeResponse;
import io.kmipserver.codec.payload.UniqueIdentifierRef;
import io.kmipserver.codec.spec.Operation;
import io.kmipserver.codec.spec.Tag;

/**
 * Delete Attribute: KMIP 1.4 §4.16 Tables 204-205 (Attribute Name + Attribute Index; the deleted
 * Attribute out), 2.1 §6.1.13 Tables 202-203 (Current Attribute or Attribute Reference; only the
 * Unique Identifier out).
 */
final class DeleteAttributeCodec extends PayloadCodec<DeleteAttributeRequest, DeleteAttributeResponse> {

    DeleteAttributeCodec() {
        super(Operation.DELETE_ATTRIBUTE, DeleteAttributeRequest.class, DeleteAttributeResponse.class);
    }

    @Override
    DeleteAttributeRequest readRequest(FieldReader r) {
        UniqueIdentifierRef uid = r.uniqueIdentifierRef();
        if (r.is2x()) {
            Attribute current = r.at(Tag.CURRENT_ATTRIBUTE) ? AttributeCodec.readWrapped(r, Tag.CURRENT_ATTRIBUTE) : null;
            AttributeKey key = r.at(Tag.ATTRIBUTE_REFERENCE) ? AttributeCodec.readReference(r) : null;
            if (current == null && key == null) {
                throw r.missing(Tag.ATTRIBUTE_REFERENCE);
            }
            return new DeleteAttributeRequest(uid, key, null, current);
        }
        AttributeKey key = AttributeCodec.readName1x(r);
        if (key == null) {
            throw r.invalid(Tag.ATTRIBUTE_NAME, "Attribute Name not defined in KMIP " + r.version.label());
        }
        return new DeleteAttributeRequest(uid, key, r.optInteger(Tag.ATTRIBUTE_INDEX), null);
    }

    @Override
    void writeRequest(DeleteAttributeRequest p, FieldWriter w) {
        w.uniqueIdentifierRef(p.uniqueIdentifier());
        if (w.is2x()) {
            if (p.currentAttribute() != null) {
                AttributeCodec.writeWrapped(w, Tag.CURRENT_ATTRIBUTE, p.currentAttribute());
            }
            if (p.attributeKey() != null) {
                AttributeCodec.writeReference(w, p.attributeKey());
            }
        } else {
            AttributeCodec.writeName1x(w, p.key());
            w.integer(Tag.ATTRIBUTE_INDEX, p.attributeIndex());
        }
    }

    @Override
    DeleteAttributeResponse readResponse(FieldReader r) {
        String uid = r.text(Tag.UNIQUE_IDENTIFIER);
        return new DeleteAttributeResponse(uid, r.is2x() ? null : AddAttributeCodec.readAttribute(r, Tag.CURRENT_ATTRIBUTE));
    }

    @Override
    void writeResponse(DeleteAttributeResponse p, FieldWriter w) {
        w.text(Tag.UNIQUE_IDENTIFIER, p.uniqueIdentifier());
        if (!w.is2x()) {
            AddAttributeCodec.writeAttribute(w, Tag.CURRENT_ATTRIBUTE, p.attribute());
        }
    }
}

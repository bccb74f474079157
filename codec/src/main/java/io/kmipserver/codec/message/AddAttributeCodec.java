package io.kmipserver.codec.message;

import io.kmipserver.codec.attribute.Attribute;
import io.kmipserver.codec.payload.AddAttributeRequest;
import io.kmipserver.codec.payload.AddAttributeResponse;
import io.kmipserver.codec.payload.UniqueIdentifierRef;
import io.kmipserver.codec.spec.Operation;
import io.kmipserver.codec.spec.Tag;

/**
 * Add Attribute: KMIP 1.4 §4.14 Tables 200-201 (Attribute in and out), 2.1 §6.1.2 Tables 167-168
 * (New Attribute in, only the Unique Identifier out).
 */
final class AddAttributeCodec extends PayloadCodec<AddAttributeRequest, AddAttributeResponse> {

    AddAttributeCodec() {
        super(Operation.ADD_ATTRIBUTE, AddAttributeRequest.class, AddAttributeResponse.class);
    }

    @Override
    AddAttributeRequest readRequest(FieldReader r) {
        UniqueIdentifierRef uid = r.uniqueIdentifierRef();
        return new AddAttributeRequest(uid, readAttribute(r, Tag.NEW_ATTRIBUTE));
    }

    @Override
    void writeRequest(AddAttributeRequest p, FieldWriter w) {
        w.uniqueIdentifierRef(p.uniqueIdentifier());
        writeAttribute(w, Tag.NEW_ATTRIBUTE, p.attribute());
    }

    @Override
    AddAttributeResponse readResponse(FieldReader r) {
        String uid = r.text(Tag.UNIQUE_IDENTIFIER);
        return new AddAttributeResponse(uid, r.is2x() ? null : readAttribute(r, Tag.NEW_ATTRIBUTE));
    }

    @Override
    void writeResponse(AddAttributeResponse p, FieldWriter w) {
        w.text(Tag.UNIQUE_IDENTIFIER, p.uniqueIdentifier());
        if (!w.is2x()) {
            writeAttribute(w, Tag.NEW_ATTRIBUTE, p.attribute());
        }
    }

    /**
     * The attribute of Add / Modify / Delete Attribute: a 1.x Attribute structure, or in 2.x the
     * attribute wrapped in {@code tag2x} (New / Current Attribute). In lenient 1.x mode an unknown
     * name is a missing attribute: nothing remains to act on.
     */
    static Attribute readAttribute(FieldReader r, int tag2x) {
        if (r.is2x()) {
            return AttributeCodec.readWrapped(r, tag2x);
        }
        if (!r.at(Tag.ATTRIBUTE)) {
            throw r.missing(Tag.ATTRIBUTE);
        }
        Attribute a = AttributeCodec.read1x(r);
        if (a == null) {
            throw r.invalid(Tag.ATTRIBUTE_NAME, "Attribute Name not defined in KMIP " + r.version.label());
        }
        return a;
    }

    static void writeAttribute(FieldWriter w, int tag2x, Attribute a) {
        if (a == null) {
            throw new IllegalArgumentException("a KMIP 1.x response of this operation requires the Attribute");
        }
        if (w.is2x()) {
            AttributeCodec.writeWrapped(w, tag2x, a);
        } else {
            AttributeCodec.write1x(w, a);
        }
    }
}

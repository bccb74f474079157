package io.kmipserver.codec.message;

import io.kmipserver.codec.attribute.Attributes;
import io.kmipserver.codec.payload.LocateRequest;
import io.kmipserver.codec.payload.LocateResponse;
import io.kmipserver.codec.spec.ObjectGroupMember;
import io.kmipserver.codec.spec.Operation;
import io.kmipserver.codec.spec.Tag;

/**
 * Locate: KMIP 1.4 §4.9 Tables 190-191 (attributes as repeated Attribute), 2.1 §6.1.28 Tables
 * 247-248 (one Attributes structure, required but possibly empty).
 */
final class LocateCodec extends PayloadCodec<LocateRequest, LocateResponse> {

    LocateCodec() {
        super(Operation.LOCATE, LocateRequest.class, LocateResponse.class);
    }

    @Override
    LocateRequest readRequest(FieldReader r) {
        Integer maximumItems = r.optInteger(Tag.MAXIMUM_ITEMS);
        Integer offsetItems = r.optInteger(Tag.OFFSET_ITEMS);
        Integer storageStatusMask = r.optInteger(Tag.STORAGE_STATUS_MASK);
        ObjectGroupMember member = r.optEnumeration(Tag.OBJECT_GROUP_MEMBER, ObjectGroupMember::fromValue);
        Attributes attributes = r.is2x()
                ? AttributeCodec.readAttributes(r, Tag.ATTRIBUTES)
                : AttributeCodec.readList1x(r);
        return new LocateRequest(maximumItems, offsetItems, storageStatusMask, member, attributes);
    }

    @Override
    void writeRequest(LocateRequest p, FieldWriter w) {
        w.integer(Tag.MAXIMUM_ITEMS, p.maximumItems());
        w.integer(Tag.OFFSET_ITEMS, p.offsetItems());
        w.integer(Tag.STORAGE_STATUS_MASK, p.storageStatusMask());
        w.enumeration(Tag.OBJECT_GROUP_MEMBER, p.objectGroupMember());
        if (w.is2x()) {
            AttributeCodec.writeAttributes(w, Tag.ATTRIBUTES, p.attributes());
        } else {
            AttributeCodec.writeList1x(w, p.attributes());
        }
    }

    @Override
    LocateResponse readResponse(FieldReader r) {
        return new LocateResponse(r.optInteger(Tag.LOCATED_ITEMS), r.texts(Tag.UNIQUE_IDENTIFIER));
    }

    @Override
    void writeResponse(LocateResponse p, FieldWriter w) {
        w.integer(Tag.LOCATED_ITEMS, p.locatedItems());
        w.texts(Tag.UNIQUE_IDENTIFIER, p.uniqueIdentifiers());
    }
}

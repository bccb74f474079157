package io.kmipserver.codec.message;

import io.kmipserver.codec.attribute.RevocationReason;
import io.kmipserver.codec.payload.RevokeRequest;
import io.kmipserver.codec.payload.RevokeResponse;
import io.kmipserver.codec.payload.UniqueIdentifierRef;
import io.kmipserver.codec.spec.Operation;
import io.kmipserver.codec.spec.Tag;

/** Revoke: KMIP 1.4 §4.20 Tables 212-213, 2.1 §6.1.44 Tables 295-296. */
final class RevokeCodec extends PayloadCodec<RevokeRequest, RevokeResponse> {

    RevokeCodec() {
        super(Operation.REVOKE, RevokeRequest.class, RevokeResponse.class);
    }

    @Override
    RevokeRequest readRequest(FieldReader r) {
        UniqueIdentifierRef uid = r.uniqueIdentifierRef();
        RevocationReason reason = r.typed(Tag.REVOCATION_REASON, RevocationReason::fromItem);
        return new RevokeRequest(uid, reason, r.optDateTime(Tag.COMPROMISE_OCCURRENCE_DATE));
    }

    @Override
    void writeRequest(RevokeRequest p, FieldWriter w) {
        w.uniqueIdentifierRef(p.uniqueIdentifier());
        w.item(p.revocationReason().toItem());
        w.dateTime(Tag.COMPROMISE_OCCURRENCE_DATE, p.compromiseOccurrenceDate());
    }

    @Override
    RevokeResponse readResponse(FieldReader r) {
        return new RevokeResponse(r.text(Tag.UNIQUE_IDENTIFIER));
    }

    @Override
    void writeResponse(RevokeResponse p, FieldWriter w) {
        w.text(Tag.UNIQUE_IDENTIFIER, p.uniqueIdentifier());
    }
}

package io.kmipserver.codec.message;

import io.kmipserver.codec.payload.CheckRequest;
import io.kmipserver.codec.payload.CheckResponse;
import io.kmipserver.codec.spec.Operation;
import io.kmipserver.codec.spec.Tag;

/** Check: KMIP 1.4 §4.10 Tables 192-193, 2.1 §6.1.7 Tables 183-184. */
final class CheckCodec extends PayloadCodec<CheckRequest, CheckResponse> {

    CheckCodec() {
        super(Operation.CHECK, CheckRequest.class, CheckResponse.class);
    }

    @Override
    CheckRequest readRequest(FieldReader r) {
        return new CheckRequest(r.uniqueIdentifierRef(), r.optLongInteger(Tag.USAGE_LIMITS_COUNT),
                r.optInteger(Tag.CRYPTOGRAPHIC_USAGE_MASK), r.optInterval(Tag.LEASE_TIME));
    }

    @Override
    void writeRequest(CheckRequest p, FieldWriter w) {
        w.uniqueIdentifierRef(p.uniqueIdentifier());
        w.longInteger(Tag.USAGE_LIMITS_COUNT, p.usageLimitsCount());
        w.integer(Tag.CRYPTOGRAPHIC_USAGE_MASK, p.cryptographicUsageMask());
        w.interval(Tag.LEASE_TIME, p.leaseTime());
    }

    @Override
    CheckResponse readResponse(FieldReader r) {
        return new CheckResponse(r.optText(Tag.UNIQUE_IDENTIFIER), r.optLongInteger(Tag.USAGE_LIMITS_COUNT),
                r.optInteger(Tag.CRYPTOGRAPHIC_USAGE_MASK), r.optInterval(Tag.LEASE_TIME));
    }

    @Override
    void writeResponse(CheckResponse p, FieldWriter w) {
        w.text(Tag.UNIQUE_IDENTIFIER, p.uniqueIdentifier());
        w.longInteger(Tag.USAGE_LIMITS_COUNT, p.usageLimitsCount());
        w.integer(Tag.CRYPTOGRAPHIC_USAGE_MASK, p.cryptographicUsageMask());
        w.interval(Tag.LEASE_TIME, p.leaseTime());
    }
}

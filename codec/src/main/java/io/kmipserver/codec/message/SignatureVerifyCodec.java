package io.kmipserver.codec.message;

import io.kmipserver.codec.payload.SignatureVerifyRequest;
import io.kmipserver.codec.payload.SignatureVerifyResponse;
import io.kmipserver.codec.spec.Operation;
import io.kmipserver.codec.spec.Tag;
import io.kmipserver.codec.spec.ValidityIndicator;

/** Signature Verify: KMIP 1.4 §4.32 Tables 235-236, 2.1 §6.1.56 Tables 337-338. */
final class SignatureVerifyCodec extends PayloadCodec<SignatureVerifyRequest, SignatureVerifyResponse> {

    SignatureVerifyCodec() {
        super(Operation.SIGNATURE_VERIFY, SignatureVerifyRequest.class, SignatureVerifyResponse.class);
    }

    @Override
    SignatureVerifyRequest readRequest(FieldReader r) {
        return new SignatureVerifyRequest(r.uniqueIdentifierRef(), readCryptographicParameters(r), r.optBytes(Tag.DATA),
                r.optBytes(Tag.DIGESTED_DATA), r.optBytes(Tag.SIGNATURE_DATA), r.optBytes(Tag.CORRELATION_VALUE),
                r.optBoolean(Tag.INIT_INDICATOR), r.optBoolean(Tag.FINAL_INDICATOR));
    }

    @Override
    void writeRequest(SignatureVerifyRequest p, FieldWriter w) {
        w.uniqueIdentifierRef(p.uniqueIdentifier());
        writeCryptographicParameters(w, p.cryptographicParameters());
        w.bytes(Tag.DATA, p.data());
        w.bytes(Tag.DIGESTED_DATA, p.digestedData());
        w.bytes(Tag.SIGNATURE_DATA, p.signatureData());
        w.bytes(Tag.CORRELATION_VALUE, p.correlationValue());
        w.bool(Tag.INIT_INDICATOR, p.initIndicator());
        w.bool(Tag.FINAL_INDICATOR, p.finalIndicator());
    }

    @Override
    SignatureVerifyResponse readResponse(FieldReader r) {
        return new SignatureVerifyResponse(r.text(Tag.UNIQUE_IDENTIFIER),
                r.optEnumeration(Tag.VALIDITY_INDICATOR, ValidityIndicator::fromValue), r.optBytes(Tag.DATA),
                r.optBytes(Tag.CORRELATION_VALUE));
    }

    @Override
    void writeResponse(SignatureVerifyResponse p, FieldWriter w) {
        w.text(Tag.UNIQUE_IDENTIFIER, p.uniqueIdentifier());
        w.enumeration(Tag.VALIDITY_INDICATOR, p.validityIndicator());
        w.bytes(Tag.DATA, p.data());
        w.bytes(Tag.CORRELATION_VALUE, p.correlationValue());
    }
}

package io.kmipserver.codec.message;

import io.kmipserver.codec.payload.SignRequest;
import io.kmipserver.codec.payload.SignResponse;
import io.kmipserver.codec.spec.Operation;
import io.kmipserver.codec.spec.Tag;

/** Sign: KMIP 1.4 §4.31 Tables 233-234, 2.1 §6.1.55 Tables 334-335. */
final class SignCodec extends PayloadCodec<SignRequest, SignResponse> {

    SignCodec() {
        super(Operation.SIGN, SignRequest.class, SignResponse.class);
    }

    @Override
    SignRequest readRequest(FieldReader r) {
        return new SignRequest(r.uniqueIdentifierRef(), readCryptographicParameters(r), r.optBytes(Tag.DATA),
                r.optBytes(Tag.DIGESTED_DATA), r.optBytes(Tag.CORRELATION_VALUE), r.optBoolean(Tag.INIT_INDICATOR),
                r.optBoolean(Tag.FINAL_INDICATOR));
    }

    @Override
    void writeRequest(SignRequest p, FieldWriter w) {
        w.uniqueIdentifierRef(p.uniqueIdentifier());
        writeCryptographicParameters(w, p.cryptographicParameters());
        w.bytes(Tag.DATA, p.data());
        w.bytes(Tag.DIGESTED_DATA, p.digestedData());
        w.bytes(Tag.CORRELATION_VALUE, p.correlationValue());
        w.bool(Tag.INIT_INDICATOR, p.initIndicator());
        w.bool(Tag.FINAL_INDICATOR, p.finalIndicator());
    }

    @Override
    SignResponse readResponse(FieldReader r) {
        return new SignResponse(r.text(Tag.UNIQUE_IDENTIFIER), r.optBytes(Tag.SIGNATURE_DATA),
                r.optBytes(Tag.CORRELATION_VALUE));
    }

    @Override
    void writeResponse(SignResponse p, FieldWriter w) {
        w.text(Tag.UNIQUE_IDENTIFIER, p.uniqueIdentifier());
        w.bytes(Tag.SIGNATURE_DATA, p.signatureData());
        w.bytes(Tag.CORRELATION_VALUE, p.correlationValue());
    }
}

package io.kmipserver.codec.message;

import io.kmipserver.codec.payload.DecryptRequest;
import io.kmipserver.codec.payload.DecryptResponse;
import io.kmipserver.codec.spec.Operation;
import io.kmipserver.codec.spec.Tag;

/** Decrypt: KMIP 1.4 §4.30 Tables 231-232, 2.1 §6.1.11 Tables 196-197. */
final class DecryptCodec extends PayloadCodec<DecryptRequest, DecryptResponse> {

    DecryptCodec() {
        super(Operation.DECRYPT, DecryptRequest.class, DecryptResponse.class);
    }

    @Override
    DecryptRequest readRequest(FieldReader r) {
        return new DecryptRequest(r.uniqueIdentifierRef(), readCryptographicParameters(r), r.optBytes(Tag.DATA),
                r.optBytes(Tag.IV_COUNTER_NONCE), r.optBytes(Tag.CORRELATION_VALUE), r.optBoolean(Tag.INIT_INDICATOR),
                r.optBoolean(Tag.FINAL_INDICATOR), r.optBytes(Tag.AUTHENTICATED_ENCRYPTION_ADDITIONAL_DATA),
                r.optBytes(Tag.AUTHENTICATED_ENCRYPTION_TAG));
    }

    @Override
    void writeRequest(DecryptRequest p, FieldWriter w) {
        w.uniqueIdentifierRef(p.uniqueIdentifier());
        writeCryptographicParameters(w, p.cryptographicParameters());
        w.bytes(Tag.DATA, p.data());
        w.bytes(Tag.IV_COUNTER_NONCE, p.ivCounterNonce());
        w.bytes(Tag.CORRELATION_VALUE, p.correlationValue());
        w.bool(Tag.INIT_INDICATOR, p.initIndicator());
        w.bool(Tag.FINAL_INDICATOR, p.finalIndicator());
        w.bytes(Tag.AUTHENTICATED_ENCRYPTION_ADDITIONAL_DATA, p.authenticatedEncryptionAdditionalData());
        w.bytes(Tag.AUTHENTICATED_ENCRYPTION_TAG, p.authenticatedEncryptionTag());
    }

    @Override
    DecryptResponse readResponse(FieldReader r) {
        return new DecryptResponse(r.text(Tag.UNIQUE_IDENTIFIER), r.optBytes(Tag.DATA), r.optBytes(Tag.CORRELATION_VALUE));
    }

    @Override
    void writeResponse(DecryptResponse p, FieldWriter w) {
        w.text(Tag.UNIQUE_IDENTIFIER, p.uniqueIdentifier());
        w.bytes(Tag.DATA, p.data());
        w.bytes(Tag.CORRELATION_VALUE, p.correlationValue());
    }
}

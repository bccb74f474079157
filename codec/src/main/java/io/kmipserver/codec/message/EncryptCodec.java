package io.kmipserver.codec.message;

import io.kmipserver.codec.payload.EncryptRequest;
import io.kmipserver.codec.payload.EncryptResponse;
import io.kmipserver.codec.spec.Operation;
import io.kmipserver.codec.spec.Tag;

/** Encrypt: KMIP 1.4 §4.29 Tables 229-230, 2.1 §6.1.17 Tables 214-215. */
final class EncryptCodec extends PayloadCodec<EncryptRequest, EncryptResponse> {

    EncryptCodec() {
        super(Operation.ENCRYPT, EncryptRequest.class, EncryptResponse.class);
    }

    @Override
    EncryptRequest readRequest(FieldReader r) {
        return new EncryptRequest(r.uniqueIdentifierRef(), readCryptographicParameters(r), r.optBytes(Tag.DATA),
                r.optBytes(Tag.IV_COUNTER_NONCE), r.optBytes(Tag.CORRELATION_VALUE), r.optBoolean(Tag.INIT_INDICATOR),
                r.optBoolean(Tag.FINAL_INDICATOR), r.optBytes(Tag.AUTHENTICATED_ENCRYPTION_ADDITIONAL_DATA));
    }

    @Override
    void writeRequest(EncryptRequest p, FieldWriter w) {
        w.uniqueIdentifierRef(p.uniqueIdentifier());
        writeCryptographicParameters(w, p.cryptographicParameters());
        w.bytes(Tag.DATA, p.data());
        w.bytes(Tag.IV_COUNTER_NONCE, p.ivCounterNonce());
        w.bytes(Tag.CORRELATION_VALUE, p.correlationValue());
        w.bool(Tag.INIT_INDICATOR, p.initIndicator());
        w.bool(Tag.FINAL_INDICATOR, p.finalIndicator());
        w.bytes(Tag.AUTHENTICATED_ENCRYPTION_ADDITIONAL_DATA, p.authenticatedEncryptionAdditionalData());
    }

    @Override
    EncryptResponse readResponse(FieldReader r) {
        return new EncryptResponse(r.text(Tag.UNIQUE_IDENTIFIER), r.optBytes(Tag.DATA), r.optBytes(Tag.IV_COUNTER_NONCE),
                r.optBytes(Tag.CORRELATION_VALUE), r.optBytes(Tag.AUTHENTICATED_ENCRYPTION_TAG));
    }

    @Override
    void writeResponse(EncryptResponse p, FieldWriter w) {
        w.text(Tag.UNIQUE_IDENTIFIER, p.uniqueIdentifier());
        w.bytes(Tag.DATA, p.data());
        w.bytes(Tag.IV_COUNTER_NONCE, p.ivCounterNonce());
        w.bytes(Tag.CORRELATION_VALUE, p.correlationValue());
        w.bytes(Tag.AUTHENTICATED_ENCRYPTION_TAG, p.authenticatedEncryptionTag());
    }
}

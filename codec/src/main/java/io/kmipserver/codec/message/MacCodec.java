package io.kmipserver.codec.message;

import io.kmipserver.codec.payload.MacRequest;
import io.kmipserver.codec.payload.MacResponse;
import io.kmipserver.codec.spec.Operation;
import io.kmipserver.codec.spec.Tag;

/** MAC: KMIP 1.4 §4.33 Tables 237-238, 2.1 §6.1.32 Tables 259-260. */
final class MacCodec extends PayloadCodec<MacRequest, MacResponse> {

    MacCodec() {
        super(Operation.MAC, MacRequest.class, MacResponse.class);
    }

    @Override
    MacRequest readRequest(FieldReader r) {
        return new MacRequest(r.uniqueIdentifierRef(), readCryptographicParameters(r), r.optBytes(Tag.DATA),
                r.optBytes(Tag.CORRELATION_VALUE), r.optBoolean(Tag.INIT_INDICATOR), r.optBoolean(Tag.FINAL_INDICATOR));
    }

    @Override
    void writeRequest(MacRequest p, FieldWriter w) {
        w.uniqueIdentifierRef(p.uniqueIdentifier());
        writeCryptographicParameters(w, p.cryptographicParameters());
        w.bytes(Tag.DATA, p.data());
        w.bytes(Tag.CORRELATION_VALUE, p.correlationValue());
        w.bool(Tag.INIT_INDICATOR, p.initIndicator());
        w.bool(Tag.FINAL_INDICATOR, p.finalIndicator());
    }

    @Override
    MacResponse readResponse(FieldReader r) {
        return new MacResponse(r.text(Tag.UNIQUE_IDENTIFIER), r.optBytes(Tag.MAC_DATA), r.optBytes(Tag.CORRELATION_VALUE));
    }

    @Override
    void writeResponse(MacResponse p, FieldWriter w) {
        w.text(Tag.UNIQUE_IDENTIFIER, p.uniqueIdentifier());
        w.bytes(Tag.MAC_DATA, p.macData());
        w.bytes(Tag.CORRELATION_VALUE, p.correlationValue());
    }
}

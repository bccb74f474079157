package io.kmipserver.codec.message;

import io.kmipserver.codec.attribute.CryptographicParameters;
import io.kmipserver.codec.payload.RequestPayload;
import io.kmipserver.codec.payload.ResponsePayload;
import io.kmipserver.codec.spec.Operation;
import io.kmipserver.codec.spec.Tag;

/**
 * The wire mapping of one operation's request and response payloads, for every version. One
 * subclass per operation, named after it, cites the spec tables it follows; {@link PayloadCodecs}
 * registers them by Operation.
 *
 * <p>Readers are positioned inside the Request / Response Payload structure and read its fields in
 * table order; the message codec leaves the structure. Writers write the fields between the
 * structure's begin and end. Stateless; one shared instance per operation.
 */
abstract class PayloadCodec<Q extends RequestPayload, S extends ResponsePayload> {

    final Operation operation;
    private final Class<Q> requestType;
    private final Class<S> responseType;

    PayloadCodec(Operation operation, Class<Q> requestType, Class<S> responseType) {
        this.operation = operation;
        this.requestType = requestType;
        this.responseType = responseType;
    }

    abstract Q readRequest(FieldReader r);

    abstract void writeRequest(Q payload, FieldWriter w);

    abstract S readResponse(FieldReader r);

    abstract void writeResponse(S payload, FieldWriter w);

    final void writeAnyRequest(RequestPayload payload, FieldWriter w) {
        writeRequest(requestType.cast(payload), w);
    }

    final void writeAnyResponse(ResponsePayload payload, FieldWriter w) {
        writeResponse(responseType.cast(payload), w);
    }

    // ---- fields several operations share

    /** Cryptographic Parameters (KMIP 1.4 §3.6), typed; {@code null} when absent. */
    static CryptographicParameters readCryptographicParameters(FieldReader r) {
        return r.optTyped(Tag.CRYPTOGRAPHIC_PARAMETERS, CryptographicParameters::fromItem);
    }

    static void writeCryptographicParameters(FieldWriter w, CryptographicParameters p) {
        if (p != null) {
            w.item(p.toItem());
        }
    }
}

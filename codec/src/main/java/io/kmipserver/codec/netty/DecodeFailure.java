package io.kmipserver.codec.netty;

import io.kmipserver.codec.message.PartialRequest;
import io.kmipserver.codec.message.RequestDecodeException;
import io.kmipserver.codec.spec.ResultReason;
import java.util.Objects;

/**
 * Emitted by {@link KmipRequestDecoder} in place of a request that could not be decoded, so that the
 * server handler answers it (KMIP 1.4 §11.1 Table 327) instead of an exception unwinding the
 * pipeline. The frame was whole, so the connection stays usable.
 *
 * @param error the failure: {@link RequestDecodeException#resultReason()} (Invalid Message or
 *     Invalid Field), {@link RequestDecodeException#partial()} (version, header, batch item IDs read)
 *     and a message safe to return as Result Message
 */
public record DecodeFailure(RequestDecodeException error) {

    public DecodeFailure {
        Objects.requireNonNull(error, "error");
    }

    public ResultReason resultReason() {
        return error.resultReason();
    }

    public PartialRequest partial() {
        return error.partial();
    }
}

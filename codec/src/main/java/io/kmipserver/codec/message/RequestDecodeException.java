package io.kmipserver.codec.message;

import io.kmipserver.codec.spec.ResultReason;
import io.kmipserver.codec.ttlv.TtlvDecodeException;
import java.util.Objects;

/**
 * A request that could not be decoded, with the Result Reason the spec prescribes and what could
 * be read of it. The message (from the {@link TtlvDecodeException}) names the rule, the offset and
 * the tag, never a value, and is safe to send as Result Message and to log.
 *
 * <p>{@link #resultReason()} follows KMIP 1.4 §11.1 Table 327:
 * <ul>
 *   <li>Invalid Field — a field the request's (exactly known) version does not define ("same major
 *       &amp; minor version, unknown field"), or a well-formed field with a value no version
 *       defines (an unknown enumeration value, an unknown attribute name);</li>
 *   <li>Invalid Message — everything else: malformed TTLV, missing or misplaced fields, a field
 *       repeated, a Batch Count that does not match, an unsupported major version.</li>
 * </ul>
 * Created without a stack trace: malformed input is a normal, client-caused event.
 */
public final class RequestDecodeException extends RuntimeException {

    private final ResultReason resultReason;
    private final PartialRequest partial;

    public RequestDecodeException(TtlvDecodeException cause, ResultReason resultReason, PartialRequest partial) {
        super(cause.getMessage(), cause, false, false);
        this.resultReason = Objects.requireNonNull(resultReason, "resultReason");
        this.partial = Objects.requireNonNull(partial, "partial");
    }

    /** The decode error: the broken rule, byte offset and tag. */
    public TtlvDecodeException decodeError() {
        return (TtlvDecodeException) getCause();
    }

    /** Invalid Message or Invalid Field, see the class documentation. */
    public ResultReason resultReason() {
        return resultReason;
    }

    /** What was read before (and after) the failure. */
    public PartialRequest partial() {
        return partial;
    }

    /** True when the request's major version is one this codec does not support (answer Invalid Message). */
    public boolean unsupportedVersion() {
        ProtocolVersion v = partial.protocolVersion();
        return v != null && v.rules() == null;
    }
}

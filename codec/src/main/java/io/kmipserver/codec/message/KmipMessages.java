package io.kmipserver.codec.message;

import io.kmipserver.codec.ttlv.TtlvDecodeException;
import io.netty.buffer.ByteBuf;

/**
 * Whole KMIP messages to and from TTLV bytes: the entry point of the codec. The message's Protocol
 * Version selects the wire form of everything inside it (1.x Template-Attribute / Attribute Name
 * text, 2.x Attributes / Attribute Reference); encoders leave out every field and attribute the
 * target version does not define.
 *
 * <p>Stateless; safe from any thread. Each call reads or writes one message.
 */
public final class KmipMessages {

    private KmipMessages() {
    }

    /**
     * Decodes one Request Message: the readable bytes of {@code frame} must be exactly one (as the
     * frame decoder delivers them). Advances the reader index.
     *
     * <p>An operation without a typed payload, or an Operation value no version defines, is not a
     * failure: it decodes to a batch item with a {@link io.kmipserver.codec.payload.RawPayload},
     * answered with Operation Not Supported.
     *
     * @throws RequestDecodeException when the request is malformed, carries a field its exact
     *     version does not define, or has an unsupported major version; it carries the Result Reason
     *     to answer with and what was read ({@link PartialRequest})
     */
    public static RequestMessage decodeRequest(ByteBuf frame) {
        return MessageCodec.decodeRequest(frame);
    }

    /**
     * Appends {@code response} as TTLV to {@code out}, in the response's protocol version. On failure
     * {@code out} is left as it was.
     *
     * @throws IllegalArgumentException when the response cannot be expressed in its version (an
     *     unsupported major version, or a payload of an operation the version does not have)
     */
    public static void encodeResponse(ResponseMessage response, ByteBuf out) {
        int mark = out.writerIndex();
        try {
            MessageCodec.encodeResponse(response, out);
        } catch (RuntimeException e) {
            out.writerIndex(mark);
            throw e;
        }
    }

    /**
     * Decodes one Response Message (client side: tests and the load generator).
     *
     * @throws TtlvDecodeException when the response is malformed or does not follow its version
     */
    public static ResponseMessage decodeResponse(ByteBuf frame) {
        return MessageCodec.decodeResponse(frame);
    }

    /**
     * Appends {@code request} as TTLV to {@code out} (client side). On failure {@code out} is left
     * as it was.
     *
     * @throws IllegalArgumentException as {@link #encodeResponse}
     */
    public static void encodeRequest(RequestMessage request, ByteBuf out) {
        int mark = out.writerIndex();
        try {
            MessageCodec.encodeRequest(request, out);
        } catch (RuntimeException e) {
            out.writerIndex(mark);
            throw e;
        }
    }
}

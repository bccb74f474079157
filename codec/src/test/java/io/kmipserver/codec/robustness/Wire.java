package io.kmipserver.codec.robustness;

import io.kmipserver.codec.spec.Tag;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.HexFormat;

/**
 * Hand-built TTLV bytes for malformed-input tests: unlike {@code TtlvWriter}, these helpers write
 * whatever header they are told to, so that a test can break exactly one rule.
 */
public final class Wire {

    private Wire() {
    }

    /** An 8-byte header with any tag, type byte and length. */
    public static byte[] header(int tag, int type, long length) {
        return ByteBuffer.allocate(8)
                .put((byte) (tag >>> 16)).put((byte) (tag >>> 8)).put((byte) tag)
                .put((byte) type)
                .putInt((int) length)
                .array();
    }

    /** A header followed by {@code body} as given: the body carries its own padding, right or wrong. */
    public static byte[] item(int tag, int type, long length, byte[] body) {
        return concat(header(tag, type, length), body);
    }

    /** A Structure whose length is the sum of its children's bytes. */
    public static byte[] structure(int tag, byte[]... children) {
        byte[] body = concat(children);
        return item(tag, 0x01, body.length, body);
    }

    /** A well-formed Integer: value then 4 zero padding bytes. */
    public static byte[] integer(int tag, int value) {
        return item(tag, 0x02, 4, ByteBuffer.allocate(8).putInt(value).array());
    }

    /** A well-formed Text String of these raw bytes, zero-padded to 8. */
    public static byte[] textString(int tag, byte[] utf8) {
        byte[] body = new byte[(utf8.length + 7) & ~7];
        System.arraycopy(utf8, 0, body, 0, utf8.length);
        return item(tag, 0x07, utf8.length, body);
    }

    /** A Request Message holding these children. */
    public static byte[] request(byte[]... children) {
        return structure(Tag.REQUEST_MESSAGE, children);
    }

    public static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    public static byte[] hex(String hex) {
        return HexFormat.of().parseHex(hex.replace(" ", ""));
    }
}

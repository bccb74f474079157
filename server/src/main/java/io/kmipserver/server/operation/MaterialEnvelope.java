package io.kmipserver.server.operation;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * The plaintext a key protector encrypts for an object: what Get needs to rebuild the object besides
 * its attributes. Layout: format version (1 byte, = 1) | subtype (4 bytes, big-endian: the Secret Data
 * Type of Secret Data, KMIP 1.4 §2.2.7; the Opaque Data Type of an Opaque Object, §2.2.8; 0 for keys) |
 * the key material, Opaque Data Value or secret bytes. Keeping the subtype inside the protected blob
 * keeps it out of the attribute list, where the spec has no attribute for it in 1.x.
 *
 * <p>Arrays returned hold secrets: callers zero them when done.
 */
public final class MaterialEnvelope {

    private static final byte VERSION = 1;
    private static final int HEADER = 5;

    /** The material and its subtype, opened from a decrypted envelope. */
    public record Opened(int subtype, byte[] material) {
    }

    private MaterialEnvelope() {
    }

    /** A new array holding the envelope; {@code material} is not changed. */
    public static byte[] seal(int subtype, byte[] material) {
        byte[] out = new byte[HEADER + material.length];
        ByteBuffer.wrap(out).put(VERSION).putInt(subtype).put(material);
        return out;
    }

    /**
     * Opens an envelope and zeroes it.
     *
     * @throws IllegalStateException when the bytes are no envelope of this version
     */
    public static Opened open(byte[] envelope) {
        try {
            if (envelope.length < HEADER || envelope[0] != VERSION) {
                throw new IllegalStateException("stored material has an unknown envelope version");
            }
            int subtype = ByteBuffer.wrap(envelope, 1, 4).getInt();
            return new Opened(subtype, Arrays.copyOfRange(envelope, HEADER, envelope.length));
        } finally {
            Arrays.fill(envelope, (byte) 0);
        }
    }
}

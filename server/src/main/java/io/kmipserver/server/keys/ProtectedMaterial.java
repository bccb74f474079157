package io.kmipserver.server.keys;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * Object key material as it is stored: AES-GCM ciphertext (with its 16-byte tag appended) under
 * version {@code rootKeyVersion} of the owning adapter's root key, with the IV it was made with.
 * Which adapter and object it belongs to is not written here but bound in by the GCM associated data
 * ({@link MaterialBinding}), so a blob copied to another object fails to decrypt instead of
 * returning someone else's key.
 *
 * <p>{@link #toBytes()} gives the one versioned blob the object store keeps:
 * <pre>
 *   'K' 'P' | format version (1 byte, = 1) | scheme length (1 byte) | scheme (ASCII)
 *   | root key version (4 bytes, big-endian) | IV length (1 byte) | IV
 *   | ciphertext length (4 bytes, big-endian) | ciphertext + tag
 * </pre>
 *
 * @param scheme which protector made it ({@link SoftwareKeyProtector#SCHEME}, "pkcs11"); a protector
 *     refuses another scheme's blob with a clear message rather than a tag failure
 * @param rootKeyVersion version of the adapter's root key, 1 for the first; raised by rotation
 * @param iv the 96-bit GCM nonce, fresh from a CSPRNG for each encryption
 * @param ciphertext ciphertext followed by the GCM tag; not secret, but not shown either
 */
public record ProtectedMaterial(String scheme, int rootKeyVersion, byte[] iv, byte[] ciphertext) {

    /** Current blob layout version; {@link #fromBytes} rejects any other. */
    public static final int FORMAT_VERSION = 1;

    private static final byte MAGIC_0 = 'K';
    private static final byte MAGIC_1 = 'P';
    private static final int MAX_CIPHERTEXT = 1 << 20;

    public ProtectedMaterial {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(iv, "iv");
        Objects.requireNonNull(ciphertext, "ciphertext");
        if (scheme.isEmpty() || scheme.length() > 32 || !StandardCharsets.US_ASCII.newEncoder().canEncode(scheme)) {
            throw new IllegalArgumentException("scheme must be 1-32 ASCII characters");
        }
        if (rootKeyVersion < 1) {
            throw new IllegalArgumentException("root key version must be positive: " + rootKeyVersion);
        }
        if (iv.length == 0 || iv.length > 255) {
            throw new IllegalArgumentException("IV length out of range: " + iv.length);
        }
        if (ciphertext.length > MAX_CIPHERTEXT) {
            throw new IllegalArgumentException("ciphertext longer than " + MAX_CIPHERTEXT + " bytes");
        }
        iv = iv.clone();
        ciphertext = ciphertext.clone();
    }

    @Override
    public byte[] iv() {
        return iv.clone();
    }

    @Override
    public byte[] ciphertext() {
        return ciphertext.clone();
    }

    /** The stored form; see the class comment for the layout. */
    public byte[] toBytes() {
        byte[] s = scheme.getBytes(StandardCharsets.US_ASCII);
        ByteBuffer out = ByteBuffer.allocate(2 + 1 + 1 + s.length + 4 + 1 + iv.length + 4 + ciphertext.length);
        out.put(MAGIC_0).put(MAGIC_1).put((byte) FORMAT_VERSION).put((byte) s.length).put(s);
        out.putInt(rootKeyVersion);
        out.put((byte) iv.length).put(iv);
        out.putInt(ciphertext.length).put(ciphertext);
        return out.array();
    }

    /**
     * Reads a blob written by {@link #toBytes()}.
     *
     * @throws KeyProtectionException ({@link KeyProtectionException.Reason#INVALID_INPUT}) when the
     *     blob is truncated, has trailing bytes, or has an unknown magic or format version
     */
    public static ProtectedMaterial fromBytes(byte[] blob) {
        Objects.requireNonNull(blob, "blob");
        try {
            ByteBuffer in = ByteBuffer.wrap(blob);
            if (in.get() != MAGIC_0 || in.get() != MAGIC_1) {
                throw invalid("not a protected-material blob");
            }
            int format = in.get() & 0xFF;
            if (format != FORMAT_VERSION) {
                throw invalid("unsupported protected-material format version " + format);
            }
            byte[] s = new byte[in.get() & 0xFF];
            in.get(s);
            int version = in.getInt();
            byte[] iv = new byte[in.get() & 0xFF];
            in.get(iv);
            int length = in.getInt();
            if (length < 0 || length > in.remaining()) {
                throw invalid("protected-material blob is truncated");
            }
            byte[] ciphertext = new byte[length];
            in.get(ciphertext);
            if (in.hasRemaining()) {
                throw invalid("protected-material blob has trailing bytes");
            }
            return new ProtectedMaterial(new String(s, StandardCharsets.US_ASCII), version, iv, ciphertext);
        } catch (BufferUnderflowException e) {
            throw invalid("protected-material blob is truncated");
        } catch (IllegalArgumentException e) {
            throw new KeyProtectionException(KeyProtectionException.Reason.INVALID_INPUT,
                    "protected-material blob is malformed: " + e.getMessage(), e);
        }
    }

    private static KeyProtectionException invalid(String message) {
        return new KeyProtectionException(KeyProtectionException.Reason.INVALID_INPUT, message);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProtectedMaterial p
                && p.scheme.equals(scheme)
                && p.rootKeyVersion == rootKeyVersion
                && Arrays.equals(p.iv, iv)
                && Arrays.equals(p.ciphertext, ciphertext);
    }

    @Override
    public int hashCode() {
        return Objects.hash(scheme, rootKeyVersion, Arrays.hashCode(iv), Arrays.hashCode(ciphertext));
    }

    @Override
    public String toString() {
        return "ProtectedMaterial[scheme=" + scheme + ", rootKeyVersion=" + rootKeyVersion
                + ", ciphertextLength=" + ciphertext.length + "]";
    }
}

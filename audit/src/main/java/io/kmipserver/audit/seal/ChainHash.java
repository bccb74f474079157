package io.kmipserver.audit.seal;

import io.kmipserver.audit.journal.JournalEntry;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash chain over the journal: {@code h(n) = SHA-256(h(n-1) || index || length || bytes)} where
 * {@code index} is the entry's Chronicle index (8 bytes big-endian), {@code length} the byte count
 * of the entry (4 bytes big-endian) and {@code bytes} the entry exactly as stored
 * ({@link io.kmipserver.audit.journal.EventCodec} layout); {@code h(0)} is 32 zero bytes. Binding
 * the index means an event cannot be moved to another position without breaking the chain.
 * The sealer and the verifier both use this one definition.
 */
final class ChainHash {
    static final byte[] GENESIS = new byte[32];
    private static final HexFormat HEX = HexFormat.of();

    private final MessageDigest digest = sha256();
    private final ByteBuffer header = ByteBuffer.allocate(12);

    /** Returns h(n) for the entry, given h(n-1). */
    byte[] next(byte[] previous, JournalEntry entry) {
        digest.update(previous);
        header.clear();
        header.putLong(entry.index()).putInt(entry.length()).flip();
        digest.update(header);
        entry.updateDigest(digest);
        return digest.digest();
    }

    static String hex(byte[] hash) {
        return HEX.formatHex(hash);
    }

    static byte[] fromHex(String hash) {
        byte[] bytes = HEX.parseHex(hash);
        if (bytes.length != GENESIS.length) {
            throw new IllegalArgumentException("a chain hash has 32 bytes, not " + bytes.length);
        }
        return bytes;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}

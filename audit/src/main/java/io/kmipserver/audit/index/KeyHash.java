package io.kmipserver.audit.index;

/**
 * 64-bit hashes of the strings the index looks events up by (identifiers, initiators, actions,
 * reasons, correlation ids, event ids). Index entries of 8-byte integers instead of strings of up
 * to a few hundred bytes (certificate subjects) keep the tables a fraction of the size and the
 * inserts cheap. Two strings may share a hash, so every row found is checked against the decoded
 * event before it is returned ({@link io.kmipserver.audit.query.EventMatcher}); with 64 bits a
 * shared hash among the few million distinct strings of a journal is a curiosity, not a cost.
 *
 * <p>The function is part of the index format: changing it means rebuilding every index
 * ({@link IndexSchema#VERSION}).
 */
final class KeyHash {
    private static final long FNV_OFFSET = 0xCBF29CE484222325L;
    private static final long FNV_PRIME = 0x100000001B3L;

    private KeyHash() {
    }

    /** The hash of a string, or null for null: SQL NULL then matches nothing. */
    static Long of(String value) {
        return value == null ? null : hash(value);
    }

    /**
     * The key of an event id. Ids made by {@code AuditEventIds} are {@code <node>-<start>-<n>} with
     * {@code n} counting up: the key keeps the prefix's hash in its high half and {@code n} in its
     * low half, so consecutive events get consecutive keys and an insert appends to the index
     * instead of touching a random page of it. Other ids get their plain hash.
     */
    static long eventId(String id) {
        int dash = id.lastIndexOf('-');
        int digits = id.length() - dash - 1;
        if (dash < 0 || digits < 1 || digits > 9) {
            return hash(id);
        }
        long n = 0;
        for (int i = dash + 1; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c < '0' || c > '9') {
                return hash(id);
            }
            n = n * 10 + (c - '0');
        }
        return (hash(id.substring(0, dash)) & 0xFFFF_FFFF_0000_0000L) | n;
    }

    /**
     * The key of a correlation id among the postings, which also hold object identifiers: hashed
     * with a prefix no identifier is looked up by, so the two never share keys by construction.
     */
    static long correlation(String id) {
        return hash("\u0000correlation:" + id);
    }

    static long hash(String value) {
        long h = FNV_OFFSET;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            h = (h ^ (c & 0xFF)) * FNV_PRIME;
            h = (h ^ (c >>> 8)) * FNV_PRIME;
        }
        // FNV-1a mixes its last bytes weakly; finish with the MurmurHash3 64-bit finaliser
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        h ^= h >>> 33;
        return h;
    }
}

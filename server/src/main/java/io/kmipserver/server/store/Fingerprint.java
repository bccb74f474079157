package io.kmipserver.server.store;

import java.util.regex.Pattern;

/** The one fingerprint format the store accepts: SHA-256 as 64 lower-case hex digits. */
final class Fingerprint {

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    private Fingerprint() {}

    static void check(String fingerprint) {
        if (fingerprint == null || !SHA256_HEX.matcher(fingerprint).matches()) {
            throw new IllegalArgumentException("fingerprint must be SHA-256 as 64 lower-case hex digits");
        }
    }
}

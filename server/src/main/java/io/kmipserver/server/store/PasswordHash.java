package io.kmipserver.server.store;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A salted PBKDF2-HMAC-SHA256 password hash (NIST SP 800-132) for an adapter's optional KMIP
 * Credential. The store keeps only this encoded form:
 * {@code pbkdf2-sha256$ITERATIONS$SALT$HASH} (salt and hash in unpadded Base64), so the iteration
 * count can rise later without invalidating old hashes.
 *
 * <p>Verification costs {@link #DEFAULT_ITERATIONS} HMACs (tens of milliseconds): the transport
 * should remember a verified credential per connection rather than verify on every request.
 */
public record PasswordHash(String encoded) {

    /** OWASP Password Storage Cheat Sheet (2023) recommendation for PBKDF2-HMAC-SHA256. */
    public static final int DEFAULT_ITERATIONS = 600_000;

    private static final String PREFIX = "pbkdf2-sha256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    public PasswordHash {
        Objects.requireNonNull(encoded, "encoded");
        String[] parts = encoded.split("\\$");
        if (parts.length != 4 || !parts[0].equals(PREFIX)) {
            throw new IllegalArgumentException("not a " + PREFIX + " hash");
        }
        try {
            if (Integer.parseInt(parts[1]) < 1) {
                throw new IllegalArgumentException("iteration count must be positive");
            }
            Base64.getDecoder().decode(parts[2]);
            Base64.getDecoder().decode(parts[3]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("malformed " + PREFIX + " hash");
        }
    }

    /** Hashes {@code password} with a fresh salt and {@link #DEFAULT_ITERATIONS}. */
    public static PasswordHash of(char[] password) {
        return of(password, DEFAULT_ITERATIONS);
    }

    /** Hashes {@code password} with a fresh salt and the given iteration count. */
    public static PasswordHash of(char[] password, int iterations) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] hash = pbkdf2(password, salt, iterations);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return new PasswordHash(PREFIX + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash));
    }

    /** True when {@code password} hashes to this value; compares in constant time. */
    public boolean matches(char[] password) {
        String[] parts = encoded.split("\\$");
        byte[] expected = Base64.getDecoder().decode(parts[3]);
        byte[] actual = pbkdf2(password, Base64.getDecoder().decode(parts[2]), Integer.parseInt(parts[1]));
        return MessageDigest.isEqual(expected, actual);
    }

    /** Convenience for a password that arrives as text (the KMIP Credential's Password is a Text String). */
    public boolean matches(String password) {
        char[] chars = password.toCharArray();
        try {
            return matches(chars);
        } finally {
            Arrays.fill(chars, '\0');
        }
    }

    private static byte[] pbkdf2(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is not available", e);
        } finally {
            spec.clearPassword();
        }
    }

    /** Never prints the hash: it is offline-attackable. */
    @Override
    public String toString() {
        return "PasswordHash[" + PREFIX + "]";
    }
}

package io.kmipserver.server.operation;

import io.kmipserver.codec.attribute.Digest;
import io.kmipserver.codec.spec.HashingAlgorithm;
import io.kmipserver.codec.spec.KeyFormatType;
import io.kmipserver.server.keys.KeyProtector;
import io.kmipserver.server.keys.ProtectedMaterial;
import io.kmipserver.server.store.StoredMaterial;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/** Protecting material for the store and unprotecting it for Get, with its Digest. */
public final class KeyMaterials {

    private KeyMaterials() {
    }

    /**
     * The Digest attribute of material (KMIP 1.4 §3.17, 2.1 §4.21): SHA-256 over the bytes in the Key
     * Format Type they are kept in ({@code null} format for an Opaque Object, which has none).
     */
    public static Digest digest(byte[] material, KeyFormatType format) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(material);
            return new Digest(HashingAlgorithm.SHA_256, hash, format);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /**
     * Encrypts {@code material} (with its subtype) under the adapter's root key, bound to the object.
     * {@code material} is left as it is; the envelope made on the way is zeroed.
     */
    public static StoredMaterial protect(KeyProtector protector, String adapterId, String uniqueIdentifier,
            int subtype, byte[] material, int keyFormat) {
        byte[] envelope = MaterialEnvelope.seal(subtype, material);
        try {
            ProtectedMaterial p = protector.protect(adapterId, uniqueIdentifier, envelope);
            return new StoredMaterial(keyFormat, p);
        } finally {
            Arrays.fill(envelope, (byte) 0);
        }
    }

    /** Decrypts stored material; the caller zeroes {@link MaterialEnvelope.Opened#material()} when done. */
    public static MaterialEnvelope.Opened unprotect(KeyProtector protector, String adapterId,
            String uniqueIdentifier, StoredMaterial stored) {
        return MaterialEnvelope.open(protector.unprotect(adapterId, uniqueIdentifier, stored.material()));
    }

    /** New key material, protected, with its Digest: the plaintext exists only inside this call. */
    public record Generated(Digest digest, StoredMaterial stored) {
    }

    /**
     * Generates a {@code bits}-bit symmetric key with the protector's random generator and protects it
     * for ({@code adapterId}, {@code uniqueIdentifier}) in Raw format (Create, Re-key); the plaintext
     * is zeroed before returning.
     */
    public static Generated generate(KeyProtector protector, String adapterId, String uniqueIdentifier, int bits) {
        byte[] key = protector.generateKeyMaterial(bits);
        try {
            return new Generated(digest(key, KeyFormatType.RAW),
                    protect(protector, adapterId, uniqueIdentifier, 0, key, KeyFormatType.RAW.value()));
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }
}

package io.kmipserver.server.operation;

import io.kmipserver.codec.attribute.CryptographicParameters;
import io.kmipserver.codec.spec.BlockCipherMode;
import io.kmipserver.codec.spec.CryptographicAlgorithm;
import io.kmipserver.codec.spec.ResultReason;
import io.kmipserver.server.protocol.CryptographicFailureException;
import io.kmipserver.server.protocol.FeatureNotSupportedException;
import io.kmipserver.server.protocol.InvalidFieldException;
import io.kmipserver.server.protocol.KmipException;
import io.kmipserver.server.store.ManagedObject;
import java.security.GeneralSecurityException;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/** AES-GCM for Encrypt and Decrypt: the only mode this server offers (no padding, authenticated). */
final class AesGcm {

    static final int DEFAULT_TAG_BYTES = 16;
    static final int IV_BYTES = 12;

    private AesGcm() {
    }

    /** Refuses anything but an AES key with GCM (or no mode, read as GCM); returns the tag length in bytes. */
    static int check(ManagedObject key, CryptographicParameters p) {
        if (key.cryptographicAlgorithm() == null
                || key.cryptographicAlgorithm() != CryptographicAlgorithm.AES.value()) {
            throw new FeatureNotSupportedException("Encrypt and Decrypt use AES keys only");
        }
        if (p.blockCipherMode() != null && p.blockCipherMode() != BlockCipherMode.GCM) {
            throw new FeatureNotSupportedException("only the GCM block cipher mode is supported");
        }
        if (p.cryptographicAlgorithm() != null && p.cryptographicAlgorithm() != CryptographicAlgorithm.AES) {
            throw new InvalidFieldException("the Cryptographic Parameters name another algorithm than the key's");
        }
        return checkTagLength(p.tagLength() == null ? DEFAULT_TAG_BYTES : p.tagLength());
    }

    /** GCM tags of 12 to 16 bytes (NIST SP 800-38D §5.2.1.2 allows shorter ones only for special uses). */
    static int checkTagLength(int bytes) {
        if (bytes < 12 || bytes > 16) {
            throw new InvalidFieldException("GCM Tag Length must be 12 to 16 bytes");
        }
        return bytes;
    }

    /** Ciphertext followed by the tag. */
    static byte[] encrypt(byte[] key, byte[] iv, int tagBytes, byte[] aad, byte[] data) {
        try {
            Cipher c = cipher(Cipher.ENCRYPT_MODE, key, iv, tagBytes);
            if (aad != null) {
                c.updateAAD(aad);
            }
            return c.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new CryptographicFailureException("AES-GCM encryption failed");
        }
    }

    static byte[] decrypt(byte[] key, byte[] iv, int tagBytes, byte[] aad, byte[] ciphertextAndTag) {
        try {
            Cipher c = cipher(Cipher.DECRYPT_MODE, key, iv, tagBytes);
            if (aad != null) {
                c.updateAAD(aad);
            }
            return c.doFinal(ciphertextAndTag);
        } catch (AEADBadTagException e) {
            throw new CryptographicFailureException("the data did not authenticate");
        } catch (GeneralSecurityException e) {
            throw new CryptographicFailureException("AES-GCM decryption failed");
        }
    }

    private static Cipher cipher(int mode, byte[] key, byte[] iv, int tagBytes) throws GeneralSecurityException {
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(tagBytes * 8, iv));
        return c;
    }

    /** 2.x has Missing Initialization Vector; 1.x answers Invalid Field. */
    static KmipException missingIv(boolean is2x) {
        String m = "Decrypt with GCM needs the IV/Counter/Nonce and the Authenticated Encryption Tag";
        return is2x ? new KmipException(ResultReason.MISSING_INITIALIZATION_VECTOR, m) : new InvalidFieldException(m);
    }
}

package io.kmipserver.server.operation;

import io.kmipserver.codec.spec.CryptographicAlgorithm;
import io.kmipserver.codec.spec.KmipVersion;
import io.kmipserver.server.policy.Failures;
import io.kmipserver.server.protocol.InvalidFieldException;

/** Which symmetric keys this server generates and registers, and their lengths. */
final class KeySizes {

    private KeySizes() {
    }

    /** The HMAC algorithms the server can make keys for, with their hash output length in bits. */
    static int hmacOutputBits(CryptographicAlgorithm algorithm) {
        switch (algorithm) {
            case HMAC_SHA1:
                return 160;
            case HMAC_SHA224:
                return 224;
            case HMAC_SHA256:
                return 256;
            case HMAC_SHA384:
                return 384;
            case HMAC_SHA512:
                return 512;
            default:
                return -1;
        }
    }

    /**
     * The key length Create makes: AES 128, 192 or 256 bits (Cryptographic Length required); an HMAC key
     * of a whole number of bytes from 112 bits up to 8192, by default the hash's output length.
     *
     * @throws io.kmipserver.server.protocol.KmipException Invalid Field for a missing algorithm or a
     *     length the algorithm does not take
     */
    static int forCreate(CryptographicAlgorithm algorithm, Integer length, KmipVersion version) {
        if (algorithm == null) {
            throw new InvalidFieldException("Cryptographic Algorithm is required (KMIP 1.4 Table 165)");
        }
        if (algorithm == CryptographicAlgorithm.AES) {
            if (length == null) {
                throw new InvalidFieldException("Cryptographic Length is required for AES");
            }
            if (length != 128 && length != 192 && length != 256) {
                throw Failures.badAttributeValue(version, "AES keys are 128, 192 or 256 bits, not " + length);
            }
            return length;
        }
        int hmac = hmacOutputBits(algorithm);
        if (hmac < 0) {
            throw Failures.badAttributeValue(version,
                    "this server creates AES and HMAC keys, not " + algorithm.specName());
        }
        int bits = length == null ? hmac : length;
        if (bits < 112 || bits > 8192 || bits % 8 != 0) {
            throw Failures.badAttributeValue(version, "HMAC keys are 112 to 8192 bits, a multiple of 8, not " + bits);
        }
        return bits;
    }

    /** Checks a registered key's length against its algorithm (AES must be 128, 192 or 256 bits). */
    static void checkRegistered(CryptographicAlgorithm algorithm, int bits, KmipVersion version) {
        if (algorithm == CryptographicAlgorithm.AES && bits != 128 && bits != 192 && bits != 256) {
            throw Failures.badAttributeValue(version, "AES keys are 128, 192 or 256 bits, not " + bits);
        }
    }
}

// Generated from codec/src/spec/enums/cryptographic-algorithm.csv by io.kmipserver.codec.spec.generator.SpecGenerator — do not edit.
// Regenerate from the repository root: java codec/src/test/java/io/kmipserver/codec/spec/generator/SpecGenerator.java
package io.kmipserver.codec.spec;

import java.util.Map;

/**
 * Cryptographic Algorithm enumeration (KMIP 1.0 §9.1.3.2.12; 1.1 §9.1.3.2.13; 1.2 §9.1.3.2.13; 1.3 §9.1.3.2.13; 1.4 §9.1.3.2.13; 2.0 §11.12; 2.1 §11.12).
 * Carried by the tag Cryptographic Algorithm ({@link Tag#CRYPTOGRAPHIC_ALGORITHM}).
 *
 * <p>Values 8XXXXXXX are vendor extensions; {@link #fromValue(int)} returns {@code null} for them.
 *
 * <p>Constant names: see the package documentation.
 */
public enum CryptographicAlgorithm implements KmipEnum {
    /** DES, 0x00000001, KMIP 1.0–2.1. */
    DES(0x00000001, "DES", "DES", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** 3DES, 0x00000002, KMIP 1.0–2.1. */
    DES3(0x00000002, "3DES", "DES3", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** AES, 0x00000003, KMIP 1.0–2.1. */
    AES(0x00000003, "AES", "AES", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** RSA, 0x00000004, KMIP 1.0–2.1. */
    RSA(0x00000004, "RSA", "RSA", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** DSA, 0x00000005, KMIP 1.0–2.1. */
    DSA(0x00000005, "DSA", "DSA", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** ECDSA, 0x00000006, KMIP 1.0–2.1. */
    ECDSA(0x00000006, "ECDSA", "ECDSA", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** HMAC-SHA1, 0x00000007, KMIP 1.0–2.1. */
    HMAC_SHA1(0x00000007, "HMAC-SHA1", "HMAC_SHA1", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** HMAC-SHA224, 0x00000008, KMIP 1.0–2.1. */
    HMAC_SHA224(0x00000008, "HMAC-SHA224", "HMAC_SHA224", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** HMAC-SHA256, 0x00000009, KMIP 1.0–2.1. */
    HMAC_SHA256(0x00000009, "HMAC-SHA256", "HMAC_SHA256", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** HMAC-SHA384, 0x0000000A, KMIP 1.0–2.1. */
    HMAC_SHA384(0x0000000A, "HMAC-SHA384", "HMAC_SHA384", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** HMAC-SHA512, 0x0000000B, KMIP 1.0–2.1. */
    HMAC_SHA512(0x0000000B, "HMAC-SHA512", "HMAC_SHA512", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** HMAC-MD5, 0x0000000C, KMIP 1.0–2.1. */
    HMAC_MD5(0x0000000C, "HMAC-MD5", "HMAC_MD5", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** DH, 0x0000000D, KMIP 1.0–2.1. */
    DH(0x0000000D, "DH", "DH", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** ECDH, 0x0000000E, KMIP 1.0–2.1. */
    ECDH(0x0000000E, "ECDH", "ECDH", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** ECMQV, 0x0000000F, KMIP 1.0–2.1. */
    ECMQV(0x0000000F, "ECMQV", "ECMQV", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Blowfish, 0x00000010, KMIP 1.0–2.1. */
    BLOWFISH(0x00000010, "Blowfish", "Blowfish", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Camellia, 0x00000011, KMIP 1.0–2.1. */
    CAMELLIA(0x00000011, "Camellia", "Camellia", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** CAST5, 0x00000012, KMIP 1.0–2.1. */
    CAST5(0x00000012, "CAST5", "CAST5", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** IDEA, 0x00000013, KMIP 1.0–2.1. */
    IDEA(0x00000013, "IDEA", "IDEA", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** MARS, 0x00000014, KMIP 1.0–2.1. */
    MARS(0x00000014, "MARS", "MARS", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** RC2, 0x00000015, KMIP 1.0–2.1. */
    RC2(0x00000015, "RC2", "RC2", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** RC4, 0x00000016, KMIP 1.0–2.1. */
    RC4(0x00000016, "RC4", "RC4", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** RC5, 0x00000017, KMIP 1.0–2.1. */
    RC5(0x00000017, "RC5", "RC5", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** SKIPJACK, 0x00000018, KMIP 1.0–2.1. */
    SKIPJACK(0x00000018, "SKIPJACK", "SKIPJACK", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Twofish, 0x00000019, KMIP 1.0–2.1. */
    TWOFISH(0x00000019, "Twofish", "Twofish", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** EC, 0x0000001A, KMIP 1.2–2.1. */
    EC(0x0000001A, "EC", "EC", "1.2 1.3 1.4 2.0 2.1"),
    /** One Time Pad, 0x0000001B, KMIP 1.3–2.1. */
    ONE_TIME_PAD(0x0000001B, "One Time Pad", "OneTimePad", "1.3 1.4 2.0 2.1"),
    /** ChaCha20, 0x0000001C, KMIP 1.4–2.1. */
    CHACHA20(0x0000001C, "ChaCha20", "ChaCha20", "1.4 2.0 2.1"),
    /** Poly1305, 0x0000001D, KMIP 1.4–2.1. */
    POLY1305(0x0000001D, "Poly1305", "Poly1305", "1.4 2.0 2.1"),
    /** ChaCha20Poly1305, 0x0000001E, KMIP 1.4–2.1. */
    CHACHA20POLY1305(0x0000001E, "ChaCha20Poly1305", "ChaCha20Poly1305", "1.4 2.0 2.1"),
    /** SHA3-224, 0x0000001F, KMIP 1.4–2.1. */
    SHA3_224(0x0000001F, "SHA3-224", "SHA3_224", "1.4 2.0 2.1"),
    /** SHA3-256, 0x00000020, KMIP 1.4–2.1. */
    SHA3_256(0x00000020, "SHA3-256", "SHA3_256", "1.4 2.0 2.1"),
    /** SHA3-384, 0x00000021, KMIP 1.4–2.1. */
    SHA3_384(0x00000021, "SHA3-384", "SHA3_384", "1.4 2.0 2.1"),
    /** SHA3-512, 0x00000022, KMIP 1.4–2.1. */
    SHA3_512(0x00000022, "SHA3-512", "SHA3_512", "1.4 2.0 2.1"),
    /** HMAC-SHA3-224, 0x00000023, KMIP 1.4–2.1. */
    HMAC_SHA3_224(0x00000023, "HMAC-SHA3-224", "HMAC_SHA3_224", "1.4 2.0 2.1"),
    /** HMAC-SHA3-256, 0x00000024, KMIP 1.4–2.1. */
    HMAC_SHA3_256(0x00000024, "HMAC-SHA3-256", "HMAC_SHA3_256", "1.4 2.0 2.1"),
    /** HMAC-SHA3-384, 0x00000025, KMIP 1.4–2.1. */
    HMAC_SHA3_384(0x00000025, "HMAC-SHA3-384", "HMAC_SHA3_384", "1.4 2.0 2.1"),
    /** HMAC-SHA3-512, 0x00000026, KMIP 1.4–2.1. */
    HMAC_SHA3_512(0x00000026, "HMAC-SHA3-512", "HMAC_SHA3_512", "1.4 2.0 2.1"),
    /** SHAKE-128, 0x00000027, KMIP 1.4–2.1. */
    SHAKE_128(0x00000027, "SHAKE-128", "SHAKE_128", "1.4 2.0 2.1"),
    /** SHAKE-256, 0x00000028, KMIP 1.4–2.1. */
    SHAKE_256(0x00000028, "SHAKE-256", "SHAKE_256", "1.4 2.0 2.1"),
    /** ARIA, 0x00000029, KMIP 2.0–2.1. */
    ARIA(0x00000029, "ARIA", "ARIA", "2.0 2.1"),
    /** SEED, 0x0000002A, KMIP 2.0–2.1. */
    SEED(0x0000002A, "SEED", "SEED", "2.0 2.1"),
    /** SM2, 0x0000002B, KMIP 2.0–2.1. */
    SM2(0x0000002B, "SM2", "SM2", "2.0 2.1"),
    /** SM3, 0x0000002C, KMIP 2.0–2.1. */
    SM3(0x0000002C, "SM3", "SM3", "2.0 2.1"),
    /** SM4, 0x0000002D, KMIP 2.0–2.1. */
    SM4(0x0000002D, "SM4", "SM4", "2.0 2.1"),
    /** GOST R 34.10-2012, 0x0000002E, KMIP 2.0–2.1. */
    GOST_R_34_10_2012(0x0000002E, "GOST R 34.10-2012", "GOSTR34_10_2012", "2.0 2.1"),
    /** GOST R 34.11-2012, 0x0000002F, KMIP 2.0–2.1. */
    GOST_R_34_11_2012(0x0000002F, "GOST R 34.11-2012", "GOSTR34_11_2012", "2.0 2.1"),
    /** GOST R 34.13-2015, 0x00000030, KMIP 2.0–2.1. */
    GOST_R_34_13_2015(0x00000030, "GOST R 34.13-2015", "GOSTR34_13_2015", "2.0 2.1"),
    /** GOST 28147-89, 0x00000031, KMIP 2.0–2.1. */
    GOST_28147_89(0x00000031, "GOST 28147-89", "GOST28147_89", "2.0 2.1"),
    /** XMSS, 0x00000032, KMIP 2.0–2.1. */
    XMSS(0x00000032, "XMSS", "XMSS", "2.0 2.1"),
    /** SPHINCS-256, 0x00000033, KMIP 2.0–2.1. */
    SPHINCS_256(0x00000033, "SPHINCS-256", "SPHINCS_256", "2.0 2.1"),
    /** McEliece, 0x00000034, KMIP 2.0–2.1. */
    MCELIECE(0x00000034, "McEliece", "McEliece", "2.0 2.1"),
    /** McEliece-6960119, 0x00000035, KMIP 2.0–2.1. */
    MCELIECE_6960119(0x00000035, "McEliece-6960119", "McEliece_6960119", "2.0 2.1"),
    /** McEliece-8192128, 0x00000036, KMIP 2.0–2.1. */
    MCELIECE_8192128(0x00000036, "McEliece-8192128", "McEliece_8192128", "2.0 2.1"),
    /** Ed25519, 0x00000037, KMIP 2.0–2.1. */
    ED25519(0x00000037, "Ed25519", "Ed25519", "2.0 2.1"),
    /** Ed448, 0x00000038, KMIP 2.0–2.1. */
    ED448(0x00000038, "Ed448", "Ed448", "2.0 2.1");

    /** The tag that carries this enumeration. */
    public static final int TAG = Tag.CRYPTOGRAPHIC_ALGORITHM;

    private static final CryptographicAlgorithm[] VALUES = values();
    private static final Map<String, CryptographicAlgorithm> BY_XML_NAME = SpecSupport.byXmlName(VALUES, Map.of());

    private final int value;
    private final String specName;
    private final String xmlName;
    private final int versions;
    private final KmipVersion firstVersion;
    private final KmipVersion lastVersion;
    private final String[] namesByVersion;

    CryptographicAlgorithm(int value, String specName, String xmlName, String versions, String... renames) {
        this.value = value;
        this.specName = specName;
        this.xmlName = xmlName;
        this.versions = SpecSupport.versionBits(versions);
        this.firstVersion = SpecSupport.first(this.versions);
        this.lastVersion = SpecSupport.last(this.versions);
        this.namesByVersion = SpecSupport.namesByVersion(specName, renames);
    }

    @Override
    public int value() {
        return value;
    }

    @Override
    public String specName() {
        return specName;
    }

    @Override
    public String specName(KmipVersion version) {
        return SpecSupport.nameIn(namesByVersion, version, specName);
    }

    @Override
    public String xmlName() {
        return xmlName;
    }

    @Override
    public KmipVersion firstVersion() {
        return firstVersion;
    }

    @Override
    public KmipVersion lastVersion() {
        return lastVersion;
    }

    @Override
    public boolean knownIn(KmipVersion version) {
        return (versions & version.bit()) != 0;
    }

    /** The value with this number, or {@code null} when no version defines it. Does not allocate. */
    public static CryptographicAlgorithm fromValue(int value) {
        return switch (value) {
            case 0x00000001 -> DES;
            case 0x00000002 -> DES3;
            case 0x00000003 -> AES;
            case 0x00000004 -> RSA;
            case 0x00000005 -> DSA;
            case 0x00000006 -> ECDSA;
            case 0x00000007 -> HMAC_SHA1;
            case 0x00000008 -> HMAC_SHA224;
            case 0x00000009 -> HMAC_SHA256;
            case 0x0000000A -> HMAC_SHA384;
            case 0x0000000B -> HMAC_SHA512;
            case 0x0000000C -> HMAC_MD5;
            case 0x0000000D -> DH;
            case 0x0000000E -> ECDH;
            case 0x0000000F -> ECMQV;
            case 0x00000010 -> BLOWFISH;
            case 0x00000011 -> CAMELLIA;
            case 0x00000012 -> CAST5;
            case 0x00000013 -> IDEA;
            case 0x00000014 -> MARS;
            case 0x00000015 -> RC2;
            case 0x00000016 -> RC4;
            case 0x00000017 -> RC5;
            case 0x00000018 -> SKIPJACK;
            case 0x00000019 -> TWOFISH;
            case 0x0000001A -> EC;
            case 0x0000001B -> ONE_TIME_PAD;
            case 0x0000001C -> CHACHA20;
            case 0x0000001D -> POLY1305;
            case 0x0000001E -> CHACHA20POLY1305;
            case 0x0000001F -> SHA3_224;
            case 0x00000020 -> SHA3_256;
            case 0x00000021 -> SHA3_384;
            case 0x00000022 -> SHA3_512;
            case 0x00000023 -> HMAC_SHA3_224;
            case 0x00000024 -> HMAC_SHA3_256;
            case 0x00000025 -> HMAC_SHA3_384;
            case 0x00000026 -> HMAC_SHA3_512;
            case 0x00000027 -> SHAKE_128;
            case 0x00000028 -> SHAKE_256;
            case 0x00000029 -> ARIA;
            case 0x0000002A -> SEED;
            case 0x0000002B -> SM2;
            case 0x0000002C -> SM3;
            case 0x0000002D -> SM4;
            case 0x0000002E -> GOST_R_34_10_2012;
            case 0x0000002F -> GOST_R_34_11_2012;
            case 0x00000030 -> GOST_R_34_13_2015;
            case 0x00000031 -> GOST_28147_89;
            case 0x00000032 -> XMSS;
            case 0x00000033 -> SPHINCS_256;
            case 0x00000034 -> MCELIECE;
            case 0x00000035 -> MCELIECE_6960119;
            case 0x00000036 -> MCELIECE_8192128;
            case 0x00000037 -> ED25519;
            case 0x00000038 -> ED448;
            default -> null;
        };
    }

    /**
     * The value with this XML/JSON name (e.g. {@code "DES"}), or {@code null}.
     */
    public static CryptographicAlgorithm fromXmlName(String xmlName) {
        return xmlName == null ? null : BY_XML_NAME.get(xmlName);
    }
}

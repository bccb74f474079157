// Generated from codec/src/spec/enums/recommended-curve.csv by io.kmipserver.codec.spec.generator.SpecGenerator — do not edit.
// Regenerate from the repository root: java codec/src/test/java/io/kmipserver/codec/spec/generator/SpecGenerator.java
package io.kmipserver.codec.spec;

import java.util.Map;

/**
 * Recommended Curve enumeration (KMIP 1.0 §9.1.3.2.5; 1.1 §9.1.3.2.5; 1.2 §9.1.3.2.5; 1.3 §9.1.3.2.5; 1.4 §9.1.3.2.5; 2.0 §11.44; 2.1 §11.45).
 * Carried by the tag Recommended Curve ({@link Tag#RECOMMENDED_CURVE}).
 *
 * <p>Values 8XXXXXXX are vendor extensions; {@link #fromValue(int)} returns {@code null} for them.
 *
 * <p>Constant names: see the package documentation.
 */
public enum RecommendedCurve implements KmipEnum {
    /** P-192, 0x00000001, KMIP 1.0–2.1. */
    P_192(0x00000001, "P-192", "P_192", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** K-163, 0x00000002, KMIP 1.0–2.1. */
    K_163(0x00000002, "K-163", "K_163", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** B-163, 0x00000003, KMIP 1.0–2.1. */
    B_163(0x00000003, "B-163", "B_163", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** P-224, 0x00000004, KMIP 1.0–2.1. */
    P_224(0x00000004, "P-224", "P_224", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** K-233, 0x00000005, KMIP 1.0–2.1. */
    K_233(0x00000005, "K-233", "K_233", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** B-233, 0x00000006, KMIP 1.0–2.1. */
    B_233(0x00000006, "B-233", "B_233", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** P-256, 0x00000007, KMIP 1.0–2.1. */
    P_256(0x00000007, "P-256", "P_256", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** K-283, 0x00000008, KMIP 1.0–2.1. */
    K_283(0x00000008, "K-283", "K_283", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** B-283, 0x00000009, KMIP 1.0–2.1. */
    B_283(0x00000009, "B-283", "B_283", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** P-384, 0x0000000A, KMIP 1.0–2.1. */
    P_384(0x0000000A, "P-384", "P_384", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** K-409, 0x0000000B, KMIP 1.0–2.1. */
    K_409(0x0000000B, "K-409", "K_409", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** B-409, 0x0000000C, KMIP 1.0–2.1. */
    B_409(0x0000000C, "B-409", "B_409", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** P-521, 0x0000000D, KMIP 1.0–2.1. */
    P_521(0x0000000D, "P-521", "P_521", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** K-571, 0x0000000E, KMIP 1.0–2.1. */
    K_571(0x0000000E, "K-571", "K_571", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** B-571, 0x0000000F, KMIP 1.0–2.1. */
    B_571(0x0000000F, "B-571", "B_571", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** SECP112R1, 0x00000010, KMIP 1.2–2.1. */
    SECP112R1(0x00000010, "SECP112R1", "SECP112R1", "1.2 1.3 1.4 2.0 2.1"),
    /** SECP112R2, 0x00000011, KMIP 1.2–2.1. */
    SECP112R2(0x00000011, "SECP112R2", "SECP112R2", "1.2 1.3 1.4 2.0 2.1"),
    /** SECP128R1, 0x00000012, KMIP 1.2–2.1. */
    SECP128R1(0x00000012, "SECP128R1", "SECP128R1", "1.2 1.3 1.4 2.0 2.1"),
    /** SECP128R2, 0x00000013, KMIP 1.2–2.1. */
    SECP128R2(0x00000013, "SECP128R2", "SECP128R2", "1.2 1.3 1.4 2.0 2.1"),
    /** SECP160K1, 0x00000014, KMIP 1.2–2.1. */
    SECP160K1(0x00000014, "SECP160K1", "SECP160K1", "1.2 1.3 1.4 2.0 2.1"),
    /** SECP160R1, 0x00000015, KMIP 1.2–2.1. */
    SECP160R1(0x00000015, "SECP160R1", "SECP160R1", "1.2 1.3 1.4 2.0 2.1"),
    /** SECP160R2, 0x00000016, KMIP 1.2–2.1. */
    SECP160R2(0x00000016, "SECP160R2", "SECP160R2", "1.2 1.3 1.4 2.0 2.1"),
    /** SECP192K1, 0x00000017, KMIP 1.2–2.1. */
    SECP192K1(0x00000017, "SECP192K1", "SECP192K1", "1.2 1.3 1.4 2.0 2.1"),
    /** SECP224K1, 0x00000018, KMIP 1.2–2.1. */
    SECP224K1(0x00000018, "SECP224K1", "SECP224K1", "1.2 1.3 1.4 2.0 2.1"),
    /** SECP256K1, 0x00000019, KMIP 1.2–2.1. */
    SECP256K1(0x00000019, "SECP256K1", "SECP256K1", "1.2 1.3 1.4 2.0 2.1"),
    /** SECT113R1, 0x0000001A, KMIP 1.2–2.1. */
    SECT113R1(0x0000001A, "SECT113R1", "SECT113R1", "1.2 1.3 1.4 2.0 2.1"),
    /** SECT113R2, 0x0000001B, KMIP 1.2–2.1. */
    SECT113R2(0x0000001B, "SECT113R2", "SECT113R2", "1.2 1.3 1.4 2.0 2.1"),
    /** SECT131R1, 0x0000001C, KMIP 1.2–2.1. */
    SECT131R1(0x0000001C, "SECT131R1", "SECT131R1", "1.2 1.3 1.4 2.0 2.1"),
    /** SECT131R2, 0x0000001D, KMIP 1.2–2.1. */
    SECT131R2(0x0000001D, "SECT131R2", "SECT131R2", "1.2 1.3 1.4 2.0 2.1"),
    /** SECT163R1, 0x0000001E, KMIP 1.2–2.1. */
    SECT163R1(0x0000001E, "SECT163R1", "SECT163R1", "1.2 1.3 1.4 2.0 2.1"),
    /** SECT193R1, 0x0000001F, KMIP 1.2–2.1. */
    SECT193R1(0x0000001F, "SECT193R1", "SECT193R1", "1.2 1.3 1.4 2.0 2.1"),
    /** SECT193R2, 0x00000020, KMIP 1.2–2.1. */
    SECT193R2(0x00000020, "SECT193R2", "SECT193R2", "1.2 1.3 1.4 2.0 2.1"),
    /** SECT239K1, 0x00000021, KMIP 1.2–2.1. */
    SECT239K1(0x00000021, "SECT239K1", "SECT239K1", "1.2 1.3 1.4 2.0 2.1"),
    /** ANSIX9P192V2, 0x00000022, KMIP 1.2–2.1. */
    ANSIX9P192V2(0x00000022, "ANSIX9P192V2", "ANSIX9P192V2", "1.2 1.3 1.4 2.0 2.1"),
    /** ANSIX9P192V3, 0x00000023, KMIP 1.2–2.1. */
    ANSIX9P192V3(0x00000023, "ANSIX9P192V3", "ANSIX9P192V3", "1.2 1.3 1.4 2.0 2.1"),
    /** ANSIX9P239V1, 0x00000024, KMIP 1.2–2.1. */
    ANSIX9P239V1(0x00000024, "ANSIX9P239V1", "ANSIX9P239V1", "1.2 1.3 1.4 2.0 2.1"),
    /** ANSIX9P239V2, 0x00000025, KMIP 1.2–2.1. */
    ANSIX9P239V2(0x00000025, "ANSIX9P239V2", "ANSIX9P239V2", "1.2 1.3 1.4 2.0 2.1"),
    /** ANSIX9P239V3, 0x00000026, KMIP 1.2–2.1. */
    ANSIX9P239V3(0x00000026, "ANSIX9P239V3", "ANSIX9P239V3", "1.2 1.3 1.4 2.0 2.1"),
    /** ANSIX9C2PNB163V1, 0x00000027, KMIP 1.2–2.1. */
    ANSIX9C2PNB163V1(0x00000027, "ANSIX9C2PNB163V1", "ANSIX9C2PNB163V1", "1.2 1.3 1.4 2.0 2.1"),
    /** ANSIX9C2PNB163V2, 0x00000028, KMIP 1.2–2.1. */
    ANSIX9C2PNB163V2(0x00000028, "ANSIX9C2PNB163V2", "ANSIX9C2PNB163V2", "1.2 1.3 1.4 2.0 2.1"),
    /** ANSIX9C2PNB163V3, 0x00000029, KMIP 1.2–2.1. */
    ANSIX9C2PNB163V3(0x00000029, "ANSIX9C2PNB163V3", "ANSIX9C2PNB163V3", "1.2 1.3 1.4 2.0 2.1"),
    /** ANSIX9C2PNB176V1, 0x0000002A, KMIP 1.2–2.1. */
    ANSIX9C2PNB176V1(0x0000002A, "ANSIX9C2PNB176V1", "ANSIX9C2PNB176V1", "1.2 1.3 1.4 2.0 2.1"),
    /** ANSIX9C2TNB191V1, 0x0000002B, KMIP 1.2–2.1. */
    ANSIX9C2TNB191V1(0x0000002B, "ANSIX9C2TNB191V1", "ANSIX9C2TNB191V1", "1.2 1.3 1.4 2.0 2.1"),
    /** ANSIX9C2TNB191V2, 0x0000002C, KMIP 1.2–2.1. */
    ANSIX9C2TNB191V2(0x0000002C, "ANSIX9C2TNB191V2", "ANSIX9C2TNB191V2", "1.2 1.3 1.4 2.0 2.1"),
    /** ANSIX9C2TNB191V3, 0x0000002D, KMIP 1.2–2.1. */
    ANSIX9C2TNB191V3(0x0000002D, "ANSIX9C2TNB191V3", "ANSIX9C2TNB191V3", "1.2 1.3 1.4 2.0 2.1"),
    /** ANSIX9C2PNB208W1, 0x0000002E, KMIP 1.2–2.1. */
    ANSIX9C2PNB208W1(0x0000002E, "ANSIX9C2PNB208W1", "ANSIX9C2PNB208W1", "1.2 1.3 1.4 2.0 2.1"),
    /** ANSIX9C2TNB239V1, 0x0000002F, KMIP 1.2–2.1. */
    ANSIX9C2TNB239V1(0x0000002F, "ANSIX9C2TNB239V1", "ANSIX9C2TNB239V1", "1.2 1.3 1.4 2.0 2.1"),
    /** ANSIX9C2TNB239V2, 0x00000030, KMIP 1.2–2.1. */
    ANSIX9C2TNB239V2(0x00000030, "ANSIX9C2TNB239V2", "ANSIX9C2TNB239V2", "1.2 1.3 1.4 2.0 2.1"),
    /** ANSIX9C2TNB239V3, 0x00000031, KMIP 1.2–2.1. */
    ANSIX9C2TNB239V3(0x00000031, "ANSIX9C2TNB239V3", "ANSIX9C2TNB239V3", "1.2 1.3 1.4 2.0 2.1"),
    /** ANSIX9C2PNB272W1, 0x00000032, KMIP 1.2–2.1. */
    ANSIX9C2PNB272W1(0x00000032, "ANSIX9C2PNB272W1", "ANSIX9C2PNB272W1", "1.2 1.3 1.4 2.0 2.1"),
    /** ANSIX9C2PNB304W1, 0x00000033, KMIP 1.2–2.1. */
    ANSIX9C2PNB304W1(0x00000033, "ANSIX9C2PNB304W1", "ANSIX9C2PNB304W1", "1.2 1.3 1.4 2.0 2.1"),
    /** ANSIX9C2TNB359V1, 0x00000034, KMIP 1.2–2.1. */
    ANSIX9C2TNB359V1(0x00000034, "ANSIX9C2TNB359V1", "ANSIX9C2TNB359V1", "1.2 1.3 1.4 2.0 2.1"),
    /** ANSIX9C2PNB368W1, 0x00000035, KMIP 1.2–2.1. */
    ANSIX9C2PNB368W1(0x00000035, "ANSIX9C2PNB368W1", "ANSIX9C2PNB368W1", "1.2 1.3 1.4 2.0 2.1"),
    /** ANSIX9C2TNB431R1, 0x00000036, KMIP 1.2–2.1. */
    ANSIX9C2TNB431R1(0x00000036, "ANSIX9C2TNB431R1", "ANSIX9C2TNB431R1", "1.2 1.3 1.4 2.0 2.1"),
    /** BRAINPOOLP160R1, 0x00000037, KMIP 1.2–2.1. */
    BRAINPOOLP160R1(0x00000037, "BRAINPOOLP160R1", "BRAINPOOLP160R1", "1.2 1.3 1.4 2.0 2.1"),
    /** BRAINPOOLP160T1, 0x00000038, KMIP 1.2–2.1. */
    BRAINPOOLP160T1(0x00000038, "BRAINPOOLP160T1", "BRAINPOOLP160T1", "1.2 1.3 1.4 2.0 2.1"),
    /** BRAINPOOLP192R1, 0x00000039, KMIP 1.2–2.1. */
    BRAINPOOLP192R1(0x00000039, "BRAINPOOLP192R1", "BRAINPOOLP192R1", "1.2 1.3 1.4 2.0 2.1"),
    /** BRAINPOOLP192T1, 0x0000003A, KMIP 1.2–2.1. */
    BRAINPOOLP192T1(0x0000003A, "BRAINPOOLP192T1", "BRAINPOOLP192T1", "1.2 1.3 1.4 2.0 2.1"),
    /** BRAINPOOLP224R1, 0x0000003B, KMIP 1.2–2.1. */
    BRAINPOOLP224R1(0x0000003B, "BRAINPOOLP224R1", "BRAINPOOLP224R1", "1.2 1.3 1.4 2.0 2.1"),
    /** BRAINPOOLP224T1, 0x0000003C, KMIP 1.2–2.1. */
    BRAINPOOLP224T1(0x0000003C, "BRAINPOOLP224T1", "BRAINPOOLP224T1", "1.2 1.3 1.4 2.0 2.1"),
    /** BRAINPOOLP256R1, 0x0000003D, KMIP 1.2–2.1. */
    BRAINPOOLP256R1(0x0000003D, "BRAINPOOLP256R1", "BRAINPOOLP256R1", "1.2 1.3 1.4 2.0 2.1"),
    /** BRAINPOOLP256T1, 0x0000003E, KMIP 1.2–2.1. */
    BRAINPOOLP256T1(0x0000003E, "BRAINPOOLP256T1", "BRAINPOOLP256T1", "1.2 1.3 1.4 2.0 2.1"),
    /** BRAINPOOLP320R1, 0x0000003F, KMIP 1.2–2.1. */
    BRAINPOOLP320R1(0x0000003F, "BRAINPOOLP320R1", "BRAINPOOLP320R1", "1.2 1.3 1.4 2.0 2.1"),
    /** BRAINPOOLP320T1, 0x00000040, KMIP 1.2–2.1. */
    BRAINPOOLP320T1(0x00000040, "BRAINPOOLP320T1", "BRAINPOOLP320T1", "1.2 1.3 1.4 2.0 2.1"),
    /** BRAINPOOLP384R1, 0x00000041, KMIP 1.2–2.1. */
    BRAINPOOLP384R1(0x00000041, "BRAINPOOLP384R1", "BRAINPOOLP384R1", "1.2 1.3 1.4 2.0 2.1"),
    /** BRAINPOOLP384T1, 0x00000042, KMIP 1.2–2.1. */
    BRAINPOOLP384T1(0x00000042, "BRAINPOOLP384T1", "BRAINPOOLP384T1", "1.2 1.3 1.4 2.0 2.1"),
    /** BRAINPOOLP512R1, 0x00000043, KMIP 1.2–2.1. */
    BRAINPOOLP512R1(0x00000043, "BRAINPOOLP512R1", "BRAINPOOLP512R1", "1.2 1.3 1.4 2.0 2.1"),
    /** BRAINPOOLP512T1, 0x00000044, KMIP 1.2–2.1. */
    BRAINPOOLP512T1(0x00000044, "BRAINPOOLP512T1", "BRAINPOOLP512T1", "1.2 1.3 1.4 2.0 2.1"),
    /** CURVE25519, 0x00000045, KMIP 2.0–2.1. */
    CURVE25519(0x00000045, "CURVE25519", "CURVE25519", "2.0 2.1"),
    /** CURVE448, 0x00000046, KMIP 2.0–2.1. */
    CURVE448(0x00000046, "CURVE448", "CURVE448", "2.0 2.1");

    /** The tag that carries this enumeration. */
    public static final int TAG = Tag.RECOMMENDED_CURVE;

    private static final RecommendedCurve[] VALUES = values();
    private static final Map<String, RecommendedCurve> BY_XML_NAME = SpecSupport.byXmlName(VALUES, Map.of());

    private final int value;
    private final String specName;
    private final String xmlName;
    private final int versions;
    private final KmipVersion firstVersion;
    private final KmipVersion lastVersion;
    private final String[] namesByVersion;

    RecommendedCurve(int value, String specName, String xmlName, String versions, String... renames) {
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
    public static RecommendedCurve fromValue(int value) {
        return switch (value) {
            case 0x00000001 -> P_192;
            case 0x00000002 -> K_163;
            case 0x00000003 -> B_163;
            case 0x00000004 -> P_224;
            case 0x00000005 -> K_233;
            case 0x00000006 -> B_233;
            case 0x00000007 -> P_256;
            case 0x00000008 -> K_283;
            case 0x00000009 -> B_283;
            case 0x0000000A -> P_384;
            case 0x0000000B -> K_409;
            case 0x0000000C -> B_409;
            case 0x0000000D -> P_521;
            case 0x0000000E -> K_571;
            case 0x0000000F -> B_571;
            case 0x00000010 -> SECP112R1;
            case 0x00000011 -> SECP112R2;
            case 0x00000012 -> SECP128R1;
            case 0x00000013 -> SECP128R2;
            case 0x00000014 -> SECP160K1;
            case 0x00000015 -> SECP160R1;
            case 0x00000016 -> SECP160R2;
            case 0x00000017 -> SECP192K1;
            case 0x00000018 -> SECP224K1;
            case 0x00000019 -> SECP256K1;
            case 0x0000001A -> SECT113R1;
            case 0x0000001B -> SECT113R2;
            case 0x0000001C -> SECT131R1;
            case 0x0000001D -> SECT131R2;
            case 0x0000001E -> SECT163R1;
            case 0x0000001F -> SECT193R1;
            case 0x00000020 -> SECT193R2;
            case 0x00000021 -> SECT239K1;
            case 0x00000022 -> ANSIX9P192V2;
            case 0x00000023 -> ANSIX9P192V3;
            case 0x00000024 -> ANSIX9P239V1;
            case 0x00000025 -> ANSIX9P239V2;
            case 0x00000026 -> ANSIX9P239V3;
            case 0x00000027 -> ANSIX9C2PNB163V1;
            case 0x00000028 -> ANSIX9C2PNB163V2;
            case 0x00000029 -> ANSIX9C2PNB163V3;
            case 0x0000002A -> ANSIX9C2PNB176V1;
            case 0x0000002B -> ANSIX9C2TNB191V1;
            case 0x0000002C -> ANSIX9C2TNB191V2;
            case 0x0000002D -> ANSIX9C2TNB191V3;
            case 0x0000002E -> ANSIX9C2PNB208W1;
            case 0x0000002F -> ANSIX9C2TNB239V1;
            case 0x00000030 -> ANSIX9C2TNB239V2;
            case 0x00000031 -> ANSIX9C2TNB239V3;
            case 0x00000032 -> ANSIX9C2PNB272W1;
            case 0x00000033 -> ANSIX9C2PNB304W1;
            case 0x00000034 -> ANSIX9C2TNB359V1;
            case 0x00000035 -> ANSIX9C2PNB368W1;
            case 0x00000036 -> ANSIX9C2TNB431R1;
            case 0x00000037 -> BRAINPOOLP160R1;
            case 0x00000038 -> BRAINPOOLP160T1;
            case 0x00000039 -> BRAINPOOLP192R1;
            case 0x0000003A -> BRAINPOOLP192T1;
            case 0x0000003B -> BRAINPOOLP224R1;
            case 0x0000003C -> BRAINPOOLP224T1;
            case 0x0000003D -> BRAINPOOLP256R1;
            case 0x0000003E -> BRAINPOOLP256T1;
            case 0x0000003F -> BRAINPOOLP320R1;
            case 0x00000040 -> BRAINPOOLP320T1;
            case 0x00000041 -> BRAINPOOLP384R1;
            case 0x00000042 -> BRAINPOOLP384T1;
            case 0x00000043 -> BRAINPOOLP512R1;
            case 0x00000044 -> BRAINPOOLP512T1;
            case 0x00000045 -> CURVE25519;
            case 0x00000046 -> CURVE448;
            default -> null;
        };
    }

    /**
     * The value with this XML/JSON name (e.g. {@code "P_192"}), or {@code null}.
     */
    public static RecommendedCurve fromXmlName(String xmlName) {
        return xmlName == null ? null : BY_XML_NAME.get(xmlName);
    }
}

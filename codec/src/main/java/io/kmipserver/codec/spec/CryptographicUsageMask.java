// Generated from codec/src/spec/enums/cryptographic-usage-mask.csv by io.kmipserver.codec.spec.generator.SpecGenerator — do not edit.
// Regenerate from the repository root: java codec/src/test/java/io/kmipserver/codec/spec/generator/SpecGenerator.java
package io.kmipserver.codec.spec;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;

/**
 * Cryptographic Usage Mask bit mask (KMIP 1.0 §9.1.3.3.1; 1.1 §9.1.3.3.1; 1.2 §9.1.3.3.1; 1.3 §9.1.3.3.1; 1.4 §9.1.3.3.1; 2.0 §12.1; 2.1 §12.1).
 * Carried by the tag Cryptographic Usage Mask ({@link Tag#CRYPTOGRAPHIC_USAGE_MASK}, an Integer whose set bits are these values).
 *
 * <p>The spec table also has the non-numeric rows XXX00000 (extension bits); {@link #unknownBits(int)} finds bits outside the named ones.
 *
 * <p>Constant names: see the package documentation.
 */
public enum CryptographicUsageMask implements KmipMaskBit {
    /** Sign, 0x00000001, KMIP 1.0–2.1. */
    SIGN(0x00000001, "Sign", "Sign", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Verify, 0x00000002, KMIP 1.0–2.1. */
    VERIFY(0x00000002, "Verify", "Verify", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Encrypt, 0x00000004, KMIP 1.0–2.1. */
    ENCRYPT(0x00000004, "Encrypt", "Encrypt", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Decrypt, 0x00000008, KMIP 1.0–2.1. */
    DECRYPT(0x00000008, "Decrypt", "Decrypt", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Wrap Key, 0x00000010, KMIP 1.0–2.1. */
    WRAP_KEY(0x00000010, "Wrap Key", "WrapKey", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Unwrap Key, 0x00000020, KMIP 1.0–2.1. */
    UNWRAP_KEY(0x00000020, "Unwrap Key", "UnwrapKey", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Export, 0x00000040, KMIP 1.0–1.4. (Reserved)/removed from KMIP 2.0. */
    EXPORT(0x00000040, "Export", "Export", "1.0 1.1 1.2 1.3 1.4"),
    /** MAC Generate, 0x00000080, KMIP 1.0–2.1. */
    MAC_GENERATE(0x00000080, "MAC Generate", "MACGenerate", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** MAC Verify, 0x00000100, KMIP 1.0–2.1. */
    MAC_VERIFY(0x00000100, "MAC Verify", "MACVerify", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Derive Key, 0x00000200, KMIP 1.0–2.1. */
    DERIVE_KEY(0x00000200, "Derive Key", "DeriveKey", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Content Commitment (Non Repudiation), 0x00000400, KMIP 1.0–1.4. (Reserved)/removed from KMIP 2.0 / OASIS XML test cases write this bit as "ContentCommitment" (the v2.0 Test Cases drafts TC-CERTATTR-1-20 and TC-PKCS12-1-20 still use it although 2.0 reserves the bit). */
    CONTENT_COMMITMENT_NON_REPUDIATION(0x00000400, "Content Commitment (Non Repudiation)", "ContentCommitmentNonRepudiation", "1.0 1.1 1.2 1.3 1.4"),
    /** Key Agreement, 0x00000800, KMIP 1.0–2.1. */
    KEY_AGREEMENT(0x00000800, "Key Agreement", "KeyAgreement", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Certificate Sign, 0x00001000, KMIP 1.0–2.1. */
    CERTIFICATE_SIGN(0x00001000, "Certificate Sign", "CertificateSign", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** CRL Sign, 0x00002000, KMIP 1.0–2.1. */
    CRL_SIGN(0x00002000, "CRL Sign", "CRLSign", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Generate Cryptogram, 0x00004000, KMIP 1.0–1.4. (Reserved)/removed from KMIP 2.0. */
    GENERATE_CRYPTOGRAM(0x00004000, "Generate Cryptogram", "GenerateCryptogram", "1.0 1.1 1.2 1.3 1.4"),
    /** Validate Cryptogram, 0x00008000, KMIP 1.0–1.4. (Reserved)/removed from KMIP 2.0. */
    VALIDATE_CRYPTOGRAM(0x00008000, "Validate Cryptogram", "ValidateCryptogram", "1.0 1.1 1.2 1.3 1.4"),
    /** Translate Encrypt, 0x00010000, KMIP 1.0–1.4. (Reserved)/removed from KMIP 2.0. */
    TRANSLATE_ENCRYPT(0x00010000, "Translate Encrypt", "TranslateEncrypt", "1.0 1.1 1.2 1.3 1.4"),
    /** Translate Decrypt, 0x00020000, KMIP 1.0–1.4. (Reserved)/removed from KMIP 2.0. */
    TRANSLATE_DECRYPT(0x00020000, "Translate Decrypt", "TranslateDecrypt", "1.0 1.1 1.2 1.3 1.4"),
    /** Translate Wrap, 0x00040000, KMIP 1.0–1.4. (Reserved)/removed from KMIP 2.0. */
    TRANSLATE_WRAP(0x00040000, "Translate Wrap", "TranslateWrap", "1.0 1.1 1.2 1.3 1.4"),
    /** Translate Unwrap, 0x00080000, KMIP 1.0–1.4. (Reserved)/removed from KMIP 2.0. */
    TRANSLATE_UNWRAP(0x00080000, "Translate Unwrap", "TranslateUnwrap", "1.0 1.1 1.2 1.3 1.4"),
    /** Authenticate, 0x00100000, KMIP 2.0–2.1. */
    AUTHENTICATE(0x00100000, "Authenticate", "Authenticate", "2.0 2.1"),
    /** Unrestricted, 0x00200000, KMIP 2.0–2.1. */
    UNRESTRICTED(0x00200000, "Unrestricted", "Unrestricted", "2.0 2.1"),
    /** FPE Encrypt, 0x00400000, KMIP 2.0–2.1. */
    FPE_ENCRYPT(0x00400000, "FPE Encrypt", "FPEEncrypt", "2.0 2.1"),
    /** FPE Decrypt, 0x00800000, KMIP 2.0–2.1. */
    FPE_DECRYPT(0x00800000, "FPE Decrypt", "FPEDecrypt", "2.0 2.1");

    /** The tag that carries this mask. */
    public static final int TAG = Tag.CRYPTOGRAPHIC_USAGE_MASK;

    private static final CryptographicUsageMask[] VALUES = values();
    private static final Map<String, CryptographicUsageMask> BY_XML_NAME = SpecSupport.byXmlName(VALUES, Map.of("ContentCommitment", CONTENT_COMMITMENT_NON_REPUDIATION));
    private static final int ALL_BITS = SpecSupport.allBits(VALUES);

    private final int value;
    private final String specName;
    private final String xmlName;
    private final int versions;
    private final KmipVersion firstVersion;
    private final KmipVersion lastVersion;
    private final String[] namesByVersion;

    CryptographicUsageMask(int value, String specName, String xmlName, String versions, String... renames) {
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
    public int bit() {
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
    public static CryptographicUsageMask fromValue(int value) {
        return switch (value) {
            case 0x00000001 -> SIGN;
            case 0x00000002 -> VERIFY;
            case 0x00000004 -> ENCRYPT;
            case 0x00000008 -> DECRYPT;
            case 0x00000010 -> WRAP_KEY;
            case 0x00000020 -> UNWRAP_KEY;
            case 0x00000040 -> EXPORT;
            case 0x00000080 -> MAC_GENERATE;
            case 0x00000100 -> MAC_VERIFY;
            case 0x00000200 -> DERIVE_KEY;
            case 0x00000400 -> CONTENT_COMMITMENT_NON_REPUDIATION;
            case 0x00000800 -> KEY_AGREEMENT;
            case 0x00001000 -> CERTIFICATE_SIGN;
            case 0x00002000 -> CRL_SIGN;
            case 0x00004000 -> GENERATE_CRYPTOGRAM;
            case 0x00008000 -> VALIDATE_CRYPTOGRAM;
            case 0x00010000 -> TRANSLATE_ENCRYPT;
            case 0x00020000 -> TRANSLATE_DECRYPT;
            case 0x00040000 -> TRANSLATE_WRAP;
            case 0x00080000 -> TRANSLATE_UNWRAP;
            case 0x00100000 -> AUTHENTICATE;
            case 0x00200000 -> UNRESTRICTED;
            case 0x00400000 -> FPE_ENCRYPT;
            case 0x00800000 -> FPE_DECRYPT;
            default -> null;
        };
    }

    /**
     * The value with this XML/JSON name (e.g. {@code "Sign"}), or {@code null}. Also accepts the
     * spellings the OASIS test cases use: {@code ContentCommitment} for {@link #CONTENT_COMMITMENT_NON_REPUDIATION}.
     */
    public static CryptographicUsageMask fromXmlName(String xmlName) {
        return xmlName == null ? null : BY_XML_NAME.get(xmlName);
    }

    /** The Integer mask with the given bits set. */
    public static int toMask(Collection<CryptographicUsageMask> bits) {
        return SpecSupport.toMask(bits);
    }

    /** The named bits set in {@code mask}; see {@link #unknownBits(int)} for the others. */
    public static EnumSet<CryptographicUsageMask> fromMask(int mask) {
        return SpecSupport.fromMask(CryptographicUsageMask.class, VALUES, mask);
    }

    /** The bits of {@code mask} that no version names (extensions or garbage); 0 when none. */
    public static int unknownBits(int mask) {
        return mask & ~ALL_BITS;
    }

    /**
     * The bits of {@code mask} that the table of {@code version} does not name, e.g. a bit 2.0 added
     * in a 1.x request, or a bit 2.0 reserved in a 2.x one; 0 when none. Does not allocate.
     */
    public static int unknownBits(int mask, KmipVersion version) {
        int known = 0;
        for (CryptographicUsageMask b : VALUES) {
            if (b.knownIn(version)) {
                known |= b.value;
            }
        }
        return mask & ~known;
    }
}

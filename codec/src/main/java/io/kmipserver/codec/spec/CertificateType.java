// Generated from codec/src/spec/enums/certificate-type.csv by io.kmipserver.codec.spec.generator.SpecGenerator — do not edit.
// Regenerate from the repository root: java codec/src/test/java/io/kmipserver/codec/spec/generator/SpecGenerator.java
package io.kmipserver.codec.spec;

import java.util.Map;

/**
 * Certificate Type enumeration (KMIP 1.0 §9.1.3.2.6; 1.1 §9.1.3.2.6; 1.2 §9.1.3.2.6; 1.3 §9.1.3.2.6; 1.4 §9.1.3.2.6; 2.0 §11.9; 2.1 §11.9).
 * Carried by the tag Certificate Type ({@link Tag#CERTIFICATE_TYPE}).
 *
 * <p>Values 8XXXXXXX are vendor extensions; {@link #fromValue(int)} returns {@code null} for them.
 *
 * <p>Constant names: see the package documentation.
 */
public enum CertificateType implements KmipEnum {
    /** X.509, 0x00000001, KMIP 1.0–2.1. */
    X_509(0x00000001, "X.509", "X_509", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** PGP, 0x00000002, KMIP 1.0–2.1. Deprecated in 1.2-1.4 / spec v2.0 table prints "(PGP" (typo). */
    PGP(0x00000002, "PGP", "PGP", "1.0 1.1 1.2 1.3 1.4 2.0 2.1");

    /** The tag that carries this enumeration. */
    public static final int TAG = Tag.CERTIFICATE_TYPE;

    private static final CertificateType[] VALUES = values();
    private static final Map<String, CertificateType> BY_XML_NAME = SpecSupport.byXmlName(VALUES, Map.of());

    private final int value;
    private final String specName;
    private final String xmlName;
    private final int versions;
    private final KmipVersion firstVersion;
    private final KmipVersion lastVersion;
    private final String[] namesByVersion;

    CertificateType(int value, String specName, String xmlName, String versions, String... renames) {
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
    public static CertificateType fromValue(int value) {
        return switch (value) {
            case 0x00000001 -> X_509;
            case 0x00000002 -> PGP;
            default -> null;
        };
    }

    /**
     * The value with this XML/JSON name (e.g. {@code "X_509"}), or {@code null}.
     */
    public static CertificateType fromXmlName(String xmlName) {
        return xmlName == null ? null : BY_XML_NAME.get(xmlName);
    }
}

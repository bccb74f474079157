// Generated from codec/src/spec/enums/opaque-data-type.csv by io.kmipserver.codec.spec.generator.SpecGenerator — do not edit.
// Regenerate from the repository root: java codec/src/test/java/io/kmipserver/codec/spec/generator/SpecGenerator.java
package io.kmipserver.codec.spec;

import java.util.Map;

/**
 * Opaque Data Type enumeration (KMIP 1.0 §9.1.3.2.9; 1.1 §9.1.3.2.10; 1.2 §9.1.3.2.10; 1.3 §9.1.3.2.10; 1.4 §9.1.3.2.10; 2.0 §11.35; 2.1 §11.35).
 * Carried by the tag Opaque Data Type ({@link Tag#OPAQUE_DATA_TYPE}).
 *
 * <p>Values 8XXXXXXX are vendor extensions; {@link #fromValue(int)} returns {@code null} for them.
 *
 * <p>The spec defines no value, only the extension range.
 *
 * <p>Constant names: see the package documentation.
 */
public enum OpaqueDataType implements KmipEnum {
    ;

    /** The tag that carries this enumeration. */
    public static final int TAG = Tag.OPAQUE_DATA_TYPE;

    private static final OpaqueDataType[] VALUES = values();
    private static final Map<String, OpaqueDataType> BY_XML_NAME = SpecSupport.byXmlName(VALUES, Map.of());

    private final int value;
    private final String specName;
    private final String xmlName;
    private final int versions;
    private final KmipVersion firstVersion;
    private final KmipVersion lastVersion;
    private final String[] namesByVersion;

    OpaqueDataType(int value, String specName, String xmlName, String versions, String... renames) {
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
    public static OpaqueDataType fromValue(int value) {
        return null;
    }

    /**
     * The value with this XML/JSON name, or {@code null}.
     */
    public static OpaqueDataType fromXmlName(String xmlName) {
        return xmlName == null ? null : BY_XML_NAME.get(xmlName);
    }
}

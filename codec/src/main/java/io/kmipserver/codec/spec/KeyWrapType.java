// Generated from codec/src/spec/enums/key-wrap-type.csv by io.kmipserver.codec.spec.generator.SpecGenerator — do not edit.
// Regenerate from the repository root: java codec/src/test/java/io/kmipserver/codec/spec/generator/SpecGenerator.java
package io.kmipserver.codec.spec;

import java.util.Map;

/**
 * Key Wrap Type enumeration (KMIP 1.4 §9.1.3.2.48; 2.0 §11.29; 2.1 §11.29).
 * Carried by the tag Key Wrap Type ({@link Tag#KEY_WRAP_TYPE}).
 *
 * <p>Values 8XXXXXXX are vendor extensions; {@link #fromValue(int)} returns {@code null} for them.
 *
 * <p>Constant names: see the package documentation.
 */
public enum KeyWrapType implements KmipEnum {
    /** Not Wrapped, 0x00000001, KMIP 1.4–2.1. */
    NOT_WRAPPED(0x00000001, "Not Wrapped", "NotWrapped", "1.4 2.0 2.1"),
    /** As Registered, 0x00000002, KMIP 1.4–2.1. */
    AS_REGISTERED(0x00000002, "As Registered", "AsRegistered", "1.4 2.0 2.1");

    /** The tag that carries this enumeration. */
    public static final int TAG = Tag.KEY_WRAP_TYPE;

    private static final KeyWrapType[] VALUES = values();
    private static final Map<String, KeyWrapType> BY_XML_NAME = SpecSupport.byXmlName(VALUES, Map.of());

    private final int value;
    private final String specName;
    private final String xmlName;
    private final int versions;
    private final KmipVersion firstVersion;
    private final KmipVersion lastVersion;
    private final String[] namesByVersion;

    KeyWrapType(int value, String specName, String xmlName, String versions, String... renames) {
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
    public static KeyWrapType fromValue(int value) {
        return switch (value) {
            case 0x00000001 -> NOT_WRAPPED;
            case 0x00000002 -> AS_REGISTERED;
            default -> null;
        };
    }

    /**
     * The value with this XML/JSON name (e.g. {@code "NotWrapped"}), or {@code null}.
     */
    public static KeyWrapType fromXmlName(String xmlName) {
        return xmlName == null ? null : BY_XML_NAME.get(xmlName);
    }
}

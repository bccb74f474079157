// Generated from codec/src/spec/enums/interop-function.csv by io.kmipserver.codec.spec.generator.SpecGenerator — do not edit.
// Regenerate from the repository root: java codec/src/test/java/io/kmipserver/codec/spec/generator/SpecGenerator.java
package io.kmipserver.codec.spec;

import java.util.Map;

/**
 * Interop Function enumeration (KMIP 2.0 §11.22; 2.1 §11.22).
 * Carried by the tag Interop Function ({@link Tag#INTEROP_FUNCTION}).
 *
 * <p>Values 8XXXXXXX are vendor extensions; {@link #fromValue(int)} returns {@code null} for them.
 *
 * <p>Constant names: see the package documentation.
 */
public enum InteropFunction implements KmipEnum {
    /** Begin, 0x00000001, KMIP 2.0–2.1. */
    BEGIN(0x00000001, "Begin", "Begin", "2.0 2.1"),
    /** End, 0x00000002, KMIP 2.0–2.1. */
    END(0x00000002, "End", "End", "2.0 2.1"),
    /** Reset, 0x00000003, KMIP 2.0–2.1. */
    RESET(0x00000003, "Reset", "Reset", "2.0 2.1");

    /** The tag that carries this enumeration. */
    public static final int TAG = Tag.INTEROP_FUNCTION;

    private static final InteropFunction[] VALUES = values();
    private static final Map<String, InteropFunction> BY_XML_NAME = SpecSupport.byXmlName(VALUES, Map.of());

    private final int value;
    private final String specName;
    private final String xmlName;
    private final int versions;
    private final KmipVersion firstVersion;
    private final KmipVersion lastVersion;
    private final String[] namesByVersion;

    InteropFunction(int value, String specName, String xmlName, String versions, String... renames) {
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
    public static InteropFunction fromValue(int value) {
        return switch (value) {
            case 0x00000001 -> BEGIN;
            case 0x00000002 -> END;
            case 0x00000003 -> RESET;
            default -> null;
        };
    }

    /**
     * The value with this XML/JSON name (e.g. {@code "Begin"}), or {@code null}.
     */
    public static InteropFunction fromXmlName(String xmlName) {
        return xmlName == null ? null : BY_XML_NAME.get(xmlName);
    }
}

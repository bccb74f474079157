// Generated from codec/src/spec/enums/destroy-action.csv by io.kmipserver.codec.spec.generator.SpecGenerator — do not edit.
// Regenerate from the repository root: java codec/src/test/java/io/kmipserver/codec/spec/generator/SpecGenerator.java
package io.kmipserver.codec.spec;

import java.util.Map;

/**
 * Destroy Action enumeration (KMIP 1.3 §9.1.3.2.44; 1.4 §9.1.3.2.44; 2.0 §11.15; 2.1 §11.15).
 * Carried by the tag Destroy Action ({@link Tag#DESTROY_ACTION}).
 *
 * <p>Values 8XXXXXXX are vendor extensions; {@link #fromValue(int)} returns {@code null} for them.
 *
 * <p>Constant names: see the package documentation.
 */
public enum DestroyAction implements KmipEnum {
    /** Unspecified, 0x00000001, KMIP 1.3–2.1. */
    UNSPECIFIED(0x00000001, "Unspecified", "Unspecified", "1.3 1.4 2.0 2.1"),
    /** Key Material Deleted, 0x00000002, KMIP 1.3–2.1. */
    KEY_MATERIAL_DELETED(0x00000002, "Key Material Deleted", "KeyMaterialDeleted", "1.3 1.4 2.0 2.1"),
    /** Key Material Shredded, 0x00000003, KMIP 1.3–2.1. */
    KEY_MATERIAL_SHREDDED(0x00000003, "Key Material Shredded", "KeyMaterialShredded", "1.3 1.4 2.0 2.1"),
    /** Meta Data Deleted, 0x00000004, KMIP 1.3–2.1. */
    META_DATA_DELETED(0x00000004, "Meta Data Deleted", "MetaDataDeleted", "1.3 1.4 2.0 2.1"),
    /** Meta Data Shredded, 0x00000005, KMIP 1.3–2.1. */
    META_DATA_SHREDDED(0x00000005, "Meta Data Shredded", "MetaDataShredded", "1.3 1.4 2.0 2.1"),
    /** Deleted, 0x00000006, KMIP 1.3–2.1. */
    DELETED(0x00000006, "Deleted", "Deleted", "1.3 1.4 2.0 2.1"),
    /** Shredded, 0x00000007, KMIP 1.3–2.1. */
    SHREDDED(0x00000007, "Shredded", "Shredded", "1.3 1.4 2.0 2.1");

    /** The tag that carries this enumeration. */
    public static final int TAG = Tag.DESTROY_ACTION;

    private static final DestroyAction[] VALUES = values();
    private static final Map<String, DestroyAction> BY_XML_NAME = SpecSupport.byXmlName(VALUES, Map.of());

    private final int value;
    private final String specName;
    private final String xmlName;
    private final int versions;
    private final KmipVersion firstVersion;
    private final KmipVersion lastVersion;
    private final String[] namesByVersion;

    DestroyAction(int value, String specName, String xmlName, String versions, String... renames) {
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
    public static DestroyAction fromValue(int value) {
        return switch (value) {
            case 0x00000001 -> UNSPECIFIED;
            case 0x00000002 -> KEY_MATERIAL_DELETED;
            case 0x00000003 -> KEY_MATERIAL_SHREDDED;
            case 0x00000004 -> META_DATA_DELETED;
            case 0x00000005 -> META_DATA_SHREDDED;
            case 0x00000006 -> DELETED;
            case 0x00000007 -> SHREDDED;
            default -> null;
        };
    }

    /**
     * The value with this XML/JSON name (e.g. {@code "Unspecified"}), or {@code null}.
     */
    public static DestroyAction fromXmlName(String xmlName) {
        return xmlName == null ? null : BY_XML_NAME.get(xmlName);
    }
}

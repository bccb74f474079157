// Generated from codec/src/spec/enums/object-group-member.csv by io.kmipserver.codec.spec.generator.SpecGenerator — do not edit.
// Regenerate from the repository root: java codec/src/test/java/io/kmipserver/codec/spec/generator/SpecGenerator.java
package io.kmipserver.codec.spec;

import java.util.Map;

/**
 * Object Group Member enumeration (KMIP 1.1 §9.1.3.2.33; 1.2 §9.1.3.2.33; 1.3 §9.1.3.2.33; 1.4 §9.1.3.2.33; 2.0 §11.33; 2.1 §11.33).
 * Carried by the tag Object Group Member ({@link Tag#OBJECT_GROUP_MEMBER}).
 *
 * <p>Values 8XXXXXXX are vendor extensions; {@link #fromValue(int)} returns {@code null} for them.
 *
 * <p>Constant names: see the package documentation.
 */
public enum ObjectGroupMember implements KmipEnum {
    /** Group Member Fresh, 0x00000001, KMIP 1.1–2.1. */
    GROUP_MEMBER_FRESH(0x00000001, "Group Member Fresh", "GroupMemberFresh", "1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Group Member Default, 0x00000002, KMIP 1.1–2.1. */
    GROUP_MEMBER_DEFAULT(0x00000002, "Group Member Default", "GroupMemberDefault", "1.1 1.2 1.3 1.4 2.0 2.1");

    /** The tag that carries this enumeration. */
    public static final int TAG = Tag.OBJECT_GROUP_MEMBER;

    private static final ObjectGroupMember[] VALUES = values();
    private static final Map<String, ObjectGroupMember> BY_XML_NAME = SpecSupport.byXmlName(VALUES, Map.of());

    private final int value;
    private final String specName;
    private final String xmlName;
    private final int versions;
    private final KmipVersion firstVersion;
    private final KmipVersion lastVersion;
    private final String[] namesByVersion;

    ObjectGroupMember(int value, String specName, String xmlName, String versions, String... renames) {
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
    public static ObjectGroupMember fromValue(int value) {
        return switch (value) {
            case 0x00000001 -> GROUP_MEMBER_FRESH;
            case 0x00000002 -> GROUP_MEMBER_DEFAULT;
            default -> null;
        };
    }

    /**
     * The value with this XML/JSON name (e.g. {@code "GroupMemberFresh"}), or {@code null}.
     */
    public static ObjectGroupMember fromXmlName(String xmlName) {
        return xmlName == null ? null : BY_XML_NAME.get(xmlName);
    }
}

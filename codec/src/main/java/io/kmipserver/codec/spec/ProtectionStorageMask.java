// Generated from codec/src/spec/enums/protection-storage-mask.csv by io.kmipserver.codec.spec.generator.SpecGenerator — do not edit.
// Regenerate from the repository root: java codec/src/test/java/io/kmipserver/codec/spec/generator/SpecGenerator.java
package io.kmipserver.codec.spec;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;

/**
 * Protection Storage Mask bit mask (KMIP 2.0 §12.2; 2.1 §12.2).
 * Carried by the tag Protection Storage Mask ({@link Tag#PROTECTION_STORAGE_MASK}, an Integer whose set bits are these values).
 *
 * <p>The spec table also has the non-numeric rows XXXXXXX0 (extension bits); {@link #unknownBits(int)} finds bits outside the named ones.
 *
 * <p>Constant names: see the package documentation.
 */
public enum ProtectionStorageMask implements KmipMaskBit {
    /** Software, 0x00000001, KMIP 2.0–2.1. */
    SOFTWARE(0x00000001, "Software", "Software", "2.0 2.1"),
    /** Hardware, 0x00000002, KMIP 2.0–2.1. */
    HARDWARE(0x00000002, "Hardware", "Hardware", "2.0 2.1"),
    /** On Processor, 0x00000004, KMIP 2.0–2.1. */
    ON_PROCESSOR(0x00000004, "On Processor", "OnProcessor", "2.0 2.1"),
    /** On System, 0x00000008, KMIP 2.0–2.1. */
    ON_SYSTEM(0x00000008, "On System", "OnSystem", "2.0 2.1"),
    /** Off System, 0x00000010, KMIP 2.0–2.1. */
    OFF_SYSTEM(0x00000010, "Off System", "OffSystem", "2.0 2.1"),
    /** Hypervisor, 0x00000020, KMIP 2.0–2.1. */
    HYPERVISOR(0x00000020, "Hypervisor", "Hypervisor", "2.0 2.1"),
    /** Operating System, 0x00000040, KMIP 2.0–2.1. */
    OPERATING_SYSTEM(0x00000040, "Operating System", "OperatingSystem", "2.0 2.1"),
    /** Container, 0x00000080, KMIP 2.0–2.1. */
    CONTAINER(0x00000080, "Container", "Container", "2.0 2.1"),
    /** On Premises, 0x00000100, KMIP 2.0–2.1. */
    ON_PREMISES(0x00000100, "On Premises", "OnPremises", "2.0 2.1"),
    /** Off Premises, 0x00000200, KMIP 2.0–2.1. */
    OFF_PREMISES(0x00000200, "Off Premises", "OffPremises", "2.0 2.1"),
    /** Self Managed, 0x00000400, KMIP 2.0–2.1. */
    SELF_MANAGED(0x00000400, "Self Managed", "SelfManaged", "2.0 2.1"),
    /** Outsourced, 0x00000800, KMIP 2.0–2.1. */
    OUTSOURCED(0x00000800, "Outsourced", "Outsourced", "2.0 2.1"),
    /** Validated, 0x00001000, KMIP 2.0–2.1. */
    VALIDATED(0x00001000, "Validated", "Validated", "2.0 2.1"),
    /** Same Jurisdiction, 0x00002000, KMIP 2.0–2.1. */
    SAME_JURISDICTION(0x00002000, "Same Jurisdiction", "SameJurisdiction", "2.0 2.1");

    /** The tag that carries this mask. */
    public static final int TAG = Tag.PROTECTION_STORAGE_MASK;

    private static final ProtectionStorageMask[] VALUES = values();
    private static final Map<String, ProtectionStorageMask> BY_XML_NAME = SpecSupport.byXmlName(VALUES, Map.of());
    private static final int ALL_BITS = SpecSupport.allBits(VALUES);

    private final int value;
    private final String specName;
    private final String xmlName;
    private final int versions;
    private final KmipVersion firstVersion;
    private final KmipVersion lastVersion;
    private final String[] namesByVersion;

    ProtectionStorageMask(int value, String specName, String xmlName, String versions, String... renames) {
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
    public static ProtectionStorageMask fromValue(int value) {
        return switch (value) {
            case 0x00000001 -> SOFTWARE;
            case 0x00000002 -> HARDWARE;
            case 0x00000004 -> ON_PROCESSOR;
            case 0x00000008 -> ON_SYSTEM;
            case 0x00000010 -> OFF_SYSTEM;
            case 0x00000020 -> HYPERVISOR;
            case 0x00000040 -> OPERATING_SYSTEM;
            case 0x00000080 -> CONTAINER;
            case 0x00000100 -> ON_PREMISES;
            case 0x00000200 -> OFF_PREMISES;
            case 0x00000400 -> SELF_MANAGED;
            case 0x00000800 -> OUTSOURCED;
            case 0x00001000 -> VALIDATED;
            case 0x00002000 -> SAME_JURISDICTION;
            default -> null;
        };
    }

    /**
     * The value with this XML/JSON name (e.g. {@code "Software"}), or {@code null}.
     */
    public static ProtectionStorageMask fromXmlName(String xmlName) {
        return xmlName == null ? null : BY_XML_NAME.get(xmlName);
    }

    /** The Integer mask with the given bits set. */
    public static int toMask(Collection<ProtectionStorageMask> bits) {
        return SpecSupport.toMask(bits);
    }

    /** The named bits set in {@code mask}; see {@link #unknownBits(int)} for the others. */
    public static EnumSet<ProtectionStorageMask> fromMask(int mask) {
        return SpecSupport.fromMask(ProtectionStorageMask.class, VALUES, mask);
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
        for (ProtectionStorageMask b : VALUES) {
            if (b.knownIn(version)) {
                known |= b.value;
            }
        }
        return mask & ~known;
    }
}

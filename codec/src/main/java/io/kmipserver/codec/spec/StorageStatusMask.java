// Generated from codec/src/spec/enums/storage-status-mask.csv by io.kmipserver.codec.spec.generator.SpecGenerator — do not edit.
// Regenerate from the repository root: java codec/src/test/java/io/kmipserver/codec/spec/generator/SpecGenerator.java
package io.kmipserver.codec.spec;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;

/**
 * Storage Status Mask bit mask (KMIP 1.0 §9.1.3.3.2; 1.1 §9.1.3.3.2; 1.2 §9.1.3.3.2; 1.3 §9.1.3.3.2; 1.4 §9.1.3.3.2; 2.0 §12.3; 2.1 §12.3).
 * Carried by the tag Storage Status Mask ({@link Tag#STORAGE_STATUS_MASK}, an Integer whose set bits are these values).
 *
 * <p>The spec table also has the non-numeric rows XXXXXXX0 (extension bits); {@link #unknownBits(int)} finds bits outside the named ones.
 *
 * <p>Constant names: see the package documentation.
 */
public enum StorageStatusMask implements KmipMaskBit {
    /** On-line storage, 0x00000001, KMIP 1.0–2.1. */
    ON_LINE_STORAGE(0x00000001, "On-line storage", "OnLineStorage", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Archival storage, 0x00000002, KMIP 1.0–2.1. */
    ARCHIVAL_STORAGE(0x00000002, "Archival storage", "ArchivalStorage", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Destroyed storage, 0x00000004, KMIP 2.0–2.1. */
    DESTROYED_STORAGE(0x00000004, "Destroyed storage", "DestroyedStorage", "2.0 2.1");

    /** The tag that carries this mask. */
    public static final int TAG = Tag.STORAGE_STATUS_MASK;

    private static final StorageStatusMask[] VALUES = values();
    private static final Map<String, StorageStatusMask> BY_XML_NAME = SpecSupport.byXmlName(VALUES, Map.of());
    private static final int ALL_BITS = SpecSupport.allBits(VALUES);

    private final int value;
    private final String specName;
    private final String xmlName;
    private final int versions;
    private final KmipVersion firstVersion;
    private final KmipVersion lastVersion;
    private final String[] namesByVersion;

    StorageStatusMask(int value, String specName, String xmlName, String versions, String... renames) {
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
    public static StorageStatusMask fromValue(int value) {
        return switch (value) {
            case 0x00000001 -> ON_LINE_STORAGE;
            case 0x00000002 -> ARCHIVAL_STORAGE;
            case 0x00000004 -> DESTROYED_STORAGE;
            default -> null;
        };
    }

    /**
     * The value with this XML/JSON name (e.g. {@code "OnLineStorage"}), or {@code null}.
     */
    public static StorageStatusMask fromXmlName(String xmlName) {
        return xmlName == null ? null : BY_XML_NAME.get(xmlName);
    }

    /** The Integer mask with the given bits set. */
    public static int toMask(Collection<StorageStatusMask> bits) {
        return SpecSupport.toMask(bits);
    }

    /** The named bits set in {@code mask}; see {@link #unknownBits(int)} for the others. */
    public static EnumSet<StorageStatusMask> fromMask(int mask) {
        return SpecSupport.fromMask(StorageStatusMask.class, VALUES, mask);
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
        for (StorageStatusMask b : VALUES) {
            if (b.knownIn(version)) {
                known |= b.value;
            }
        }
        return mask & ~known;
    }
}

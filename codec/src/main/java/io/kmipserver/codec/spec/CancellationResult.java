// Generated from codec/src/spec/enums/cancellation-result.csv by io.kmipserver.codec.spec.generator.SpecGenerator — do not edit.
// Regenerate from the repository root: java codec/src/test/java/io/kmipserver/codec/spec/generator/SpecGenerator.java
package io.kmipserver.codec.spec;

import java.util.Map;

/**
 * Cancellation Result enumeration (KMIP 1.0 §9.1.3.2.24; 1.1 §9.1.3.2.25; 1.2 §9.1.3.2.25; 1.3 §9.1.3.2.25; 1.4 §9.1.3.2.25; 2.0 §11.7; 2.1 §11.7).
 * Carried by the tag Cancellation Result ({@link Tag#CANCELLATION_RESULT}).
 *
 * <p>Values 8XXXXXXX are vendor extensions; {@link #fromValue(int)} returns {@code null} for them.
 *
 * <p>Constant names: see the package documentation.
 */
public enum CancellationResult implements KmipEnum {
    /** Canceled, 0x00000001, KMIP 1.0–2.1. */
    CANCELED(0x00000001, "Canceled", "Canceled", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Unable to Cancel, 0x00000002, KMIP 1.0–2.1. */
    UNABLE_TO_CANCEL(0x00000002, "Unable to Cancel", "UnableToCancel", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Completed, 0x00000003, KMIP 1.0–2.1. */
    COMPLETED(0x00000003, "Completed", "Completed", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Failed, 0x00000004, KMIP 1.0–2.1. */
    FAILED(0x00000004, "Failed", "Failed", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Unavailable, 0x00000005, KMIP 1.0–2.1. */
    UNAVAILABLE(0x00000005, "Unavailable", "Unavailable", "1.0 1.1 1.2 1.3 1.4 2.0 2.1");

    /** The tag that carries this enumeration. */
    public static final int TAG = Tag.CANCELLATION_RESULT;

    private static final CancellationResult[] VALUES = values();
    private static final Map<String, CancellationResult> BY_XML_NAME = SpecSupport.byXmlName(VALUES, Map.of());

    private final int value;
    private final String specName;
    private final String xmlName;
    private final int versions;
    private final KmipVersion firstVersion;
    private final KmipVersion lastVersion;
    private final String[] namesByVersion;

    CancellationResult(int value, String specName, String xmlName, String versions, String... renames) {
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
    public static CancellationResult fromValue(int value) {
        return switch (value) {
            case 0x00000001 -> CANCELED;
            case 0x00000002 -> UNABLE_TO_CANCEL;
            case 0x00000003 -> COMPLETED;
            case 0x00000004 -> FAILED;
            case 0x00000005 -> UNAVAILABLE;
            default -> null;
        };
    }

    /**
     * The value with this XML/JSON name (e.g. {@code "Canceled"}), or {@code null}.
     */
    public static CancellationResult fromXmlName(String xmlName) {
        return xmlName == null ? null : BY_XML_NAME.get(xmlName);
    }
}

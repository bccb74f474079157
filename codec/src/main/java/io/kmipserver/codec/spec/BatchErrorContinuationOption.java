// Generated from codec/src/spec/enums/batch-error-continuation-option.csv by io.kmipserver.codec.spec.generator.SpecGenerator — do not edit.
// Regenerate from the repository root: java codec/src/test/java/io/kmipserver/codec/spec/generator/SpecGenerator.java
package io.kmipserver.codec.spec;

import java.util.Map;

/**
 * Batch Error Continuation Option enumeration (KMIP 1.0 §9.1.3.2.29; 1.1 §9.1.3.2.30; 1.2 §9.1.3.2.30; 1.3 §9.1.3.2.30; 1.4 §9.1.3.2.30; 2.0 §11.5; 2.1 §11.5).
 * Carried by the tag Batch Error Continuation Option ({@link Tag#BATCH_ERROR_CONTINUATION_OPTION}).
 *
 * <p>Values 8XXXXXXX are vendor extensions; {@link #fromValue(int)} returns {@code null} for them.
 *
 * <p>Constant names: see the package documentation.
 */
public enum BatchErrorContinuationOption implements KmipEnum {
    /** Continue, 0x00000001, KMIP 1.0–2.1. */
    CONTINUE(0x00000001, "Continue", "Continue", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Stop, 0x00000002, KMIP 1.0–2.1. */
    STOP(0x00000002, "Stop", "Stop", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Undo, 0x00000003, KMIP 1.0–2.1. */
    UNDO(0x00000003, "Undo", "Undo", "1.0 1.1 1.2 1.3 1.4 2.0 2.1");

    /** The tag that carries this enumeration. */
    public static final int TAG = Tag.BATCH_ERROR_CONTINUATION_OPTION;

    private static final BatchErrorContinuationOption[] VALUES = values();
    private static final Map<String, BatchErrorContinuationOption> BY_XML_NAME = SpecSupport.byXmlName(VALUES, Map.of());

    private final int value;
    private final String specName;
    private final String xmlName;
    private final int versions;
    private final KmipVersion firstVersion;
    private final KmipVersion lastVersion;
    private final String[] namesByVersion;

    BatchErrorContinuationOption(int value, String specName, String xmlName, String versions, String... renames) {
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
    public static BatchErrorContinuationOption fromValue(int value) {
        return switch (value) {
            case 0x00000001 -> CONTINUE;
            case 0x00000002 -> STOP;
            case 0x00000003 -> UNDO;
            default -> null;
        };
    }

    /**
     * The value with this XML/JSON name (e.g. {@code "Continue"}), or {@code null}.
     */
    public static BatchErrorContinuationOption fromXmlName(String xmlName) {
        return xmlName == null ? null : BY_XML_NAME.get(xmlName);
    }
}

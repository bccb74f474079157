// Generated from codec/src/spec/enums/result-status.csv by io.kmipserver.codec.spec.generator.SpecGenerator — do not edit.
// Regenerate from the repository root: java codec/src/test/java/io/kmipserver/codec/spec/generator/SpecGenerator.java
package io.kmipserver.codec.spec;

import java.util.Map;

/**
 * Result Status enumeration (KMIP 1.0 §9.1.3.2.27; 1.1 §9.1.3.2.28; 1.2 §9.1.3.2.28; 1.3 §9.1.3.2.28; 1.4 §9.1.3.2.28; 2.0 §11.46; 2.1 §11.47).
 * Carried by the tag Result Status ({@link Tag#RESULT_STATUS}).
 *
 * <p>Values 8XXXXXXX are vendor extensions; {@link #fromValue(int)} returns {@code null} for them.
 *
 * <p>Constant names: see the package documentation.
 */
public enum ResultStatus implements KmipEnum {
    /** Success, 0x00000000, KMIP 1.0–2.1. */
    SUCCESS(0x00000000, "Success", "Success", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Operation Failed, 0x00000001, KMIP 1.0–2.1. */
    OPERATION_FAILED(0x00000001, "Operation Failed", "OperationFailed", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Operation Pending, 0x00000002, KMIP 1.0–2.1. */
    OPERATION_PENDING(0x00000002, "Operation Pending", "OperationPending", "1.0 1.1 1.2 1.3 1.4 2.0 2.1"),
    /** Operation Undone, 0x00000003, KMIP 1.0–2.1. */
    OPERATION_UNDONE(0x00000003, "Operation Undone", "OperationUndone", "1.0 1.1 1.2 1.3 1.4 2.0 2.1");

    /** The tag that carries this enumeration. */
    public static final int TAG = Tag.RESULT_STATUS;

    private static final ResultStatus[] VALUES = values();
    private static final Map<String, ResultStatus> BY_XML_NAME = SpecSupport.byXmlName(VALUES, Map.of());

    private final int value;
    private final String specName;
    private final String xmlName;
    private final int versions;
    private final KmipVersion firstVersion;
    private final KmipVersion lastVersion;
    private final String[] namesByVersion;

    ResultStatus(int value, String specName, String xmlName, String versions, String... renames) {
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
    public static ResultStatus fromValue(int value) {
        return switch (value) {
            case 0x00000000 -> SUCCESS;
            case 0x00000001 -> OPERATION_FAILED;
            case 0x00000002 -> OPERATION_PENDING;
            case 0x00000003 -> OPERATION_UNDONE;
            default -> null;
        };
    }

    /**
     * The value with this XML/JSON name (e.g. {@code "Success"}), or {@code null}.
     */
    public static ResultStatus fromXmlName(String xmlName) {
        return xmlName == null ? null : BY_XML_NAME.get(xmlName);
    }
}

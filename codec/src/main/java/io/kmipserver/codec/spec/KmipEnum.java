package io.kmipserver.codec.spec;

/**
 * One value of a KMIP enumeration (KMIP 1.4 §9.1.3.2, KMIP 2.1 §11). Every generated enumeration
 * type in this package implements it, so logging and the message model can treat them alike.
 *
 * <p>The Java constant names follow the newest spec name; the name a given version's table prints
 * is kept for display in {@link #specName(KmipVersion)}.
 */
public interface KmipEnum {

    /** The 32-bit value on the wire. */
    int value();

    /** The newest name the spec tables give this value, e.g. {@code "Re-key"}. */
    String specName();

    /**
     * The name the table of {@code version} prints for this value, e.g. {@code "Object archived"}
     * for Result Reason 0x0D in 1.x. Falls back to {@link #specName()} where the version does not
     * rename it (typos of a table are not names: MGF1 stays MGF1 in 2.x).
     */
    String specName(KmipVersion version);

    /**
     * The CamelCase name of the XML and JSON encodings (KMIP Additional Message Encodings v1.0
     * §4.1.3), e.g. {@code "ReKey"}.
     */
    String xmlName();

    /** The first version whose table lists this value. */
    KmipVersion firstVersion();

    /** The last version whose table lists this value, or {@code null} when it is still in 2.1. */
    KmipVersion lastVersion();

    /** True when the table of {@code version} lists this value. */
    boolean knownIn(KmipVersion version);

    /**
     * True for values in the extension range 8XXXXXXX, which every enumeration reserves for vendor
     * extensions (KMIP 1.4 §9.1.3.2, 2.1 §11).
     */
    static boolean isExtensionValue(int value) {
        return (value & 0xF0000000) == 0x80000000;
    }
}

package io.kmipserver.codec.spec;

/**
 * The KMIP protocol versions this registry covers, in release order. The spec tables of each
 * version (KMIP 1.x §9.1.3, KMIP 2.x §11–12) decide which tags and enumeration values exist in it.
 *
 * <p>A request carries its version in Protocol Version Major / Minor (KMIP 1.4 §6.1, 2.1 §9.1);
 * {@link #of(int, int)} maps those two integers without allocating, so the decoder can call it on
 * every message.
 */
public enum KmipVersion {
    V1_0(1, 0),
    V1_1(1, 1),
    V1_2(1, 2),
    V1_3(1, 3),
    V1_4(1, 4),
    V2_0(2, 0),
    V2_1(2, 1);

    private static final KmipVersion[] VALUES = values();

    private final int major;
    private final int minor;
    private final String label;

    KmipVersion(int major, int minor) {
        this.major = major;
        this.minor = minor;
        this.label = major + "." + minor;
    }

    /** Protocol Version Major. */
    public int major() {
        return major;
    }

    /** Protocol Version Minor. */
    public int minor() {
        return minor;
    }

    /** The version as the spec writes it, e.g. {@code "1.4"}. */
    public String label() {
        return label;
    }

    /** True for 2.0 and later, where attributes travel under their own tags (KMIP 2.1 §5). */
    public boolean is2x() {
        return major == 2;
    }

    /** True when this version is {@code other} or a later one. */
    public boolean isAtLeast(KmipVersion other) {
        return compareTo(other) >= 0;
    }

    /**
     * The version with this Protocol Version Major / Minor, or {@code null} when this server does not
     * know it (e.g. 3.0, or 1.5). Does not allocate.
     */
    public static KmipVersion of(int major, int minor) {
        for (KmipVersion v : VALUES) {
            if (v.major == major && v.minor == minor) {
                return v;
            }
        }
        return null;
    }

    /** The version for a label such as {@code "2.1"}, or {@code null} when unknown. */
    public static KmipVersion fromLabel(String label) {
        for (KmipVersion v : VALUES) {
            if (v.label.equals(label)) {
                return v;
            }
        }
        return null;
    }

    /** The newest version covered, KMIP 2.1. */
    public static KmipVersion latest() {
        return VALUES[VALUES.length - 1];
    }

    /** This version's bit in the version bit sets the generated enumerations keep. */
    int bit() {
        return 1 << ordinal();
    }
}

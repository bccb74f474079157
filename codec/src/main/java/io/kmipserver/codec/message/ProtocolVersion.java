package io.kmipserver.codec.message;

import io.kmipserver.codec.spec.KmipVersion;

/**
 * Protocol Version (KMIP 1.4 §6.1 Table 261, 2.1 §9.16 Table 421) as carried in a message header or
 * a Discover Versions payload. Any major / minor pair is representable, so that a request of an
 * unknown version can still be answered in its own version.
 *
 * <p>{@link #of(int, int)} returns shared instances for the versions KMIP defines, so decoding does
 * not allocate one per message.
 */
public record ProtocolVersion(int major, int minor) {

    public static final ProtocolVersion V1_0 = new ProtocolVersion(1, 0);
    public static final ProtocolVersion V1_1 = new ProtocolVersion(1, 1);
    public static final ProtocolVersion V1_2 = new ProtocolVersion(1, 2);
    public static final ProtocolVersion V1_3 = new ProtocolVersion(1, 3);
    public static final ProtocolVersion V1_4 = new ProtocolVersion(1, 4);
    public static final ProtocolVersion V2_0 = new ProtocolVersion(2, 0);
    public static final ProtocolVersion V2_1 = new ProtocolVersion(2, 1);

    private static final ProtocolVersion[] KNOWN = {V1_0, V1_1, V1_2, V1_3, V1_4, V2_0, V2_1};

    /** The version {@code major.minor}: a shared instance when KMIP defines it. */
    public static ProtocolVersion of(int major, int minor) {
        for (ProtocolVersion v : KNOWN) {
            if (v.major == major && v.minor == minor) {
                return v;
            }
        }
        return new ProtocolVersion(major, minor);
    }

    /** The shared instance for a registry version. */
    public static ProtocolVersion of(KmipVersion version) {
        return KNOWN[version.ordinal()];
    }

    /** The registry version with exactly this major and minor, or {@code null}. */
    public KmipVersion kmipVersion() {
        return KmipVersion.of(major, minor);
    }

    /**
     * The version whose rules decode and encode messages of this version, or {@code null} when
     * the major version is unsupported. An exact match decodes strictly; a newer minor version of a
     * known major (e.g. 1.5, 2.2) is read by the newest known minor of that major, whose unknown
     * fields are ignored as KMIP 1.4 §11.1 Table 327 requires ("same major version, different minor
     * versions: ignore unknown fields").
     */
    public KmipVersion rules() {
        KmipVersion exact = kmipVersion();
        if (exact != null) {
            return exact;
        }
        if (major == 1 && minor > 4) {
            return KmipVersion.V1_4;
        }
        if (major == 2 && minor > 1) {
            return KmipVersion.V2_1;
        }
        return null;
    }

    @Override
    public String toString() {
        return major + "." + minor;
    }
}

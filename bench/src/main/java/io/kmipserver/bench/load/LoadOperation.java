package io.kmipserver.bench.load;

import java.util.Locale;

/**
 * The KMIP operations the load generator sends, named as they appear in {@code --mix}, the table
 * and the JSON report.
 */
public enum LoadOperation {
    /** Create an AES-256 symmetric key (KMIP 1.4 §4.1). */
    CREATE(true),
    /** Activate a Pre-Active key (KMIP 1.4 §4.19); lifecycle and pool set-up only. */
    ACTIVATE(false),
    /** Get a key in its stored format (KMIP 1.4 §4.11). */
    GET(true),
    /** Revoke with reason Cessation of Operation, Active → Deactivated (KMIP 1.4 §4.20); lifecycle only. */
    REVOKE(false),
    /** Destroy a Deactivated key (KMIP 1.4 §4.21); lifecycle only. */
    DESTROY(false),
    /**
     * Discover Versions (KMIP 1.4 §4.26): no store access, so it measures transport, TLS and codec
     * alone.
     */
    DISCOVER(true);

    private final boolean mixable;

    LoadOperation(boolean mixable) {
        this.mixable = mixable;
    }

    /** True when the operation can stand alone in a {@code --mix} (it needs no object in a given state). */
    public boolean mixable() {
        return mixable;
    }

    /** The lower-case name used on the command line and in reports, e.g. {@code get}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The operation named {@code label}, ignoring case.
     *
     * @throws IllegalArgumentException naming the accepted labels
     */
    public static LoadOperation fromLabel(String label) {
        for (LoadOperation op : values()) {
            if (op.label().equalsIgnoreCase(label.trim())) {
                return op;
            }
        }
        throw new IllegalArgumentException("unknown operation '" + label + "'; expected one of get, create, discover");
    }
}

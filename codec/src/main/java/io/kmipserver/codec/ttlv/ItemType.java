package io.kmipserver.codec.ttlv;

/**
 * The TTLV item types (KMIP 1.4 §9.1.1.2, Table 192; KMIP 2.1 §10.1.2). The type byte follows the
 * three tag bytes of every item.
 */
public enum ItemType {
    STRUCTURE(0x01, "Structure"),
    INTEGER(0x02, "Integer"),
    LONG_INTEGER(0x03, "Long Integer"),
    BIG_INTEGER(0x04, "Big Integer"),
    ENUMERATION(0x05, "Enumeration"),
    BOOLEAN(0x06, "Boolean"),
    TEXT_STRING(0x07, "Text String"),
    BYTE_STRING(0x08, "Byte String"),
    DATE_TIME(0x09, "Date-Time"),
    INTERVAL(0x0A, "Interval"),
    /** KMIP 2.0 and later only. */
    DATE_TIME_EXTENDED(0x0B, "Date-Time Extended");

    private static final ItemType[] BY_CODE = new ItemType[0x0C];

    static {
        for (ItemType t : values()) {
            BY_CODE[t.code] = t;
        }
    }

    private final int code;
    private final String specName;

    ItemType(int code, String specName) {
        this.code = code;
        this.specName = specName;
    }

    /** The wire type byte. */
    public int code() {
        return code;
    }

    /** The name the spec tables use, e.g. {@code "Text String"}. */
    public String specName() {
        return specName;
    }

    /** The type for a wire type byte, or {@code null} when the byte names no type. */
    public static ItemType fromCode(int code) {
        return code >= 0 && code < BY_CODE.length ? BY_CODE[code] : null;
    }

    /** The type for a spec table name such as {@code "Date-Time"}, or {@code null}. */
    public static ItemType fromSpecName(String name) {
        for (ItemType t : values()) {
            if (t.specName.equalsIgnoreCase(name)) {
                return t;
            }
        }
        return null;
    }

    /**
     * The fixed value length of this type, or -1 where the length varies (Structure, Big Integer,
     * Text String, Byte String). KMIP 1.4 §9.1.1.4.
     */
    public int fixedLength() {
        return switch (this) {
            case INTEGER, ENUMERATION, INTERVAL -> 4;
            case LONG_INTEGER, BOOLEAN, DATE_TIME, DATE_TIME_EXTENDED -> 8;
            default -> -1;
        };
    }
}

package io.kmipserver.codec.object;

import io.kmipserver.codec.spec.ObjectType;
import java.util.Arrays;

/**
 * Opaque Object (KMIP 1.4 §2.2.8 Table 52, 2.1 §2.3): bytes the server does not interpret.
 *
 * @param opaqueDataType the Opaque Data Type as its raw value: the spec defines no values, only
 *     the extension range 8XXXXXXX (KMIP 1.4 §9.1.3.2.10), so it is not an enum
 * @param value the Opaque Data Value; {@link #toString()} prints only its length
 */
public record OpaqueObject(int opaqueDataType, byte[] value) implements ManagedObject {

    public OpaqueObject {
        if (value == null) {
            throw new NullPointerException("value");
        }
    }

    @Override
    public ObjectType objectType() {
        return ObjectType.OPAQUE_OBJECT;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OpaqueObject x && x.opaqueDataType == opaqueDataType && Arrays.equals(x.value, value);
    }

    @Override
    public int hashCode() {
        return 31 * opaqueDataType + Arrays.hashCode(value);
    }

    @Override
    public String toString() {
        return "OpaqueObject[opaqueDataType=0x" + Integer.toHexString(opaqueDataType) + ", valueLength=" + value.length + "]";
    }
}

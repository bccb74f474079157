package io.kmipserver.codec.object;

import io.kmipserver.codec.spec.CertificateType;
import io.kmipserver.codec.spec.ObjectType;
import java.util.Arrays;
import java.util.Objects;

/**
 * Certificate (KMIP 1.4 §2.2.1 Table 45, 2.1 §2.1): Certificate Type + the DER-encoded value.
 */
public record Certificate(CertificateType certificateType, byte[] value) implements ManagedObject {

    public Certificate {
        Objects.requireNonNull(certificateType, "certificateType");
        Objects.requireNonNull(value, "value");
    }

    @Override
    public ObjectType objectType() {
        return ObjectType.CERTIFICATE;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Certificate c && c.certificateType == certificateType && Arrays.equals(c.value, value);
    }

    @Override
    public int hashCode() {
        return 31 * certificateType.hashCode() + Arrays.hashCode(value);
    }

    @Override
    public String toString() {
        return "Certificate[certificateType=" + certificateType + ", valueLength=" + value.length + "]";
    }
}

package io.kmipserver.server.store;

import io.kmipserver.server.keys.ProtectedMaterial;
import java.util.Objects;

/**
 * An object's key material as the store keeps it: always a {@link ProtectedMaterial} (never
 * plaintext), with the KMIP Key Format Type (1.4 §9.1.3.2.3) its plaintext has, or 0 for data without
 * a key format (Opaque Object).
 */
public record StoredMaterial(int format, ProtectedMaterial material) {

    public StoredMaterial {
        Objects.requireNonNull(material, "material");
        if (format < 0) {
            throw new IllegalArgumentException("format must not be negative");
        }
    }
}

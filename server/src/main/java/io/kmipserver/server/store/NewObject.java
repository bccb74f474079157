package io.kmipserver.server.store;

import java.util.List;
import java.util.Objects;

/**
 * A Managed Object to insert. The attributes must include Object Type, State and Initial Date (the
 * store derives its summary columns from them and refuses an object without them); Last Change Date
 * defaults to Initial Date. Instances of one key get Attribute Indexes 0, 1, … in list order.
 *
 * @param uniqueIdentifier the KMIP Unique Identifier, chosen by the caller (a UUID), at most 64 chars
 * @param material the protected key material, or {@code null} for an object without any
 */
public record NewObject(String uniqueIdentifier, String adapterId, List<AttributeValue> attributes,
        StoredMaterial material) {

    public NewObject {
        Objects.requireNonNull(uniqueIdentifier, "uniqueIdentifier");
        Objects.requireNonNull(adapterId, "adapterId");
        if (uniqueIdentifier.isEmpty() || uniqueIdentifier.length() > 64) {
            throw new IllegalArgumentException("unique identifier must be 1-64 characters");
        }
        attributes = List.copyOf(attributes);
    }
}

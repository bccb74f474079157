package io.kmipserver.server.store;

import java.util.List;

/**
 * What {@link StoreTransaction#updateObject} did.
 *
 * @param version the object's new row version
 * @param affected per change, in order: the instance written (Add, Replace, Modify — with the index
 *     the store gave it) or removed (Delete; for DeleteAll every removed instance), so that Add,
 *     Modify and Delete Attribute responses can echo them
 */
public record UpdateResult(long version, List<StoredAttribute> affected) {

    public UpdateResult {
        affected = List.copyOf(affected);
    }
}

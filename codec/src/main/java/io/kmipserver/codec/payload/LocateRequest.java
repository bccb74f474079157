package io.kmipserver.codec.payload;

import io.kmipserver.codec.attribute.Attributes;
import io.kmipserver.codec.spec.ObjectGroupMember;
import io.kmipserver.codec.spec.Operation;

/**
 * Locate request: find objects whose attributes match all those given; no attribute matches every object.
 *
 * <p>KMIP 1.4 §4.9 Table 190, 2.1 §6.1.28 Table 247.
 *
 * @param maximumItems Maximum Items, or {@code null}
 * @param offsetItems Offset Items (1.3+), or {@code null}
 * @param storageStatusMask Storage Status Mask bits, or {@code null} (on-line only)
 * @param objectGroupMember Object Group Member, or {@code null}
 * @param attributes the attributes to match (1.x repeated Attribute, 2.x Attributes)
 */
public record LocateRequest(
        Integer maximumItems,
        Integer offsetItems,
        Integer storageStatusMask,
        ObjectGroupMember objectGroupMember,
        Attributes attributes) implements RequestPayload {

    public LocateRequest {
        attributes = attributes == null ? Attributes.EMPTY : attributes;
    }

    @Override
    public Operation operation() {
        return Operation.LOCATE;
    }
}

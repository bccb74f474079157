package io.kmipserver.codec.attribute;

import io.kmipserver.codec.spec.RevocationReasonCode;
import io.kmipserver.codec.spec.Tag;
import io.kmipserver.codec.ttlv.TtlvItem;
import java.util.Objects;

/**
 * Revocation Reason (KMIP 1.4 §3.31 Table 94, 2.1 §4.47): the attribute, and the field of the
 * Revoke request (KMIP 1.4 §4.20 Table 212, 2.1 §6.1.44 Table 295).
 *
 * @param code Revocation Reason Code; Key Compromise and CA Compromise move the object to
 *     Compromised, any other code to Deactivated
 * @param message the optional Revocation Message, or {@code null}
 */
public record RevocationReason(RevocationReasonCode code, String message) {

    public RevocationReason {
        Objects.requireNonNull(code, "code");
    }

    /** True for Key Compromise and CA Compromise (KMIP 1.4 §4.20). */
    public boolean isCompromise() {
        return code == RevocationReasonCode.KEY_COMPROMISE || code == RevocationReasonCode.CA_COMPROMISE;
    }

    /** Parses a Revocation Reason structure; throws {@link IllegalArgumentException} when malformed. */
    public static RevocationReason fromItem(TtlvItem item) {
        TtlvItem.Structure s = TtlvItems.structure(item);
        return new RevocationReason(TtlvItems.enumeration(s, Tag.REVOCATION_REASON_CODE, RevocationReasonCode::fromValue),
                TtlvItems.optText(s, Tag.REVOCATION_MESSAGE));
    }

    /** The Revocation Reason structure. */
    public TtlvItem.Structure toItem() {
        return TtlvItems.structureBuilder(Tag.REVOCATION_REASON)
                .enumeration(Tag.REVOCATION_REASON_CODE, code)
                .text(Tag.REVOCATION_MESSAGE, message)
                .build();
    }

    /** This reason as a Revocation Reason attribute. */
    public Attribute toAttribute() {
        return Attribute.of(toItem());
    }
}

package io.kmipserver.codec.message;

import io.kmipserver.codec.ttlv.TtlvItem;
import java.util.Objects;

/**
 * Message Extension of a batch item (KMIP 1.4 §6.16 Table 276, 2.1 §9.13 Table 418). A receiver
 * that does not understand a critical extension must reject the message (1.4 §11.1: Feature Not
 * Supported); a non-critical one may be ignored.
 *
 * @param vendorIdentification who defined it
 * @param criticalityIndicator True: must be understood
 * @param vendorExtension the vendor's structure, kept whole and unchecked
 */
public record MessageExtension(String vendorIdentification, boolean criticalityIndicator, TtlvItem vendorExtension) {

    public MessageExtension {
        Objects.requireNonNull(vendorIdentification, "vendorIdentification");
        Objects.requireNonNull(vendorExtension, "vendorExtension");
    }
}

package io.kmipserver.server.store;

import java.util.HexFormat;
import java.util.Objects;

/**
 * Names one attribute of a Managed Object in the store: a standard attribute by its tag (KMIP 2.1
 * §4, e.g. {@code Tag.NAME}), a vendor attribute by Vendor Identification and Attribute Name (KMIP 2.1
 * §4.60; a 1.x custom attribute {@code x-foo} arrives from the codec as vendor {@code x}).
 *
 * <p>Standard keys have {@code tag} set and both strings empty; vendor keys have {@code tag} 0 and
 * both strings non-empty. Use {@link #standard} and {@link #vendor}.
 */
public record AttributeKey(int tag, String vendorIdentification, String attributeName) {

    public AttributeKey {
        Objects.requireNonNull(vendorIdentification, "vendorIdentification");
        Objects.requireNonNull(attributeName, "attributeName");
        if (vendorIdentification.isEmpty()) {
            int prefix = tag >>> 16;
            if ((prefix != 0x42 && prefix != 0x54) || !attributeName.isEmpty()) {
                throw new IllegalArgumentException("a standard attribute key needs a 0x42xxxx/0x54xxxx tag and no name");
            }
        } else {
            if (tag != 0 || attributeName.isEmpty()) {
                throw new IllegalArgumentException("a vendor attribute key has tag 0 and a non-empty attribute name");
            }
            if (vendorIdentification.length() > 128 || attributeName.length() > 256) {
                throw new IllegalArgumentException("vendor identification (128) or attribute name (256) too long");
            }
        }
    }

    /** A standard attribute, e.g. {@code AttributeKey.standard(Tag.CRYPTOGRAPHIC_ALGORITHM)}. */
    public static AttributeKey standard(int tag) {
        return new AttributeKey(tag, "", "");
    }

    /** A vendor (custom) attribute, e.g. {@code AttributeKey.vendor("x", "purpose")}. */
    public static AttributeKey vendor(String vendorIdentification, String attributeName) {
        return new AttributeKey(0, vendorIdentification, attributeName);
    }

    public boolean isVendor() {
        return !vendorIdentification.isEmpty();
    }

    @Override
    public String toString() {
        return isVendor() ? vendorIdentification + "/" + attributeName : "0x" + HexFormat.of().toHexDigits(tag, 6);
    }
}

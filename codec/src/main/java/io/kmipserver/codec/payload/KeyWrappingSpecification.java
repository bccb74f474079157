package io.kmipserver.codec.payload;

import io.kmipserver.codec.attribute.CryptographicParameters;
import io.kmipserver.codec.attribute.TtlvItems;
import io.kmipserver.codec.spec.EncodingOption;
import io.kmipserver.codec.spec.Tag;
import io.kmipserver.codec.spec.WrappingMethod;
import io.kmipserver.codec.ttlv.TtlvItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Key Wrapping Specification (KMIP 1.4 §2.1.6 Table 12, 2.1 §7.18): the client asks for the
 * returned key to be wrapped. A server that does not wrap must see it to refuse it.
 *
 * @param wrappingMethod required
 * @param encryptionKeyInformation the wrapping key, or {@code null}
 * @param macSignatureKeyInformation the MAC / signing key, or {@code null}
 * @param attributeNames names of attributes to wrap with the key material, possibly empty
 * @param encodingOption {@code null} when absent, which means TTLV encoding
 */
public record KeyWrappingSpecification(
        WrappingMethod wrappingMethod,
        KeyInformation encryptionKeyInformation,
        KeyInformation macSignatureKeyInformation,
        List<String> attributeNames,
        EncodingOption encodingOption) {

    public KeyWrappingSpecification {
        Objects.requireNonNull(wrappingMethod, "wrappingMethod");
        attributeNames = attributeNames == null ? List.of() : List.copyOf(attributeNames);
    }

    /**
     * Encryption Key Information / MAC/Signature Key Information (KMIP 1.4 §2.1.5 Tables 10-11):
     * the key's Unique Identifier and optional Cryptographic Parameters.
     */
    public record KeyInformation(String uniqueIdentifier, CryptographicParameters cryptographicParameters) {
        public KeyInformation {
            Objects.requireNonNull(uniqueIdentifier, "uniqueIdentifier");
        }

        static KeyInformation fromItem(TtlvItem item) {
            if (item == null) {
                return null;
            }
            TtlvItem.Structure s = TtlvItems.structure(item);
            TtlvItem params = s.first(Tag.CRYPTOGRAPHIC_PARAMETERS);
            return new KeyInformation(TtlvItems.text(s, Tag.UNIQUE_IDENTIFIER),
                    params == null ? null : CryptographicParameters.fromItem(params));
        }

        TtlvItem.Structure toItem(int tag) {
            return TtlvItems.structureBuilder(tag)
                    .text(Tag.UNIQUE_IDENTIFIER, uniqueIdentifier)
                    .add(cryptographicParameters == null ? null : cryptographicParameters.toItem())
                    .build();
        }
    }

    /** Parses the structure; throws {@link IllegalArgumentException} when malformed. */
    public static KeyWrappingSpecification fromItem(TtlvItem item) {
        TtlvItem.Structure s = TtlvItems.structure(item);
        List<String> names = new ArrayList<>();
        for (TtlvItem child : s.items()) {
            if (child.tag() == Tag.ATTRIBUTE_NAME) {
                if (!(child instanceof TtlvItem.TextString t)) {
                    throw new IllegalArgumentException("Attribute Name is not a Text String");
                }
                names.add(t.value());
            }
        }
        return new KeyWrappingSpecification(
                TtlvItems.enumeration(s, Tag.WRAPPING_METHOD, WrappingMethod::fromValue),
                KeyInformation.fromItem(s.first(Tag.ENCRYPTION_KEY_INFORMATION)),
                KeyInformation.fromItem(s.first(Tag.MAC_SIGNATURE_KEY_INFORMATION)),
                names,
                TtlvItems.optEnumeration(s, Tag.ENCODING_OPTION, EncodingOption::fromValue));
    }

    /** The structure, fields in table order. */
    public TtlvItem.Structure toItem() {
        TtlvItems.StructureBuilder b = TtlvItems.structureBuilder(Tag.KEY_WRAPPING_SPECIFICATION)
                .enumeration(Tag.WRAPPING_METHOD, wrappingMethod)
                .add(encryptionKeyInformation == null ? null : encryptionKeyInformation.toItem(Tag.ENCRYPTION_KEY_INFORMATION))
                .add(macSignatureKeyInformation == null ? null
                        : macSignatureKeyInformation.toItem(Tag.MAC_SIGNATURE_KEY_INFORMATION));
        for (String name : attributeNames) {
            b.text(Tag.ATTRIBUTE_NAME, name);
        }
        return b.enumeration(Tag.ENCODING_OPTION, encodingOption).build();
    }
}

package io.kmipserver.codec.payload;

import io.kmipserver.codec.attribute.Attributes;
import io.kmipserver.codec.attribute.Name;
import io.kmipserver.codec.spec.Operation;
import io.kmipserver.codec.ttlv.TtlvItem;
import java.util.List;

/**
 * Create Key Pair request. Private / public attributes take precedence over common ones (KMIP 1.4 §4.2).
 *
 * <p>KMIP 1.4 §4.2 Table 166, 2.1 §6.1.9 Table 189.
 *
 * @param commonAttributes Common Template-Attribute / Common Attributes
 * @param privateKeyAttributes Private Key Template-Attribute / Private Key Attributes
 * @param publicKeyAttributes Public Key Template-Attribute / Public Key Attributes
 * @param commonTemplateNames 1.x only: names of Template objects to apply (Template-Attribute Name, deprecated since 1.3); empty when none
 * @param privateKeyTemplateNames 1.x only: names of Template objects to apply (Template-Attribute Name, deprecated since 1.3); empty when none
 * @param publicKeyTemplateNames 1.x only: names of Template objects to apply (Template-Attribute Name, deprecated since 1.3); empty when none
 * @param commonProtectionStorageMasks 2.x Common Protection Storage Masks, or {@code null}
 * @param privateProtectionStorageMasks 2.x Private Protection Storage Masks, or {@code null}
 * @param publicProtectionStorageMasks 2.x Public Protection Storage Masks, or {@code null}
 */
public record CreateKeyPairRequest(
        Attributes commonAttributes,
        Attributes privateKeyAttributes,
        Attributes publicKeyAttributes,
        List<Name> commonTemplateNames,
        List<Name> privateKeyTemplateNames,
        List<Name> publicKeyTemplateNames,
        TtlvItem commonProtectionStorageMasks,
        TtlvItem privateProtectionStorageMasks,
        TtlvItem publicProtectionStorageMasks) implements RequestPayload {

    public CreateKeyPairRequest {
        commonAttributes = commonAttributes == null ? Attributes.EMPTY : commonAttributes;
        privateKeyAttributes = privateKeyAttributes == null ? Attributes.EMPTY : privateKeyAttributes;
        publicKeyAttributes = publicKeyAttributes == null ? Attributes.EMPTY : publicKeyAttributes;
        commonTemplateNames = commonTemplateNames == null ? List.of() : List.copyOf(commonTemplateNames);
        privateKeyTemplateNames = privateKeyTemplateNames == null ? List.of() : List.copyOf(privateKeyTemplateNames);
        publicKeyTemplateNames = publicKeyTemplateNames == null ? List.of() : List.copyOf(publicKeyTemplateNames);
    }

    @Override
    public Operation operation() {
        return Operation.CREATE_KEY_PAIR;
    }
}

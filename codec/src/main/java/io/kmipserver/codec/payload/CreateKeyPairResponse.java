package io.kmipserver.codec.payload;

import io.kmipserver.codec.attribute.Attributes;
import io.kmipserver.codec.spec.Operation;
import java.util.Objects;

/**
 * Create Key Pair response.
 *
 * <p>KMIP 1.4 §4.2 Table 167, 2.1 §6.1.9 Table 190.
 *
 * @param privateKeyUniqueIdentifier the new private key
 * @param publicKeyUniqueIdentifier the new public key
 * @param privateKeyAttributes 1.x only: attributes set implicitly on the private key; empty when none
 * @param publicKeyAttributes 1.x only: attributes set implicitly on the public key; empty when none
 */
public record CreateKeyPairResponse(
        String privateKeyUniqueIdentifier,
        String publicKeyUniqueIdentifier,
        Attributes privateKeyAttributes,
        Attributes publicKeyAttributes) implements ResponsePayload {

    public CreateKeyPairResponse {
        Objects.requireNonNull(privateKeyUniqueIdentifier, "privateKeyUniqueIdentifier");
        Objects.requireNonNull(publicKeyUniqueIdentifier, "publicKeyUniqueIdentifier");
        privateKeyAttributes = privateKeyAttributes == null ? Attributes.EMPTY : privateKeyAttributes;
        publicKeyAttributes = publicKeyAttributes == null ? Attributes.EMPTY : publicKeyAttributes;
    }

    @Override
    public Operation operation() {
        return Operation.CREATE_KEY_PAIR;
    }
}

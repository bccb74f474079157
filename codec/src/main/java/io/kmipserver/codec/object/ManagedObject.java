package io.kmipserver.codec.object;

import io.kmipserver.codec.spec.ObjectType;

/**
 * A Managed Object as it travels in Register requests and Get responses (KMIP 1.4 §2.2, 2.1 §2).
 * The server's own object model is separate; this is the wire view.
 *
 * <p>{@code toString()} of every implementation prints lengths, never key material or secret bytes.
 */
public sealed interface ManagedObject
        permits SymmetricKey, PublicKey, PrivateKey, SecretData, OpaqueObject, Certificate, Template, RawObject {

    ObjectType objectType();
}

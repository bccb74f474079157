package io.kmipserver.codec.object;

/** The managed objects whose material sits in a Key Block (KMIP 1.4 §2.1.3, 2.1 §3.1). */
public sealed interface KeyBlockObject permits SymmetricKey, PublicKey, PrivateKey, SecretData {

    KeyBlock keyBlock();
}

package io.kmipserver.codec.payload;

import io.kmipserver.codec.spec.Operation;

/**
 * The payload of a request batch item (KMIP 1.4 §7.2 Table 283, 2.1 §8.3 Table 396): one record per operation, named {@code <Operation>Request}, or {@link RawPayload} for an operation the typed model does not cover.
 */
public sealed interface RequestPayload permits
        DiscoverVersionsRequest,
        QueryRequest,
        CreateRequest,
        CreateKeyPairRequest,
        RegisterRequest,
        ReKeyRequest,
        LocateRequest,
        CheckRequest,
        GetRequest,
        GetAttributesRequest,
        GetAttributeListRequest,
        AddAttributeRequest,
        SetAttributeRequest,
        ModifyAttributeRequest,
        DeleteAttributeRequest,
        ActivateRequest,
        RevokeRequest,
        DestroyRequest,
        EncryptRequest,
        DecryptRequest,
        SignRequest,
        SignatureVerifyRequest,
        MacRequest,
        RawPayload {

    /** The operation this payload belongs to; {@code null} only for a {@link RawPayload} of an undefined operation. */
    Operation operation();
}

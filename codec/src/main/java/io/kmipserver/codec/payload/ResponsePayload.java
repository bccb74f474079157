package io.kmipserver.codec.payload;

import io.kmipserver.codec.spec.Operation;

/**
 * The payload of a successful response batch item (KMIP 1.4 §7.2 Table 285, 2.1 §8.6 Table 399): one record per operation, named {@code <Operation>Response}, or {@link RawPayload}.
 */
public sealed interface ResponsePayload permits
        DiscoverVersionsResponse,
        QueryResponse,
        CreateResponse,
        CreateKeyPairResponse,
        RegisterResponse,
        ReKeyResponse,
        LocateResponse,
        CheckResponse,
        GetResponse,
        GetAttributesResponse,
        GetAttributeListResponse,
        AddAttributeResponse,
        SetAttributeResponse,
        ModifyAttributeResponse,
        DeleteAttributeResponse,
        ActivateResponse,
        RevokeResponse,
        DestroyResponse,
        EncryptResponse,
        DecryptResponse,
        SignResponse,
        SignatureVerifyResponse,
        MacResponse,
        RawPayload {

    /** The operation this payload belongs to; {@code null} only for a {@link RawPayload} of an undefined operation. */
    Operation operation();
}

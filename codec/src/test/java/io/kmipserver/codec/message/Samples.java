package io.kmipserver.codec.message;

import io.kmipserver.codec.attribute.Attribute;
import io.kmipserver.codec.attribute.AttributeKey;
import io.kmipserver.codec.attribute.Attributes;
import io.kmipserver.codec.attribute.CryptographicParameters;
import io.kmipserver.codec.attribute.Digest;
import io.kmipserver.codec.attribute.Link;
import io.kmipserver.codec.attribute.Name;
import io.kmipserver.codec.attribute.RevocationReason;
import io.kmipserver.codec.object.Certificate;
import io.kmipserver.codec.object.KeyBlock;
import io.kmipserver.codec.object.KeyMaterial;
import io.kmipserver.codec.object.KeyValue;
import io.kmipserver.codec.object.OpaqueObject;
import io.kmipserver.codec.object.PrivateKey;
import io.kmipserver.codec.object.PublicKey;
import io.kmipserver.codec.object.SecretData;
import io.kmipserver.codec.object.SymmetricKey;
import io.kmipserver.codec.payload.ActivateRequest;
import io.kmipserver.codec.payload.ActivateResponse;
import io.kmipserver.codec.payload.AddAttributeRequest;
import io.kmipserver.codec.payload.AddAttributeResponse;
import io.kmipserver.codec.payload.CheckRequest;
import io.kmipserver.codec.payload.CheckResponse;
import io.kmipserver.codec.payload.CreateKeyPairRequest;
import io.kmipserver.codec.payload.CreateKeyPairResponse;
import io.kmipserver.codec.payload.CreateRequest;
import io.kmipserver.codec.payload.CreateResponse;
import io.kmipserver.codec.payload.DecryptRequest;
import io.kmipserver.codec.payload.DecryptResponse;
import io.kmipserver.codec.payload.DeleteAttributeRequest;
import io.kmipserver.codec.payload.DeleteAttributeResponse;
import io.kmipserver.codec.payload.DestroyRequest;
import io.kmipserver.codec.payload.DestroyResponse;
import io.kmipserver.codec.payload.DiscoverVersionsRequest;
import io.kmipserver.codec.payload.DiscoverVersionsResponse;
import io.kmipserver.codec.payload.EncryptRequest;
import io.kmipserver.codec.payload.EncryptResponse;
import io.kmipserver.codec.payload.GetAttributeListRequest;
import io.kmipserver.codec.payload.GetAttributeListResponse;
import io.kmipserver.codec.payload.GetAttributesRequest;
import io.kmipserver.codec.payload.GetAttributesResponse;
import io.kmipserver.codec.payload.GetRequest;
import io.kmipserver.codec.payload.GetResponse;
import io.kmipserver.codec.payload.KeyWrappingSpecification;
import io.kmipserver.codec.payload.LocateRequest;
import io.kmipserver.codec.payload.LocateResponse;
import io.kmipserver.codec.payload.MacRequest;
import io.kmipserver.codec.payload.MacResponse;
import io.kmipserver.codec.payload.ModifyAttributeRequest;
import io.kmipserver.codec.payload.ModifyAttributeResponse;
import io.kmipserver.codec.payload.QueryRequest;
import io.kmipserver.codec.payload.QueryResponse;
import io.kmipserver.codec.payload.ReKeyRequest;
import io.kmipserver.codec.payload.ReKeyResponse;
import io.kmipserver.codec.payload.RegisterRequest;
import io.kmipserver.codec.payload.RegisterResponse;
import io.kmipserver.codec.payload.RequestPayload;
import io.kmipserver.codec.payload.ResponsePayload;
import io.kmipserver.codec.payload.RevokeRequest;
import io.kmipserver.codec.payload.RevokeResponse;
import io.kmipserver.codec.payload.SetAttributeRequest;
import io.kmipserver.codec.payload.SetAttributeResponse;
import io.kmipserver.codec.payload.SignRequest;
import io.kmipserver.codec.payload.SignResponse;
import io.kmipserver.codec.payload.SignatureVerifyRequest;
import io.kmipserver.codec.payload.SignatureVerifyResponse;
import io.kmipserver.codec.payload.UniqueIdentifierRef;
import io.kmipserver.codec.spec.AttestationType;
import io.kmipserver.codec.spec.BlockCipherMode;
import io.kmipserver.codec.spec.CertificateType;
import io.kmipserver.codec.spec.CryptographicAlgorithm;
import io.kmipserver.codec.spec.CryptographicUsageMask;
import io.kmipserver.codec.spec.EncodingOption;
import io.kmipserver.codec.spec.HashingAlgorithm;
import io.kmipserver.codec.spec.KeyFormatType;
import io.kmipserver.codec.spec.KmipVersion;
import io.kmipserver.codec.spec.LinkType;
import io.kmipserver.codec.spec.ObjectGroupMember;
import io.kmipserver.codec.spec.ObjectType;
import io.kmipserver.codec.spec.Operation;
import io.kmipserver.codec.spec.PaddingMethod;
import io.kmipserver.codec.spec.QueryFunction;
import io.kmipserver.codec.spec.RevocationReasonCode;
import io.kmipserver.codec.spec.SecretDataType;
import io.kmipserver.codec.spec.State;
import io.kmipserver.codec.spec.StorageStatusMask;
import io.kmipserver.codec.spec.Tag;
import io.kmipserver.codec.spec.UniqueIdentifierEnum;
import io.kmipserver.codec.spec.ValidityIndicator;
import io.kmipserver.codec.spec.WrappingMethod;
import io.kmipserver.codec.ttlv.TtlvItem;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * One hand-written request and response per typed operation, valid in the given version: every
 * optional field the version defines is set, so that a round trip exercises all of them.
 */
final class Samples {

    static final String UID = "1f165d65-cbbd-4bd6-9867-80e0b390acf9";
    static final byte[] BYTES = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16};
    static final Instant WHEN = Instant.ofEpochSecond(1_700_000_000L);

    private Samples() {
    }

    /** The attributes of a new AES key, with structured, custom and (2.x) version-specific ones. */
    static Attributes keyAttributes(KmipVersion v) {
        List<Attribute> list = new ArrayList<>(List.of(
                Attribute.enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, CryptographicAlgorithm.AES),
                Attribute.integer(Tag.CRYPTOGRAPHIC_LENGTH, 256),
                Attribute.integer(Tag.CRYPTOGRAPHIC_USAGE_MASK,
                        CryptographicUsageMask.toMask(EnumSet.of(CryptographicUsageMask.ENCRYPT, CryptographicUsageMask.DECRYPT))),
                Name.text("key-1").toAttribute(),
                new Link(LinkType.PARENT_LINK, "parent-1").toAttribute(),
                CryptographicParameters.of(BlockCipherMode.CBC, PaddingMethod.PKCS5).toAttribute(),
                Attribute.dateTime(Tag.ACTIVATION_DATE, WHEN),
                Attribute.text(Tag.OBJECT_GROUP, "group-1"),
                Attribute.vendor("x", "Purpose", new TtlvItem.TextString(Tag.ATTRIBUTE_VALUE, "demo"))));
        if (v.is2x()) {
            list.add(Attribute.bool(Tag.QUANTUM_SAFE, false));
            list.add(Attribute.vendor("acme.corp", "Color", new TtlvItem.IntegerItem(Tag.ATTRIBUTE_VALUE, 7)));
        }
        return Attributes.of(list);
    }

    /** Attributes as a 1.x server returns them: multi-instance ones with indices. */
    static Attributes returnedAttributes(KmipVersion v) {
        if (v.is2x()) {
            return keyAttributes(v).with(Attribute.enumeration(Tag.STATE, State.ACTIVE));
        }
        return Attributes.of(
                Attribute.enumeration(Tag.STATE, State.ACTIVE),
                Name.text("key-1").toAttribute().withIndex(0),
                Name.text("key-1b").toAttribute().withIndex(1),
                new Digest(HashingAlgorithm.SHA_256, BYTES, KeyFormatType.RAW).toAttribute());
    }

    private static TtlvItem masks(TtlvItem psm, int tag) {
        return psm == null ? null : new TtlvItem.Structure(tag, ((TtlvItem.Structure) psm).items());
    }

    static KeyBlock aesKey() {
        return KeyBlock.raw(BYTES, CryptographicAlgorithm.AES, 128);
    }

    static List<RequestPayload> requests(KmipVersion v) {
        boolean x2 = v.is2x();
        UniqueIdentifierRef uid = x2 ? new UniqueIdentifierRef.Enumerated(UniqueIdentifierEnum.ID_PLACEHOLDER)
                : UniqueIdentifierRef.of(UID);
        TtlvItem psm = x2 ? new TtlvItem.Structure(Tag.PROTECTION_STORAGE_MASKS,
                new TtlvItem.IntegerItem(Tag.PROTECTION_STORAGE_MASK, 1)) : null;
        List<Name> templates = x2 ? List.of() : List.of(Name.text("template-1"));
        Attribute single = Attribute.text(Tag.CONTACT_INFORMATION, "ops@example.com");
        List<RequestPayload> out = new ArrayList<>(List.of(
                new DiscoverVersionsRequest(List.of(ProtocolVersion.V2_1, ProtocolVersion.V1_4, ProtocolVersion.V1_0)),
                new QueryRequest(List.of(QueryFunction.QUERY_OPERATIONS, QueryFunction.QUERY_OBJECTS),
                        x2 ? new TtlvItem.Structure(Tag.OBJECT_GROUPS, new TtlvItem.TextString(Tag.OBJECT_GROUP, "g")) : null),
                new CreateRequest(ObjectType.SYMMETRIC_KEY, keyAttributes(v), templates, psm),
                new CreateKeyPairRequest(
                        Attributes.of(Attribute.enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, CryptographicAlgorithm.RSA),
                                Attribute.integer(Tag.CRYPTOGRAPHIC_LENGTH, 2048)),
                        Attributes.of(Name.text("priv").toAttribute()), Attributes.of(Name.text("pub").toAttribute()),
                        templates, List.of(), List.of(), masks(psm, Tag.COMMON_PROTECTION_STORAGE_MASKS),
                        masks(psm, Tag.PRIVATE_PROTECTION_STORAGE_MASKS), masks(psm, Tag.PUBLIC_PROTECTION_STORAGE_MASKS)),
                new RegisterRequest(ObjectType.SYMMETRIC_KEY, keyAttributes(v), templates, new SymmetricKey(aesKey()), psm),
                new RegisterRequest(ObjectType.SECRET_DATA, Attributes.EMPTY, List.of(), new SecretData(SecretDataType.PASSWORD,
                        new KeyBlock(KeyFormatType.OPAQUE, null, new KeyValue.Plain(new KeyMaterial.Raw(BYTES),
                                Attributes.of(Attribute.text(Tag.OBJECT_GROUP, "inside"))), null, null, null)), null),
                new RegisterRequest(ObjectType.OPAQUE_OBJECT, Attributes.EMPTY, List.of(),
                        new OpaqueObject(0x80000001, BYTES), null),
                new RegisterRequest(ObjectType.CERTIFICATE, Attributes.EMPTY, List.of(),
                        new Certificate(CertificateType.X_509, BYTES), null),
                new RegisterRequest(ObjectType.PRIVATE_KEY, Attributes.EMPTY, List.of(), new PrivateKey(new KeyBlock(
                        KeyFormatType.TRANSPARENT_RSA_PRIVATE_KEY, null, new KeyValue.Plain(new KeyMaterial.Structured(
                                new TtlvItem.Structure(Tag.KEY_MATERIAL,
                                        new TtlvItem.BigIntegerItem(Tag.MODULUS, BigInteger.valueOf(3233)),
                                        new TtlvItem.BigIntegerItem(Tag.PRIVATE_EXPONENT, BigInteger.valueOf(413))))),
                        CryptographicAlgorithm.RSA, 12, null)), null),
                new RegisterRequest(ObjectType.PUBLIC_KEY, Attributes.EMPTY, List.of(), new PublicKey(new KeyBlock(
                        KeyFormatType.X_509, null, new KeyValue.Wrapped(BYTES), CryptographicAlgorithm.RSA, 2048,
                        new TtlvItem.Structure(Tag.KEY_WRAPPING_DATA,
                                new TtlvItem.Enumeration(Tag.WRAPPING_METHOD, WrappingMethod.ENCRYPT.value()),
                                new TtlvItem.Structure(Tag.ENCRYPTION_KEY_INFORMATION,
                                        new TtlvItem.TextString(Tag.UNIQUE_IDENTIFIER, "kek")),
                                new TtlvItem.ByteString(Tag.IV_COUNTER_NONCE, BYTES)))), null),
                new ReKeyRequest(uid, 3600L, keyAttributes(v), templates, psm),
                new LocateRequest(10, 2, StorageStatusMask.toMask(EnumSet.of(StorageStatusMask.ON_LINE_STORAGE)),
                        ObjectGroupMember.GROUP_MEMBER_FRESH, keyAttributes(v)),
                new LocateRequest(null, null, null, null, Attributes.EMPTY),
                new CheckRequest(uid, 100L, 4, 86400L),
                new GetRequest(uid, KeyFormatType.RAW, null, null, new KeyWrappingSpecification(WrappingMethod.ENCRYPT,
                        new KeyWrappingSpecification.KeyInformation("kek", CryptographicParameters.of(BlockCipherMode.NISTKEYWRAP, null)),
                        null, List.of("Cryptographic Usage Mask"), EncodingOption.NO_ENCODING)),
                GetRequest.of(UID),
                new GetAttributesRequest(uid, List.of(AttributeKey.of(Tag.STATE), AttributeKey.of(Tag.NAME),
                        AttributeKey.vendor("x", "Purpose"))),
                new GetAttributesRequest(UniqueIdentifierRef.OMITTED, List.of()),
                new GetAttributeListRequest(uid),
                new AddAttributeRequest(uid, Name.text("alias").toAttribute()),
                new ModifyAttributeRequest(uid, x2 ? Name.text("alias").toAttribute() : null,
                        x2 ? Name.text("alias-2").toAttribute() : Name.text("alias-2").toAttribute().withIndex(1)),
                new DeleteAttributeRequest(uid, AttributeKey.of(Tag.NAME), x2 ? null : 1, null),
                new ActivateRequest(uid),
                new ActivateRequest(UniqueIdentifierRef.OMITTED),
                new RevokeRequest(uid, new RevocationReason(RevocationReasonCode.KEY_COMPROMISE, "lost laptop"), WHEN),
                new RevokeRequest(uid, new RevocationReason(RevocationReasonCode.CESSATION_OF_OPERATION, null), null),
                new DestroyRequest(uid),
                new EncryptRequest(uid, CryptographicParameters.of(BlockCipherMode.GCM, null), BYTES, BYTES, null, null, null,
                        BYTES),
                new EncryptRequest(UniqueIdentifierRef.of(UID), null, null, null, BYTES, true, false, null),
                new DecryptRequest(uid, CryptographicParameters.of(BlockCipherMode.GCM, null), BYTES, BYTES, null, null, null,
                        BYTES, BYTES),
                new SignRequest(uid, new CryptographicParameters(null, PaddingMethod.PSS, HashingAlgorithm.SHA_256, null,
                        null, CryptographicAlgorithm.RSA, null, null, null, null, null, null, null, 32, null, null, null, null),
                        BYTES, null, null, null, null),
                new SignRequest(uid, null, null, BYTES, BYTES, false, true),
                new SignatureVerifyRequest(uid, null, BYTES, null, BYTES, null, null, null),
                new MacRequest(uid, CryptographicParameters.of(null, null), BYTES, null, null, null)));
        if (x2) {
            out.add(new SetAttributeRequest(uid, Attribute.text(Tag.DESCRIPTION, "d")));
            out.add(new DeleteAttributeRequest(uid, null, null, single));
            out.add(new DeleteAttributeRequest(new UniqueIdentifierRef.Index(-1), AttributeKey.vendor("acme", "Color"),
                    null, null));
        }
        return out;
    }

    static List<ResponsePayload> responses(KmipVersion v) {
        boolean x2 = v.is2x();
        Attributes implicit = x2 ? Attributes.EMPTY
                : Attributes.of(Attribute.dateTime(Tag.INITIAL_DATE, WHEN), Attribute.enumeration(Tag.STATE, State.PRE_ACTIVE));
        List<ResponsePayload> out = new ArrayList<>(List.of(
                new DiscoverVersionsResponse(List.of(ProtocolVersion.V1_4, ProtocolVersion.V1_3)),
                new DiscoverVersionsResponse(List.of()),
                new QueryResponse(List.of(Operation.CREATE, Operation.GET), List.of(ObjectType.SYMMETRIC_KEY), "kmip-server",
                        new TtlvItem.Structure(Tag.SERVER_INFORMATION, new TtlvItem.TextString(Tag.SERVER_NAME, "node-1")),
                        List.of("ssl"), List.of(), List.of(AttestationType.TPM_QUOTE), List.of(), List.of(), List.of(),
                        List.of(), List.of(), null,
                        x2 ? new TtlvItem.Structure(Tag.PROTECTION_STORAGE_MASKS, List.of()) : null),
                new CreateResponse(ObjectType.SYMMETRIC_KEY, UID, implicit),
                new CreateKeyPairResponse("priv-1", "pub-1", implicit, implicit),
                new RegisterResponse(UID, implicit),
                new ReKeyResponse(UID, implicit),
                new LocateResponse(v.isAtLeast(KmipVersion.V1_3) ? 42 : null, List.of(UID, "other")),
                new LocateResponse(null, List.of()),
                new CheckResponse(UID, 5L, 4, 60L),
                new CheckResponse(null, null, null, null),
                new GetResponse(ObjectType.SYMMETRIC_KEY, UID, new SymmetricKey(aesKey())),
                new GetResponse(ObjectType.SYMMETRIC_KEY, UID, new SymmetricKey(new KeyBlock(
                        KeyFormatType.TRANSPARENT_SYMMETRIC_KEY, null,
                        new KeyValue.Plain(new KeyMaterial.TransparentSymmetricKey(BYTES)), CryptographicAlgorithm.AES, 128,
                        null))),
                new GetAttributesResponse(UID, returnedAttributes(v)),
                new GetAttributeListResponse(UID, List.of(AttributeKey.of(Tag.STATE), AttributeKey.of(Tag.NAME),
                        AttributeKey.vendor("x", "Purpose"))),
                new AddAttributeResponse(UID, x2 ? null : Name.text("alias").toAttribute().withIndex(2)),
                new ModifyAttributeResponse(UID, x2 ? null : Name.text("alias-2").toAttribute().withIndex(1)),
                new DeleteAttributeResponse(UID, x2 ? null : Name.text("alias").toAttribute()),
                new ActivateResponse(UID),
                new RevokeResponse(UID),
                new DestroyResponse(UID),
                new EncryptResponse(UID, BYTES, BYTES, null, BYTES),
                new DecryptResponse(UID, BYTES, BYTES),
                new SignResponse(UID, BYTES, null),
                new SignatureVerifyResponse(UID, ValidityIndicator.VALID, null, null),
                new MacResponse(UID, BYTES, BYTES)));
        if (x2) {
            out.add(new SetAttributeResponse(UID));
        }
        return out;
    }
}

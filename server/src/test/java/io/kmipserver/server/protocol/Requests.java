package io.kmipserver.server.protocol;

import io.kmipserver.codec.attribute.Attribute;
import io.kmipserver.codec.attribute.AttributeKey;
import io.kmipserver.codec.attribute.Attributes;
import io.kmipserver.codec.attribute.Name;
import io.kmipserver.codec.attribute.RevocationReason;
import io.kmipserver.codec.object.KeyBlock;
import io.kmipserver.codec.object.SymmetricKey;
import io.kmipserver.codec.payload.ActivateRequest;
import io.kmipserver.codec.payload.CreateRequest;
import io.kmipserver.codec.payload.DestroyRequest;
import io.kmipserver.codec.payload.GetAttributesRequest;
import io.kmipserver.codec.payload.GetRequest;
import io.kmipserver.codec.payload.LocateRequest;
import io.kmipserver.codec.payload.RegisterRequest;
import io.kmipserver.codec.payload.RevokeRequest;
import io.kmipserver.codec.payload.UniqueIdentifierRef;
import io.kmipserver.codec.spec.CryptographicAlgorithm;
import io.kmipserver.codec.spec.CryptographicUsageMask;
import io.kmipserver.codec.spec.KeyFormatType;
import io.kmipserver.codec.spec.ObjectType;
import io.kmipserver.codec.spec.RevocationReasonCode;
import io.kmipserver.codec.spec.Tag;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/** Typed KMIP requests for tests, built the way a client would. */
public final class Requests {

    public static final int ENCRYPT_DECRYPT = CryptographicUsageMask.toMask(
            EnumSet.of(CryptographicUsageMask.ENCRYPT, CryptographicUsageMask.DECRYPT));

    private Requests() {
    }

    public static UniqueIdentifierRef uid(String id) {
        return UniqueIdentifierRef.of(id);
    }

    /** Create of an AES key with usage Encrypt+Decrypt and the extra attributes. */
    public static CreateRequest createAes(int bits, Attribute... extra) {
        List<Attribute> list = new ArrayList<>(List.of(
                Attribute.enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, CryptographicAlgorithm.AES),
                Attribute.integer(Tag.CRYPTOGRAPHIC_LENGTH, bits),
                Attribute.integer(Tag.CRYPTOGRAPHIC_USAGE_MASK, ENCRYPT_DECRYPT)));
        list.addAll(List.of(extra));
        return new CreateRequest(ObjectType.SYMMETRIC_KEY, Attributes.of(list), List.of(), null);
    }

    public static CreateRequest create(Attribute... attributes) {
        return new CreateRequest(ObjectType.SYMMETRIC_KEY, Attributes.of(attributes), List.of(), null);
    }

    public static Attribute name(String value) {
        return Name.text(value).toAttribute();
    }

    public static Attribute custom(String name, String value) {
        return Attribute.vendor("x", name, new io.kmipserver.codec.ttlv.TtlvItem.TextString(Tag.ATTRIBUTE_VALUE, value));
    }

    /** Register of a Raw AES key with the given bytes. */
    public static RegisterRequest registerAes(byte[] key, Attribute... extra) {
        List<Attribute> list = new ArrayList<>(List.of(
                Attribute.enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, CryptographicAlgorithm.AES),
                Attribute.integer(Tag.CRYPTOGRAPHIC_LENGTH, key.length * 8),
                Attribute.integer(Tag.CRYPTOGRAPHIC_USAGE_MASK, ENCRYPT_DECRYPT)));
        list.addAll(List.of(extra));
        return new RegisterRequest(ObjectType.SYMMETRIC_KEY, Attributes.of(list), List.of(),
                new SymmetricKey(KeyBlock.raw(key.clone(), CryptographicAlgorithm.AES, key.length * 8)), null);
    }

    public static GetRequest get(String id) {
        return GetRequest.of(id);
    }

    public static GetRequest get(String id, KeyFormatType format) {
        return new GetRequest(uid(id), format, null, null, null);
    }

    /** Get of the ID Placeholder (Unique Identifier omitted). */
    public static GetRequest getPlaceholder() {
        return new GetRequest(UniqueIdentifierRef.OMITTED, null, null, null, null);
    }

    public static ActivateRequest activate(String id) {
        return new ActivateRequest(id == null ? UniqueIdentifierRef.OMITTED : uid(id));
    }

    public static DestroyRequest destroy(String id) {
        return new DestroyRequest(id == null ? UniqueIdentifierRef.OMITTED : uid(id));
    }

    public static RevokeRequest revoke(String id, RevocationReasonCode code) {
        return new RevokeRequest(uid(id), new RevocationReason(code, null), null);
    }

    public static GetAttributesRequest getAttributes(String id, AttributeKey... keys) {
        return new GetAttributesRequest(uid(id), List.of(keys));
    }

    public static LocateRequest locate(Attribute... attributes) {
        return new LocateRequest(null, null, null, null, Attributes.of(attributes));
    }
}

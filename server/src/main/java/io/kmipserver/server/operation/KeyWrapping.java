package io.kmipserver.server.operation;

import io.kmipserver.codec.attribute.CryptographicParameters;
import io.kmipserver.codec.attribute.TtlvItems;
import io.kmipserver.codec.object.KeyBlock;
import io.kmipserver.codec.object.KeyMaterial;
import io.kmipserver.codec.object.KeyValue;
import io.kmipserver.codec.payload.KeyWrappingSpecification;
import io.kmipserver.codec.spec.BlockCipherMode;
import io.kmipserver.codec.spec.CryptographicAlgorithm;
import io.kmipserver.codec.spec.CryptographicUsageMask;
import io.kmipserver.codec.spec.EncodingOption;
import io.kmipserver.codec.spec.KmipVersion;
import io.kmipserver.codec.spec.ObjectType;
import io.kmipserver.codec.spec.ResultReason;
import io.kmipserver.codec.spec.State;
import io.kmipserver.codec.spec.Tag;
import io.kmipserver.codec.spec.WrappingMethod;
import io.kmipserver.codec.ttlv.TtlvItem;
import io.kmipserver.codec.ttlv.TtlvWriter;
import io.kmipserver.server.keys.KeyProtector;
import io.kmipserver.server.policy.Lifecycle;
import io.kmipserver.server.protocol.CryptographicFailureException;
import io.kmipserver.server.protocol.FeatureNotSupportedException;
import io.kmipserver.server.protocol.IllegalOperationException;
import io.kmipserver.server.protocol.InvalidFieldException;
import io.kmipserver.server.protocol.ItemNotFoundException;
import io.kmipserver.server.protocol.KmipException;
import io.kmipserver.server.protocol.OperationContext;
import io.kmipserver.server.protocol.PermissionDeniedException;
import io.kmipserver.server.store.ManagedObject;
import io.kmipserver.server.store.ObjectStore;
import io.kmipserver.server.store.StoredAttribute;
import io.kmipserver.server.store.StoredMaterial;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.List;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

/**
 * Get with a Key Wrapping Specification (KMIP 1.4 §2.1.5-2.1.6 Tables 9-12, §4.11; 2.1 §2.1.5-2.1.6,
 * §6.1.19): the key is returned encrypted under another AES key of the same adapter instead of in
 * the clear.
 *
 * <ul>
 *   <li>Wrapping Method Encrypt only, with Encryption Key Information; MAC/sign methods and wrapping
 *       attributes with the key (Attribute Name) are Feature Not Supported.</li>
 *   <li>The wrapping key: a Symmetric Key (AES) of the caller's adapter, Active (wrapping applies
 *       protection, which a Deactivated key "SHALL NOT" do: 2.1 §3.x State), with material and the
 *       Wrap Key bit in its Cryptographic Usage Mask.</li>
 *   <li>Cryptographic Parameters: those of the request must match one instance of the wrapping key's
 *       Cryptographic Parameters attribute; omitted, the lowest-indexed instance is used (1.4 §2.1.6).
 *       A 1.x key without the attribute is an error as 1.4 says; KMIP 2.x leaves the omitted case
 *       open, and there NIST Key Wrap is used.</li>
 *   <li>Block Cipher Mode NIST Key Wrap (RFC 3394) or AES Key Wrap Padding (RFC 5649), by the JDK's
 *       {@code AES/KW/NoPadding} and {@code AES/KWP/NoPadding}.</li>
 *   <li>Encoding Option TTLV Encoding (the default: the Key Value structure is wrapped) or No Encoding
 *       (the Key Material byte string alone; a structured Key Material has no such form: Encoding
 *       Option Error).</li>
 * </ul>
 * The wrapping key's plaintext lives only inside {@link #wrap} and is zeroed there. Errors follow 1.4
 * Table 338 and 2.1 Table 222.
 */
final class KeyWrapping {

    /** The attributes the wrapping-key checks read. */
    private static final List<Integer> ATTRIBUTES = List.of(Tag.CRYPTOGRAPHIC_USAGE_MASK, Tag.CRYPTOGRAPHIC_PARAMETERS);

    private KeyWrapping() {
    }

    /**
     * Refuses, before any key is touched, what this server does not do with a Key Wrapping
     * Specification.
     */
    static void checkSupported(KeyWrappingSpecification spec) {
        if (spec.wrappingMethod() != WrappingMethod.ENCRYPT) {
            throw new FeatureNotSupportedException("Wrapping Method " + spec.wrappingMethod().specName()
                    + " is not supported; only Encrypt is");
        }
        if (spec.encryptionKeyInformation() == null) {
            throw new InvalidFieldException("Wrapping Method Encrypt needs Encryption Key Information");
        }
        if (spec.macSignatureKeyInformation() != null) {
            throw new FeatureNotSupportedException("MAC/Signature Key Information is not supported");
        }
        if (!spec.attributeNames().isEmpty()) {
            throw new FeatureNotSupportedException("wrapping attributes with the key material is not supported");
        }
    }

    /**
     * The key block {@code plain} wrapped as {@code spec} asks. Records the wrapping key in the audit
     * target and request data.
     */
    static KeyBlock wrap(ObjectStore store, KeyProtector protector, OperationContext ctx,
            KeyWrappingSpecification spec, KeyBlock plain) {
        KmipVersion version = ctx.version();
        KeyWrappingSpecification.KeyInformation info = spec.encryptionKeyInformation();
        String wrappingUid = info.uniqueIdentifier();
        ctx.target(wrappingUid);
        ctx.request("wrappingMethod", spec.wrappingMethod().specName());
        ctx.request("wrappingKey", wrappingUid);
        EncodingOption encoding = spec.encodingOption() == null ? EncodingOption.TTLV_ENCODING : spec.encodingOption();
        byte[] input = wrappingInput(plain, encoding);
        try {
            var read = store.findWithMaterial(ctx.adapterId(), wrappingUid, ATTRIBUTES)
                    .orElseThrow(() -> notFound(version, "no wrapping key with Unique Identifier " + wrappingUid));
            ManagedObject key = read.object();
            checkUsable(version, key, read.attribute(Tag.CRYPTOGRAPHIC_USAGE_MASK).orElse(null), ctx);
            CryptographicParameters parameters = parameters(store, ctx, version, key, info.cryptographicParameters(),
                    read.attribute(Tag.CRYPTOGRAPHIC_PARAMETERS).orElse(null));
            String transformation = transformation(version, parameters);
            ctx.request("blockCipherMode", parameters.blockCipherMode().specName());
            StoredMaterial material = read.material();
            if (material == null) {
                throw destroyed(version, "the wrapping key has no material");
            }
            byte[] wrapped = encrypt(protector, ctx.adapterId(), wrappingUid, material, transformation, input);
            TtlvItem.Structure wrappingData = TtlvItems.structureBuilder(Tag.KEY_WRAPPING_DATA)
                    .enumeration(Tag.WRAPPING_METHOD, WrappingMethod.ENCRYPT)
                    .add(TtlvItems.structureBuilder(Tag.ENCRYPTION_KEY_INFORMATION)
                            .text(Tag.UNIQUE_IDENTIFIER, wrappingUid)
                            .add(parameters.toItem())
                            .build())
                    .enumeration(Tag.ENCODING_OPTION, spec.encodingOption())
                    .build();
            return new KeyBlock(plain.keyFormatType(), null, new KeyValue.Wrapped(wrapped),
                    plain.cryptographicAlgorithm(), plain.cryptographicLength(), wrappingData);
        } finally {
            Arrays.fill(input, (byte) 0);
        }
    }

    /** The plaintext to wrap: the TTLV Key Value structure, or the Key Material byte string alone. */
    private static byte[] wrappingInput(KeyBlock plain, EncodingOption encoding) {
        KeyMaterial material = ((KeyValue.Plain) plain.keyValue()).keyMaterial();
        if (encoding == EncodingOption.NO_ENCODING) {
            if (!(material instanceof KeyMaterial.Raw raw)) {
                throw new KmipException(ResultReason.ENCODING_OPTION_ERROR,
                        "No Encoding wraps a byte-string Key Material only; this key's is a structure");
            }
            return raw.bytes().clone();
        }
        TtlvItem keyMaterial;
        if (material instanceof KeyMaterial.Raw raw) {
            keyMaterial = new TtlvItem.ByteString(Tag.KEY_MATERIAL, raw.bytes());
        } else if (material instanceof KeyMaterial.TransparentSymmetricKey t) {
            keyMaterial = TtlvItems.structureBuilder(Tag.KEY_MATERIAL).bytes(Tag.KEY, t.key()).build();
        } else {
            keyMaterial = ((KeyMaterial.Structured) material).structure();
        }
        TtlvItem keyValue = TtlvItems.structureBuilder(Tag.KEY_VALUE).add(keyMaterial).build();
        ByteBuf buf = Unpooled.buffer(64);
        try {
            TtlvWriter.encode(keyValue, buf);
            return ByteBufUtil.getBytes(buf);
        } finally {
            buf.setZero(0, buf.capacity());
            buf.release();
        }
    }

    private static void checkUsable(KmipVersion version, ManagedObject key, TtlvItem usageMask, OperationContext ctx) {
        if (key.objectType() != ObjectType.SYMMETRIC_KEY.value()) {
            String m = "the wrapping key is a " + StoredObjects.objectType(key).specName() + ", not a Symmetric Key";
            throw version.is2x() ? new KmipException(ResultReason.INVALID_OBJECT_TYPE, m) : new IllegalOperationException(m);
        }
        if (key.cryptographicAlgorithm() == null || key.cryptographicAlgorithm() != CryptographicAlgorithm.AES.value()) {
            throw notAllowed(version, ResultReason.BAD_CRYPTOGRAPHIC_PARAMETERS, "only AES keys wrap");
        }
        State state = StoredObjects.effectiveState(key, ctx.now());
        if (Lifecycle.isDestroyed(state) || !key.hasMaterial()) {
            throw destroyed(version, "the wrapping key has been destroyed");
        }
        if (state != State.ACTIVE) {
            throw notAllowed(version, ResultReason.WRONG_KEY_LIFECYCLE_STATE,
                    "the wrapping key is " + state.specName() + ", not Active");
        }
        int mask = usageMask instanceof TtlvItem.IntegerItem i ? i.value() : 0;
        if ((mask & CryptographicUsageMask.WRAP_KEY.bit()) == 0) {
            throw notAllowed(version, ResultReason.INCOMPATIBLE_CRYPTOGRAPHIC_USAGE_MASK,
                    "the wrapping key's Cryptographic Usage Mask does not allow Wrap Key");
        }
    }

    /** The parameters to wrap with: the request's if the key has a matching instance, else the key's first. */
    private static CryptographicParameters parameters(ObjectStore store, OperationContext ctx, KmipVersion version,
            ManagedObject key, CryptographicParameters requested, TtlvItem first) {
        if (requested == null) {
            if (first != null) {
                return CryptographicParameters.fromItem(first);
            }
            if (version.is2x()) {
                return CryptographicParameters.of(BlockCipherMode.NISTKEYWRAP, null);
            }
            throw new ItemNotFoundException("the wrapping key has no Cryptographic Parameters attribute "
                    + "(KMIP 1.4 §2.1.6); give them in the request or add them to the key");
        }
        ManagedObject whole = store.findObject(ctx.adapterId(), key.uniqueIdentifier())
                .orElseThrow(() -> notFound(version, "no wrapping key with Unique Identifier " + key.uniqueIdentifier()));
        for (StoredAttribute a : whole.attributes()) {
            if (a.key().tag() == Tag.CRYPTOGRAPHIC_PARAMETERS && matches(requested, CryptographicParameters.fromItem(a.value()))) {
                return requested;
            }
        }
        String m = "the requested Cryptographic Parameters match none of the wrapping key's (KMIP 1.4 §2.1.6)";
        throw version.is2x() ? new KmipException(ResultReason.BAD_CRYPTOGRAPHIC_PARAMETERS, m) : new ItemNotFoundException(m);
    }

    /** Every wrapping-relevant field the request gives equals the key's. */
    private static boolean matches(CryptographicParameters requested, CryptographicParameters instance) {
        return same(requested.blockCipherMode(), instance.blockCipherMode())
                && same(requested.paddingMethod(), instance.paddingMethod())
                && same(requested.hashingAlgorithm(), instance.hashingAlgorithm())
                && same(requested.cryptographicAlgorithm(), instance.cryptographicAlgorithm());
    }

    private static boolean same(Object requested, Object instance) {
        return requested == null || requested.equals(instance);
    }

    private static String transformation(KmipVersion version, CryptographicParameters p) {
        BlockCipherMode mode = p.blockCipherMode() == null ? BlockCipherMode.NISTKEYWRAP : p.blockCipherMode();
        if (mode == BlockCipherMode.NISTKEYWRAP) {
            return "AES/KW/NoPadding";
        }
        if (mode == BlockCipherMode.AESKEYWRAPPADDING) {
            return "AES/KWP/NoPadding";
        }
        String m = "keys are wrapped with NIST Key Wrap or AES Key Wrap Padding, not " + mode.specName();
        throw version.is2x() ? new KmipException(ResultReason.BAD_CRYPTOGRAPHIC_PARAMETERS, m)
                : new FeatureNotSupportedException(m);
    }

    private static byte[] encrypt(KeyProtector protector, String adapterId, String wrappingUid, StoredMaterial material,
            String transformation, byte[] input) {
        MaterialEnvelope.Opened opened = KeyMaterials.unprotect(protector, adapterId, wrappingUid, material);
        byte[] kek = opened.material();
        try {
            Cipher cipher = Cipher.getInstance(transformation);
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(kek, "AES"));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            // NIST Key Wrap needs a multiple of 8 bytes, at least 16: say so without any key byte.
            throw new CryptographicFailureException("the key cannot be wrapped with " + transformation + " ("
                    + input.length + " bytes to wrap): " + e.getClass().getSimpleName());
        } finally {
            Arrays.fill(kek, (byte) 0);
        }
    }

    private static KmipException notFound(KmipVersion version, String message) {
        return version.is2x() ? new KmipException(ResultReason.WRAPPING_OBJECT_NOT_FOUND, message)
                : new ItemNotFoundException(message);
    }

    private static KmipException destroyed(KmipVersion version, String message) {
        return version.is2x() ? new KmipException(ResultReason.WRAPPING_OBJECT_DESTROYED, message)
                : new PermissionDeniedException(message);
    }

    /** 1.x has one reason for "exists but cannot be used for wrapping": Permission Denied (1.4 Table 338). */
    private static KmipException notAllowed(KmipVersion version, ResultReason reason2x, String message) {
        return version.is2x() ? new KmipException(reason2x, message) : new PermissionDeniedException(message);
    }
}

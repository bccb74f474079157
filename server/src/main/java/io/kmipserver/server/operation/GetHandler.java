package io.kmipserver.server.operation;

import io.kmipserver.codec.object.KeyBlock;
import io.kmipserver.codec.object.KeyMaterial;
import io.kmipserver.codec.object.KeyValue;
import io.kmipserver.codec.object.ManagedObject;
import io.kmipserver.codec.object.OpaqueObject;
import io.kmipserver.codec.object.SecretData;
import io.kmipserver.codec.object.SymmetricKey;
import io.kmipserver.codec.payload.GetRequest;
import io.kmipserver.codec.payload.GetResponse;
import io.kmipserver.codec.payload.KeyWrappingSpecification;
import io.kmipserver.codec.payload.ResponsePayload;
import io.kmipserver.codec.spec.CryptographicAlgorithm;
import io.kmipserver.codec.spec.KeyFormatType;
import io.kmipserver.codec.spec.KeyWrapType;
import io.kmipserver.codec.spec.KmipVersion;
import io.kmipserver.codec.spec.ObjectType;
import io.kmipserver.codec.spec.Operation;
import io.kmipserver.codec.spec.SecretDataType;
import io.kmipserver.codec.spec.State;
import io.kmipserver.codec.spec.Tag;
import io.kmipserver.codec.ttlv.TtlvItem;
import io.kmipserver.server.keys.KeyProtector;
import io.kmipserver.server.policy.Failures;
import io.kmipserver.server.policy.Lifecycle;
import io.kmipserver.server.protocol.FeatureNotSupportedException;
import io.kmipserver.server.protocol.KeyFormatTypeNotSupportedException;
import io.kmipserver.server.protocol.KmipException;
import io.kmipserver.server.protocol.NotExtractableException;
import io.kmipserver.server.protocol.OperationContext;
import io.kmipserver.server.protocol.PermissionDeniedException;
import io.kmipserver.server.protocol.SensitiveException;
import io.kmipserver.server.store.AttributeChange;
import io.kmipserver.server.store.ObjectStore;
import io.kmipserver.server.store.ObjectWithMaterial;
import io.kmipserver.server.store.StoredMaterial;
import java.util.ArrayList;
import java.util.List;

/**
 * Get (KMIP 1.4 §4.11 Tables 194-195, errors Table 338; 2.1 §6.1.19): returns the object with its
 * material in plaintext.
 *
 * <ul>
 *   <li>Symmetric Keys in Raw or Transparent Symmetric Key format, converted either way; by default in
 *       the format they were registered in (§4.11). Secret Data in its registered format; Opaque
 *       Objects as they are. Any other Key Format Type: Key Format Type Not Supported.</li>
 *   <li>A destroyed object's material is gone: Illegal Operation in 1.x (Table 338, "the server only
 *       has attributes"), Key Value Not Present in 2.x.</li>
 *   <li>Key Wrapping Specification: the key is returned wrapped under another AES key of the adapter
 *       ({@link KeyWrapping}). Key Compression Type is not supported (Key Compression Type Not
 *       Supported); Key Wrap Type Not Wrapped and As Registered are.</li>
 *   <li>Extractable False: Not Extractable; Sensitive True and no wrapping: Sensitive (1.4+; Permission
 *       Denied before) — a sensitive key leaves only wrapped (KMIP 1.4 §3.x Sensitive).</li>
 *   <li>The first Get of a Fresh object clears Fresh (KMIP 1.4 §3.34) in the item's one write unit;
 *       later Gets are read-only.</li>
 * </ul>
 */
final class GetHandler extends AbstractHandler<GetRequest> {

    /** The attributes Get looks at besides the summary columns; the only ones it reads. */
    private static final List<Integer> ATTRIBUTES = List.of(Tag.EXTRACTABLE, Tag.SENSITIVE, Tag.FRESH);

    private final ObjectStore store;
    private final KeyProtector protector;

    GetHandler(ObjectStore store, KeyProtector protector) {
        super(Operation.GET, GetRequest.class);
        this.store = store;
        this.protector = protector;
    }

    @Override
    public ResponsePayload handle(GetRequest request, OperationContext ctx) {
        KmipVersion version = ctx.version();
        String uid = ctx.resolve(request.uniqueIdentifier());
        ObjectWithMaterial read = StoredObjects.loadWithMaterial(store, ctx, uid, ATTRIBUTES);
        io.kmipserver.server.store.ManagedObject stored = read.object();
        ObjectType type = StoredObjects.objectType(stored);
        if (request.keyFormatType() != null) {
            ctx.request("keyFormatType", request.keyFormatType().specName());
        }
        State state = StoredObjects.effectiveState(stored, ctx.now());
        if (Lifecycle.isDestroyed(state) || !stored.hasMaterial()) {
            throw Failures.materialGone(version, "the object has been destroyed; only its attributes remain");
        }
        KeyWrappingSpecification wrapping = request.keyWrappingSpecification();
        if (wrapping != null) {
            KeyWrapping.checkSupported(wrapping);
            if (type == ObjectType.OPAQUE_OBJECT) {
                throw new FeatureNotSupportedException("an Opaque Object has no Key Block to wrap");
            }
        }
        if (request.keyCompressionType() != null) {
            throw new KmipException(io.kmipserver.codec.spec.ResultReason.KEY_COMPRESSION_TYPE_NOT_SUPPORTED,
                    "Key Compression Type applies to elliptic curve public keys only");
        }
        if (request.keyWrapType() != null && request.keyWrapType() != KeyWrapType.NOT_WRAPPED
                && request.keyWrapType() != KeyWrapType.AS_REGISTERED) {
            throw new FeatureNotSupportedException("Key Wrap Type " + request.keyWrapType().specName() + " is not supported");
        }
        if (isFalse(read, Tag.EXTRACTABLE)) {
            throw version.isAtLeast(KmipVersion.V1_4) ? new NotExtractableException("the object is not extractable")
                    : new PermissionDeniedException("the object is not extractable");
        }
        if (wrapping == null && isTrue(read, Tag.SENSITIVE)) {
            throw version.isAtLeast(KmipVersion.V1_4) ? new SensitiveException("a sensitive object is not returned unwrapped")
                    : new PermissionDeniedException("a sensitive object is not returned unwrapped");
        }
        StoredMaterial material = read.material();
        if (material == null) {
            throw Failures.materialGone(version, "the object has no key material");
        }
        KeyFormatType storedFormat = material.format() == 0 ? null : KeyFormatType.fromValue(material.format());
        MaterialEnvelope.Opened opened = KeyMaterials.unprotect(protector, ctx.adapterId(), uid, material);
        ManagedObject object = build(type, stored, storedFormat, request.keyFormatType(), opened);
        if (wrapping != null) {
            try {
                object = wrapped(object, KeyWrapping.wrap(store, protector, ctx, wrapping, keyBlock(object)));
            } finally {
                // Returned wrapped, the plaintext is not part of the response: zero it now.
                java.util.Arrays.fill(opened.material(), (byte) 0);
            }
        }
        ctx.response("objectType", type.specName());
        if (object instanceof SymmetricKey k) {
            ctx.response("keyFormatType", k.keyBlock().keyFormatType().specName());
        }
        if (isTrue(read, Tag.FRESH)) {
            // KMIP 1.4 §3.34: Fresh is cleared once the object has been served; this Get writes that.
            ctx.commit(store, tx -> {
                io.kmipserver.server.store.ManagedObject current = StoredObjects.load(tx, ctx, uid);
                List<AttributeChange> changes = new ArrayList<>(
                        StoredObjects.bookkeeping(current, StoredObjects.effectiveState(current, ctx.now()), ctx.now()));
                changes.add(AttributeChange.replace(new TtlvItem.BooleanItem(Tag.FRESH, false)));
                return tx.updateObject(ctx.adapterId(), uid, -1, changes);
            });
        }
        return new GetResponse(type, uid, object);
    }

    private static ManagedObject build(ObjectType type, io.kmipserver.server.store.ManagedObject stored,
            KeyFormatType storedFormat, KeyFormatType requested, MaterialEnvelope.Opened opened) {
        byte[] bytes = opened.material();
        if (type == ObjectType.OPAQUE_OBJECT) {
            if (requested != null) {
                throw new KeyFormatTypeNotSupportedException("an Opaque Object has no Key Format Type");
            }
            return new OpaqueObject(opened.subtype(), bytes);
        }
        KeyFormatType format = requested == null ? storedFormat : requested;
        if (type == ObjectType.SECRET_DATA) {
            if (format != storedFormat) {
                throw new KeyFormatTypeNotSupportedException("Secret Data is returned in its registered format "
                        + storedFormat.specName());
            }
            SecretDataType sdt = SecretDataType.fromValue(opened.subtype());
            return new SecretData(sdt, new KeyBlock(format, null, new KeyValue.Plain(new KeyMaterial.Raw(bytes)), null,
                    null, null));
        }
        if (type != ObjectType.SYMMETRIC_KEY) {
            throw new KeyFormatTypeNotSupportedException("objects of type " + type.specName() + " cannot be returned");
        }
        CryptographicAlgorithm algorithm = stored.cryptographicAlgorithm() == null ? null
                : CryptographicAlgorithm.fromValue(stored.cryptographicAlgorithm());
        Integer length = stored.cryptographicLength();
        KeyMaterial km;
        if (format == KeyFormatType.RAW) {
            km = new KeyMaterial.Raw(bytes);
        } else if (format == KeyFormatType.TRANSPARENT_SYMMETRIC_KEY) {
            km = new KeyMaterial.TransparentSymmetricKey(bytes); // KMIP 1.4 §2.1.7.1
        } else {
            throw new KeyFormatTypeNotSupportedException("Symmetric Keys are returned as Raw or Transparent Symmetric Key, not "
                    + format.specName());
        }
        return new SymmetricKey(new KeyBlock(format, null, new KeyValue.Plain(km), algorithm, length, null));
    }

    private static KeyBlock keyBlock(ManagedObject object) {
        return object instanceof SymmetricKey k ? k.keyBlock() : ((SecretData) object).keyBlock();
    }

    /** The same object with {@code block} (the wrapped one) as its Key Block. */
    private static ManagedObject wrapped(ManagedObject object, KeyBlock block) {
        return object instanceof SymmetricKey ? new SymmetricKey(block)
                : new SecretData(((SecretData) object).secretDataType(), block);
    }

    private static boolean isTrue(ObjectWithMaterial o, int tag) {
        return o.attribute(tag).map(v -> v instanceof TtlvItem.BooleanItem b && b.value()).orElse(false);
    }

    private static boolean isFalse(ObjectWithMaterial o, int tag) {
        return o.attribute(tag).map(v -> v instanceof TtlvItem.BooleanItem b && !b.value()).orElse(false);
    }
}

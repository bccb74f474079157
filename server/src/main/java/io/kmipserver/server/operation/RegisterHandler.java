package io.kmipserver.server.operation;

import io.kmipserver.codec.attribute.Attribute;
import io.kmipserver.codec.attribute.Attributes;
import io.kmipserver.codec.attribute.Digest;
import io.kmipserver.codec.object.KeyBlock;
import io.kmipserver.codec.object.ManagedObject;
import io.kmipserver.codec.object.OpaqueObject;
import io.kmipserver.codec.object.SecretData;
import io.kmipserver.codec.object.SymmetricKey;
import io.kmipserver.codec.payload.RegisterRequest;
import io.kmipserver.codec.payload.RegisterResponse;
import io.kmipserver.codec.payload.ResponsePayload;
import io.kmipserver.codec.spec.CryptographicAlgorithm;
import io.kmipserver.codec.spec.KeyFormatType;
import io.kmipserver.codec.spec.KmipVersion;
import io.kmipserver.codec.spec.ObjectType;
import io.kmipserver.codec.spec.Operation;
import io.kmipserver.codec.spec.State;
import io.kmipserver.server.keys.KeyProtector;
import io.kmipserver.server.policy.Failures;
import io.kmipserver.server.policy.Lifecycle;
import io.kmipserver.server.protocol.FeatureNotSupportedException;
import io.kmipserver.server.protocol.InvalidFieldException;
import io.kmipserver.server.protocol.ItemNotFoundException;
import io.kmipserver.server.protocol.OperationContext;
import io.kmipserver.server.store.NewObject;
import io.kmipserver.server.store.ObjectStore;
import io.kmipserver.server.store.StoredMaterial;
import io.kmipserver.server.store.UniqueIdentifiers;
import java.util.Arrays;
import java.util.List;

/**
 * Register (KMIP 1.4 §4.3 Tables 169-171, errors Table 330; 2.1 §6.1.43): takes a Symmetric Key (Raw
 * or Transparent Symmetric Key format), Secret Data (Raw or Opaque format) or Opaque Object made
 * elsewhere, stores its material only protected, and copies its Unique Identifier into the ID
 * Placeholder. The Initial Date is now (§4.3). The registered Key Format Type is remembered: Get
 * returns the key in it by default (§4.11). Wrapped key blocks and other object types (certificates,
 * asymmetric keys, split keys, templates) are not supported: Feature Not Supported.
 */
final class RegisterHandler extends AbstractHandler<RegisterRequest> {

    private final ObjectStore store;
    private final KeyProtector protector;

    RegisterHandler(ObjectStore store, KeyProtector protector) {
        super(Operation.REGISTER, RegisterRequest.class);
        this.store = store;
        this.protector = protector;
    }

    @Override
    public boolean changesState() {
        return true;
    }

    /** What Register keeps of the object besides its attributes. */
    private record Material(byte[] bytes, KeyFormatType format, int subtype, CryptographicAlgorithm algorithm,
            Integer length) {
    }

    @Override
    public ResponsePayload handle(RegisterRequest request, OperationContext ctx) {
        KmipVersion version = ctx.version();
        ManagedObject object = request.object();
        ctx.objectType(request.objectType());
        if (object.objectType() != request.objectType()) {
            // KMIP 1.4 Table 330: "Object Type does not match type of cryptographic object provided".
            throw new InvalidFieldException("Object Type " + request.objectType().specName() + " but the object is a "
                    + object.objectType().specName());
        }
        if (!request.templateNames().isEmpty()) {
            throw new ItemNotFoundException("no template named " + request.templateNames().get(0).value());
        }
        List<Attribute> client = ClientAttributes.forNewObject(request.attributes(), request.objectType(), version);
        Attributes given = Attributes.of(client);
        Material m = material(object, given, version);
        try {
            ClientAttributes.requireUniqueNames(store, ctx, client, true);
            String uid = UniqueIdentifiers.next();
            State state = Lifecycle.effective(State.PRE_ACTIVE, given.activationDate(), given.deactivationDate(),
                    ctx.now());
            Digest digest = KeyMaterials.digest(m.bytes(), m.format());
            StoredMaterial stored = KeyMaterials.protect(protector, ctx.adapterId(), uid, m.subtype(), m.bytes(),
                    m.format() == null ? 0 : m.format().value());
            NewObjects.Spec spec = new NewObjects.Spec(uid, request.objectType(), state, ctx.now(), m.algorithm(),
                    m.length(), digest, m.format(), false);
            NewObject row = new NewObject(uid, ctx.adapterId(), NewObjects.attributes(spec, client), stored);
            NewObjects.audit(ctx, spec, client);
            if (m.format() != null) {
                ctx.request("keyFormatType", m.format().specName());
            }
            ctx.commit(store, tx -> tx.insertObject(row));
            ctx.returned(uid, true);
            return new RegisterResponse(uid, Attributes.EMPTY);
        } finally {
            Arrays.fill(m.bytes(), (byte) 0);
        }
    }

    private static Material material(ManagedObject object, Attributes given, KmipVersion version) {
        if (object instanceof SymmetricKey k) {
            KeyBlock kb = plainBlock(k.keyBlock());
            if (kb.keyFormatType() != KeyFormatType.RAW && kb.keyFormatType() != KeyFormatType.TRANSPARENT_SYMMETRIC_KEY) {
                throw new FeatureNotSupportedException("Symmetric Keys are registered in Raw or Transparent Symmetric Key format");
            }
            byte[] bytes = keyBytes(kb);
            CryptographicAlgorithm algorithm = agree(given.cryptographicAlgorithm(), kb.cryptographicAlgorithm(),
                    "Cryptographic Algorithm");
            if (algorithm == null) {
                throw new InvalidFieldException("Cryptographic Algorithm is required (KMIP 1.4 Table 171)");
            }
            Integer length = agree(given.cryptographicLength(), kb.cryptographicLength(), "Cryptographic Length");
            if (length != null && length != bytes.length * 8) {
                throw Failures.badAttributeValue(version, "Cryptographic Length " + length + " but the key has "
                        + bytes.length * 8 + " bits");
            }
            KeySizes.checkRegistered(algorithm, bytes.length * 8, version);
            return new Material(bytes, kb.keyFormatType(), 0, algorithm, bytes.length * 8);
        }
        if (object instanceof SecretData s) {
            KeyBlock kb = plainBlock(s.keyBlock());
            if (kb.keyFormatType() != KeyFormatType.RAW && kb.keyFormatType() != KeyFormatType.OPAQUE) {
                throw new FeatureNotSupportedException("Secret Data is registered in Raw or Opaque format");
            }
            return new Material(keyBytes(kb), kb.keyFormatType(), s.secretDataType().value(), null, null);
        }
        if (object instanceof OpaqueObject o) {
            return new Material(o.value().clone(), null, o.opaqueDataType(), null, null);
        }
        throw new FeatureNotSupportedException("Register of " + object.objectType().specName() + " is not supported");
    }

    private static KeyBlock plainBlock(KeyBlock kb) {
        if (kb.isWrapped()) {
            throw new FeatureNotSupportedException("registering wrapped key material is not supported");
        }
        return kb;
    }

    private static byte[] keyBytes(KeyBlock kb) {
        byte[] bytes = kb.keyBytes();
        if (bytes == null || bytes.length == 0) {
            throw new InvalidFieldException("the Key Block carries no key material");
        }
        return bytes.clone();
    }

    /** The value from the attributes or the key block; both present and different is Invalid Field. */
    private static <T> T agree(T fromAttributes, T fromKeyBlock, String what) {
        if (fromAttributes != null && fromKeyBlock != null && !fromAttributes.equals(fromKeyBlock)) {
            throw new InvalidFieldException(what + " differs between the attributes and the Key Block");
        }
        return fromAttributes != null ? fromAttributes : fromKeyBlock;
    }
}

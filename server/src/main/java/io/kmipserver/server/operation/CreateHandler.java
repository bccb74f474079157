package io.kmipserver.server.operation;

import io.kmipserver.codec.attribute.Attribute;
import io.kmipserver.codec.attribute.Attributes;
import io.kmipserver.codec.payload.CreateRequest;
import io.kmipserver.codec.payload.CreateResponse;
import io.kmipserver.codec.payload.ResponsePayload;
import io.kmipserver.codec.spec.CryptographicAlgorithm;
import io.kmipserver.codec.spec.CryptographicUsageMask;
import io.kmipserver.codec.spec.KeyFormatType;
import io.kmipserver.codec.spec.KmipVersion;
import io.kmipserver.codec.spec.ObjectType;
import io.kmipserver.codec.spec.Operation;
import io.kmipserver.codec.spec.State;
import io.kmipserver.codec.spec.Tag;
import io.kmipserver.server.keys.KeyProtector;
import io.kmipserver.server.policy.Lifecycle;
import io.kmipserver.server.protocol.InvalidFieldException;
import io.kmipserver.server.protocol.InvalidObjectTypeException;
import io.kmipserver.server.protocol.ItemNotFoundException;
import io.kmipserver.server.protocol.OperationContext;
import io.kmipserver.server.store.NewObject;
import io.kmipserver.server.store.ObjectStore;
import io.kmipserver.server.store.UniqueIdentifiers;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * Create (KMIP 1.4 §4.1 Tables 163-165, errors Table 328; 2.1 §6.1.8): generates a Symmetric Key —
 * AES 128/192/256 or an HMAC-SHA1/224/256/384/512 key — from the key protector's random generator,
 * stores it only protected, and copies its Unique Identifier into the ID Placeholder.
 *
 * <p>The client's attributes are kept (Name, Cryptographic Usage Mask, Object Group, Activation Date,
 * Cryptographic Parameters, custom {@code x-} attributes …). An Activation Date already reached makes
 * the key Active at once (KMIP 1.4 §3.22 transition 1). Without a Cryptographic Usage Mask the key gets
 * Encrypt+Decrypt (AES) or MAC Generate+MAC Verify (HMAC), so that it always has one (§3.19).
 */
final class CreateHandler extends AbstractHandler<CreateRequest> {

    private final ObjectStore store;
    private final KeyProtector protector;

    CreateHandler(ObjectStore store, KeyProtector protector) {
        super(Operation.CREATE, CreateRequest.class);
        this.store = store;
        this.protector = protector;
    }

    @Override
    public boolean changesState() {
        return true;
    }

    @Override
    public ResponsePayload handle(CreateRequest request, OperationContext ctx) {
        KmipVersion version = ctx.version();
        ctx.objectType(request.objectType());
        if (request.objectType() != ObjectType.SYMMETRIC_KEY) {
            String m = "Create makes Symmetric Keys only, not " + request.objectType().specName();
            throw version.is2x() ? new InvalidObjectTypeException(m) : new InvalidFieldException(m);
        }
        if (!request.templateNames().isEmpty()) {
            // KMIP 1.4 Table 328: "Templates that do not exist are given in request" — this server keeps none.
            throw new ItemNotFoundException("no template named " + request.templateNames().get(0).value());
        }
        List<Attribute> client = new ArrayList<>(ClientAttributes.forNewObject(request.attributes(),
                ObjectType.SYMMETRIC_KEY, version));
        Attributes given = Attributes.of(client);
        CryptographicAlgorithm algorithm = given.cryptographicAlgorithm();
        int bits = KeySizes.forCreate(algorithm, given.cryptographicLength(), version);
        if (!given.contains(Tag.CRYPTOGRAPHIC_USAGE_MASK)) {
            client.add(Attribute.integer(Tag.CRYPTOGRAPHIC_USAGE_MASK, defaultUsage(algorithm)));
        }
        ClientAttributes.requireUniqueNames(store, ctx, client, true);

        String uid = UniqueIdentifiers.next();
        State state = Lifecycle.effective(State.PRE_ACTIVE, given.activationDate(), given.deactivationDate(), ctx.now());
        KeyMaterials.Generated generated = KeyMaterials.generate(protector, ctx.adapterId(), uid, bits);
        NewObjects.Spec spec = new NewObjects.Spec(uid, ObjectType.SYMMETRIC_KEY, state, ctx.now(), algorithm, bits,
                generated.digest(), KeyFormatType.RAW, true);
        NewObject object = new NewObject(uid, ctx.adapterId(), NewObjects.attributes(spec, client), generated.stored());
        NewObjects.audit(ctx, spec, client);
        ctx.commit(store, tx -> tx.insertObject(object));
        ctx.returned(uid, true);
        return new CreateResponse(ObjectType.SYMMETRIC_KEY, uid, Attributes.EMPTY);
    }

    private static int defaultUsage(CryptographicAlgorithm algorithm) {
        if (algorithm == CryptographicAlgorithm.AES) {
            return CryptographicUsageMask.toMask(EnumSet.of(CryptographicUsageMask.ENCRYPT, CryptographicUsageMask.DECRYPT));
        }
        return CryptographicUsageMask.toMask(EnumSet.of(CryptographicUsageMask.MAC_GENERATE,
                CryptographicUsageMask.MAC_VERIFY));
    }
}

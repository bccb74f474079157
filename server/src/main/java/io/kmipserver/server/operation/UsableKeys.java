package io.kmipserver.server.operation;

import io.kmipserver.codec.attribute.CryptographicParameters;
import io.kmipserver.codec.payload.UniqueIdentifierRef;
import io.kmipserver.codec.spec.CryptographicUsageMask;
import io.kmipserver.codec.spec.KmipVersion;
import io.kmipserver.codec.spec.ObjectType;
import io.kmipserver.codec.spec.ResultReason;
import io.kmipserver.codec.spec.State;
import io.kmipserver.codec.spec.Tag;
import io.kmipserver.codec.ttlv.TtlvItem;
import io.kmipserver.server.keys.KeyProtector;
import io.kmipserver.server.policy.Failures;
import io.kmipserver.server.protocol.FeatureNotSupportedException;
import io.kmipserver.server.protocol.InvalidFieldException;
import io.kmipserver.server.protocol.KmipException;
import io.kmipserver.server.protocol.OperationContext;
import io.kmipserver.server.protocol.PermissionDeniedException;
import io.kmipserver.server.store.ManagedObject;
import io.kmipserver.server.store.ObjectStore;
import io.kmipserver.server.store.ObjectWithMaterial;
import io.kmipserver.server.store.StoredMaterial;
import java.util.List;

/**
 * What the cryptographic operations (Encrypt, Decrypt, MAC: KMIP 1.4 §4.29-4.33, 2.1 §6.1.17, 6.1.11,
 * 6.1.32) check before they touch a key: the caller's Symmetric Key, Active (the key "SHALL NOT be
 * used for any cryptographic purpose before the Activation Date", §3.24; not after deactivation or
 * compromise), with material, whose Cryptographic Usage Mask allows the use; single-part requests only.
 */
final class UsableKeys {

    /** The attributes the checks and {@link #parameters} read: the only ones loaded. */
    private static final List<Integer> ATTRIBUTES = List.of(Tag.CRYPTOGRAPHIC_USAGE_MASK, Tag.CRYPTOGRAPHIC_PARAMETERS);

    /**
     * A key ready for one operation; {@link #material()} is zeroed by {@link #close()}.
     *
     * @param stored the key as read, with its Usage Mask and first Cryptographic Parameters
     */
    record Key(ObjectWithMaterial stored, byte[] material) implements AutoCloseable {

        /** The key's summary columns (no attribute list: see {@link #stored()}). */
        ManagedObject object() {
            return stored.object();
        }

        @Override
        public void close() {
            java.util.Arrays.fill(material, (byte) 0);
        }
    }

    private UsableKeys() {
    }

    static Key open(ObjectStore store, KeyProtector protector, OperationContext ctx, UniqueIdentifierRef ref,
            CryptographicUsageMask use, byte[] correlationValue, Boolean init, Boolean fin) {
        if (correlationValue != null || Boolean.TRUE.equals(init) || Boolean.TRUE.equals(fin)) {
            throw new FeatureNotSupportedException("multi-part cryptographic operations are not supported");
        }
        KmipVersion version = ctx.version();
        String uid = ctx.resolve(ref);
        ObjectWithMaterial read = StoredObjects.loadWithMaterial(store, ctx, uid, ATTRIBUTES);
        ManagedObject o = read.object();
        if (o.objectType() != ObjectType.SYMMETRIC_KEY.value()) {
            throw Failures.objectTypeNotValid(version, "only Symmetric Keys are used for " + ctx.operation().specName());
        }
        State state = StoredObjects.effectiveState(o, ctx.now());
        if (state != State.ACTIVE) {
            throw Failures.wrongState(version, "the key is " + state.specName() + ", not Active");
        }
        int mask = read.attribute(Tag.CRYPTOGRAPHIC_USAGE_MASK)
                .map(v -> v instanceof TtlvItem.IntegerItem i ? i.value() : 0).orElse(0);
        if ((mask & use.bit()) == 0) {
            String m = "the key's Cryptographic Usage Mask does not allow " + use.specName();
            throw version.is2x() ? new KmipException(ResultReason.INCOMPATIBLE_CRYPTOGRAPHIC_USAGE_MASK, m)
                    : new PermissionDeniedException(m);
        }
        StoredMaterial stored = read.material();
        if (stored == null) {
            throw Failures.materialGone(version, "the key has no material");
        }
        return new Key(read, KeyMaterials.unprotect(protector, ctx.adapterId(), uid, stored).material());
    }

    /** The request's parameters, else the key's first Cryptographic Parameters attribute, else none. */
    static CryptographicParameters parameters(CryptographicParameters requested, Key key) {
        if (requested != null) {
            return requested;
        }
        return key.stored().attribute(Tag.CRYPTOGRAPHIC_PARAMETERS).map(CryptographicParameters::fromItem)
                .orElse(CryptographicParameters.NONE);
    }

    static byte[] requireData(byte[] data) {
        if (data == null) {
            throw new InvalidFieldException("Data is required for a single-part operation");
        }
        return data;
    }
}

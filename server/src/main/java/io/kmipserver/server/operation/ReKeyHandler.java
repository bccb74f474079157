package io.kmipserver.server.operation;

import io.kmipserver.codec.attribute.Attribute;
import io.kmipserver.codec.attribute.Attributes;
import io.kmipserver.codec.attribute.Link;
import io.kmipserver.codec.payload.ReKeyRequest;
import io.kmipserver.codec.payload.ReKeyResponse;
import io.kmipserver.codec.payload.ResponsePayload;
import io.kmipserver.codec.spec.CryptographicAlgorithm;
import io.kmipserver.codec.spec.KeyFormatType;
import io.kmipserver.codec.spec.KmipVersion;
import io.kmipserver.codec.spec.LinkType;
import io.kmipserver.codec.spec.ObjectType;
import io.kmipserver.codec.spec.Operation;
import io.kmipserver.codec.spec.State;
import io.kmipserver.codec.spec.Tag;
import io.kmipserver.server.keys.KeyProtector;
import io.kmipserver.server.policy.Failures;
import io.kmipserver.server.policy.Lifecycle;
import io.kmipserver.server.protocol.IllegalOperationException;
import io.kmipserver.server.protocol.InvalidFieldException;
import io.kmipserver.server.protocol.InvalidMessageException;
import io.kmipserver.server.protocol.KeyValueNotPresentException;
import io.kmipserver.server.protocol.KmipException;
import io.kmipserver.server.protocol.OperationContext;
import io.kmipserver.server.protocol.PermissionDeniedException;
import io.kmipserver.server.store.AttributeChange;
import io.kmipserver.server.store.ManagedObject;
import io.kmipserver.server.store.NewObject;
import io.kmipserver.server.store.ObjectStore;
import io.kmipserver.server.store.StoredAttribute;
import io.kmipserver.server.store.UniqueIdentifiers;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Re-key (KMIP 1.4 §4.4 Tables 172-175, errors Table 331; 2.1 §6.1.46): a replacement Symmetric Key
 * with the existing key's algorithm and length and a copy of its attributes, except those Table 173
 * lists (new Unique Identifier, Initial Date and Last Change Date now, no Destroy / Compromise dates or
 * Revocation Reason, Digest of the new material). The Names move to the replacement. The existing key
 * gets a Replacement Object Link to the new one, the new one a Replaced Object Link back. Without
 * Offset the lifecycle dates are copied; with Offset, Activation Date = now + Offset and the other
 * dates keep their distance to it (Table 172). Request attributes override the copies. Everything —
 * the insert and the change to the existing key — is one write unit; the new identifier goes into the
 * ID Placeholder.
 */
final class ReKeyHandler extends AbstractHandler<ReKeyRequest> {

    /** Attributes a replacement key does not copy (KMIP 1.4 Table 173 and server bookkeeping). */
    private static final Set<Integer> NOT_COPIED = Set.of(Tag.UNIQUE_IDENTIFIER, Tag.OBJECT_TYPE, Tag.STATE,
            Tag.INITIAL_DATE, Tag.LAST_CHANGE_DATE, Tag.DESTROY_DATE, Tag.COMPROMISE_OCCURRENCE_DATE,
            Tag.COMPROMISE_DATE, Tag.REVOCATION_REASON, Tag.DIGEST, Tag.LINK, Tag.ORIGINAL_CREATION_DATE, Tag.FRESH,
            Tag.RANDOM_NUMBER_GENERATOR, Tag.KEY_FORMAT_TYPE, Tag.USAGE_LIMITS, Tag.ALWAYS_SENSITIVE,
            Tag.NEVER_EXTRACTABLE, Tag.ARCHIVE_DATE, Tag.LEASE_TIME, Tag.KEY_VALUE_PRESENT, Tag.SHORT_UNIQUE_IDENTIFIER,
            Tag.ACTIVATION_DATE, Tag.PROCESS_START_DATE, Tag.PROTECT_STOP_DATE, Tag.DEACTIVATION_DATE);

    private static final int[] SHIFTED_DATES = {Tag.PROCESS_START_DATE, Tag.PROTECT_STOP_DATE, Tag.DEACTIVATION_DATE};

    private final ObjectStore store;
    private final KeyProtector protector;

    ReKeyHandler(ObjectStore store, KeyProtector protector) {
        super(Operation.RE_KEY, ReKeyRequest.class);
        this.store = store;
        this.protector = protector;
    }

    @Override
    public boolean changesState() {
        return true;
    }

    @Override
    public ResponsePayload handle(ReKeyRequest request, OperationContext ctx) {
        KmipVersion version = ctx.version();
        Instant now = ctx.now();
        String oldUid = ctx.resolve(request.uniqueIdentifier());
        ManagedObject existing = StoredObjects.load(store, ctx, oldUid);
        checkReKeyable(existing, now, version);
        if (!request.templateNames().isEmpty()) {
            throw new io.kmipserver.server.protocol.ItemNotFoundException(
                    "no template named " + request.templateNames().get(0).value());
        }
        List<Attribute> given = ClientAttributes.forNewObject(request.attributes(), ObjectType.SYMMETRIC_KEY, version);
        Attributes givenSet = Attributes.of(given);
        if (request.offset() != null) {
            for (int tag : new int[] {Tag.ACTIVATION_DATE, Tag.PROCESS_START_DATE, Tag.PROTECT_STOP_DATE,
                    Tag.DEACTIVATION_DATE}) {
                if (givenSet.contains(tag)) {
                    throw new InvalidMessageException("Offset cannot be given together with lifecycle dates (Table 331)");
                }
            }
        }
        CryptographicAlgorithm algorithm = CryptographicAlgorithm.fromValue(existing.cryptographicAlgorithm());
        int bits = existing.cryptographicLength();
        if ((givenSet.cryptographicAlgorithm() != null && givenSet.cryptographicAlgorithm() != algorithm)
                || (givenSet.cryptographicLength() != null && givenSet.cryptographicLength() != bits)) {
            throw new InvalidFieldException("a replacement key keeps the existing key's algorithm and length");
        }
        KeySizes.forCreate(algorithm, bits, version);
        ClientAttributes.requireUniqueNames(store, ctx, given, true);

        List<Attribute> attributes = copied(existing, given, version);
        attributes.addAll(dates(existing, request.offset(), now, version));
        attributes.addAll(given);
        attributes.add(new Link(LinkType.REPLACED_OBJECT_LINK, oldUid).toAttribute());
        Attributes all = Attributes.of(attributes);

        String newUid = UniqueIdentifiers.next();
        State state = Lifecycle.effective(State.PRE_ACTIVE, all.activationDate(), all.deactivationDate(), now);
        KeyMaterials.Generated generated = KeyMaterials.generate(protector, ctx.adapterId(), newUid, bits);
        NewObjects.Spec spec = new NewObjects.Spec(newUid, ObjectType.SYMMETRIC_KEY, state, now, algorithm, bits,
                generated.digest(), KeyFormatType.RAW, true);
        NewObject replacement = new NewObject(newUid, ctx.adapterId(), NewObjects.attributes(spec, attributes),
                generated.stored());
        ctx.target(oldUid);
        NewObjects.audit(ctx, spec, given);
        ctx.request("replacedUniqueIdentifier", oldUid);
        ctx.commit(store, tx -> {
            ManagedObject current = StoredObjects.load(tx, ctx, oldUid);
            checkReKeyable(current, now, version);
            tx.insertObject(replacement);
            List<AttributeChange> changes = new ArrayList<>();
            changes.add(new AttributeChange.DeleteAll(io.kmipserver.server.store.AttributeKey.standard(Tag.NAME)));
            changes.add(AttributeChange.add(new Link(LinkType.REPLACEMENT_OBJECT_LINK, newUid).toItem()));
            changes.addAll(StoredObjects.bookkeeping(current, StoredObjects.effectiveState(current, now), now));
            return tx.updateObject(ctx.adapterId(), oldUid, -1, changes);
        });
        ctx.returned(newUid, true);
        return new ReKeyResponse(newUid, Attributes.EMPTY);
    }

    private static void checkReKeyable(ManagedObject o, Instant now, KmipVersion version) {
        if (o.objectType() != ObjectType.SYMMETRIC_KEY.value() || o.cryptographicAlgorithm() == null
                || o.cryptographicLength() == null) {
            throw Failures.objectTypeNotValid(version, "only Symmetric Keys can be re-keyed");
        }
        if (Lifecycle.isDestroyed(StoredObjects.effectiveState(o, now)) || !o.hasMaterial()) {
            // KMIP 1.4 Table 331: "The Key Value is not present on the server" (Key Value Not Present is 1.2+).
            String m = "the existing key has been destroyed";
            KmipException e = version.isAtLeast(KmipVersion.V1_2) ? new KeyValueNotPresentException(m)
                    : new PermissionDeniedException(m);
            throw e;
        }
    }

    /** The existing key's attributes a replacement copies, without those the request gives anew. */
    private static List<Attribute> copied(ManagedObject o, List<Attribute> given, KmipVersion version) {
        Set<io.kmipserver.server.store.AttributeKey> overridden = new HashSet<>();
        for (Attribute a : given) {
            if (!io.kmipserver.server.policy.AttributeRules.of(a.key()).multiInstance()) {
                overridden.add(AttributeMapping.toStore(a.key()));
            }
        }
        List<Attribute> out = new ArrayList<>();
        for (StoredAttribute s : o.attributes()) {
            if ((!s.key().isVendor() && NOT_COPIED.contains(s.key().tag())) || overridden.contains(s.key())) {
                continue;
            }
            out.add(new Attribute(AttributeMapping.toCodec(s.key()), null, s.value()));
        }
        return out;
    }

    /** The replacement's lifecycle dates: copied, or shifted by Offset (KMIP 1.4 Table 172). */
    private static List<Attribute> dates(ManagedObject o, Long offset, Instant now, KmipVersion version) {
        List<Attribute> out = new ArrayList<>(4);
        if (offset == null) {
            for (int tag : new int[] {Tag.ACTIVATION_DATE, Tag.PROCESS_START_DATE, Tag.PROTECT_STOP_DATE,
                    Tag.DEACTIVATION_DATE}) {
                o.attribute(tag).ifPresent(v -> out.add(Attribute.of(v)));
            }
            return out;
        }
        Instant oldActivation = o.activationDate();
        if (oldActivation == null) {
            // Table 331: "An offset cannot be used ... since no Activation Date has been specified".
            String m = "the existing key has no Activation Date to offset from";
            throw version.is2x() ? new InvalidFieldException(m) : new IllegalOperationException(m);
        }
        Instant newActivation = now.plusSeconds(offset);
        Duration shift = Duration.between(oldActivation, newActivation);
        out.add(Attribute.dateTime(Tag.ACTIVATION_DATE, newActivation));
        for (int tag : SHIFTED_DATES) {
            o.attribute(tag).ifPresent(v -> out.add(Attribute.dateTime(tag,
                    io.kmipserver.codec.attribute.TtlvItems.instant(v).plus(shift))));
        }
        return out;
    }
}

package io.kmipserver.server.store;

import io.kmipserver.server.keys.KeyProtectionException;
import io.kmipserver.server.keys.KeyProtector;
import io.kmipserver.server.keys.ProtectedMaterial;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Root-key rotation of one adapter: a new root key version, then every object's material re-wrapped
 * under it (the migration path from one root key to the next). Old versions stay in the protector,
 * so objects not yet re-wrapped keep working throughout and an interrupted rotation is finished by
 * {@link #rewrapAll}.
 *
 * <p>The key protector's work (decrypt, encrypt) happens outside the store's writer; each batch of
 * re-wrapped blobs is then stored in one {@link WriteUnit} that replaces a blob only if it is still
 * the one that was read — material a concurrent operation changed or destroyed meanwhile is left
 * alone and counted. Objects are visited newest first through Locate with paging; objects created
 * during the pass are made under the new version already, and a further pass catches any that an
 * operation begun before the rotation protected under the old one.
 *
 * <p>Run it on one node at a time. Not thread-safe itself; the store and the protector are.
 */
public final class RootKeyRotation {

    /** Objects read and re-wrapped per store write. */
    public static final int DEFAULT_BATCH = 100;

    private static final Logger LOG = LoggerFactory.getLogger(RootKeyRotation.class);
    private static final int MAX_PASSES = 5;

    private final ObjectStore store;
    private final KeyProtector protector;
    private final int batch;

    /**
     * What a rotation did.
     *
     * @param fromVersion the current root key version before, equal to {@code toVersion} for
     *     {@link #rewrapAll}
     * @param objects objects of the adapter visited (first pass)
     * @param rewrapped blobs now stored under {@code toVersion} that were not before
     * @param alreadyCurrent blobs that were under {@code toVersion} already (first pass)
     * @param withoutMaterial objects with no material (destroyed, or never had any)
     * @param changedConcurrently blobs replaced or deleted by another operation while being re-wrapped;
     *     whoever changed them wrote under the current version
     * @param failed objects whose material could not be re-wrapped, with the reason (a blob that does
     *     not authenticate, or a version that is gone); their blobs are left as they were
     */
    public record Result(String adapterId, int fromVersion, int toVersion, long objects, long rewrapped,
            long alreadyCurrent, long withoutMaterial, long changedConcurrently, Map<String, String> failed) {

        public Result {
            failed = Collections.unmodifiableMap(new LinkedHashMap<>(failed));
        }

        /** True when every object with material is now under {@code toVersion}. */
        public boolean complete() {
            return failed.isEmpty();
        }
    }

    public RootKeyRotation(ObjectStore store, KeyProtector protector) {
        this(store, protector, DEFAULT_BATCH);
    }

    public RootKeyRotation(ObjectStore store, KeyProtector protector, int batch) {
        this.store = Objects.requireNonNull(store, "store");
        this.protector = Objects.requireNonNull(protector, "protector");
        if (batch < 1) {
            throw new IllegalArgumentException("batch must be positive");
        }
        this.batch = batch;
    }

    /**
     * Makes a new root key version for the adapter and re-wraps all its objects' material under it.
     *
     * @throws KeyProtectionException {@code ROOT_KEY_MISSING} when the adapter has no root key;
     *     {@code UNAVAILABLE} when the protector fails midway (run {@link #rewrapAll} to finish)
     * @throws NotFoundException ({@code ADAPTER}) when the store has no such adapter
     */
    public Result rotate(String adapterId) {
        requireAdapter(adapterId);
        int from = protector.currentRootKeyVersion(adapterId);
        int to = protector.rotateRootKey(adapterId);
        LOG.info("Root key of adapter {} rotated from version {} to {}; re-wrapping its objects", adapterId, from, to);
        return rewrap(adapterId, from, to);
    }

    /**
     * Re-wraps under the current version every blob of the adapter that is not yet — finishing an
     * interrupted rotation — without making a new version.
     */
    public Result rewrapAll(String adapterId) {
        requireAdapter(adapterId);
        int current = protector.currentRootKeyVersion(adapterId);
        return rewrap(adapterId, current, current);
    }

    private void requireAdapter(String adapterId) {
        if (store.findAdapter(adapterId).isEmpty()) {
            throw new NotFoundException(NotFoundException.Kind.ADAPTER, "adapter " + adapterId + " does not exist");
        }
    }

    private Result rewrap(String adapterId, int from, int to) {
        Counts first = pass(adapterId, to);
        Counts total = first;
        for (int n = 2; total.lastPassRewrapped > 0 && n <= MAX_PASSES; n++) {
            total = total.plusLaterPass(pass(adapterId, to));
        }
        Result result = new Result(adapterId, from, to, first.objects, total.rewrapped, first.alreadyCurrent,
                first.withoutMaterial, total.changedConcurrently, total.failed);
        LOG.info("Re-wrapped adapter {} under root key version {}: {} objects, {} re-wrapped, {} already current,"
                + " {} without material, {} changed concurrently, {} failed", adapterId, to, result.objects(),
                result.rewrapped(), result.alreadyCurrent(), result.withoutMaterial(), result.changedConcurrently(),
                result.failed().size());
        return result;
    }

    /** One walk over all the adapter's objects, newest first. */
    private Counts pass(String adapterId, int to) {
        Counts counts = new Counts();
        int offset = 0;
        while (true) {
            List<String> page = store.locate(adapterId, new LocateQuery(List.of(), batch, offset));
            if (page.isEmpty()) {
                break;
            }
            offset += page.size();
            List<Replacement> replacements = new ArrayList<>();
            for (String uid : page) {
                counts.objects++;
                Optional<StoredMaterial> stored = store.findMaterial(adapterId, uid);
                if (stored.isEmpty()) {
                    counts.withoutMaterial++;
                    continue;
                }
                ProtectedMaterial material = stored.get().material();
                if (material.scheme().equals(protector.scheme()) && material.rootKeyVersion() == to) {
                    counts.alreadyCurrent++;
                    continue;
                }
                try {
                    ProtectedMaterial rewrapped = protector.rewrap(adapterId, uid, material);
                    replacements.add(new Replacement(uid, stored.get(), new StoredMaterial(stored.get().format(), rewrapped)));
                } catch (KeyProtectionException e) {
                    if (e.reason() == KeyProtectionException.Reason.UNAVAILABLE) {
                        throw e;
                    }
                    counts.failed.put(uid, e.reason() + ": " + e.getMessage());
                }
            }
            if (!replacements.isEmpty()) {
                long stored = store.write(tx -> replaceUnchanged(tx, adapterId, replacements));
                counts.lastPassRewrapped += stored;
                counts.rewrapped += stored;
                counts.changedConcurrently += replacements.size() - stored;
            }
        }
        return counts;
    }

    /** Replaces each blob that is still the one read; returns how many were replaced. */
    private static long replaceUnchanged(StoreTransaction tx, String adapterId, List<Replacement> replacements) {
        long replaced = 0;
        for (Replacement r : replacements) {
            Optional<StoredMaterial> now = tx.findMaterial(adapterId, r.uniqueIdentifier());
            if (now.isPresent() && now.get().equals(r.read())) {
                tx.putMaterial(adapterId, r.uniqueIdentifier(), r.rewrapped());
                replaced++;
            }
        }
        return replaced;
    }

    private record Replacement(String uniqueIdentifier, StoredMaterial read, StoredMaterial rewrapped) {
    }

    /** Tallies of one pass, and of the passes so far. */
    private static final class Counts {
        long objects;
        long rewrapped;
        long lastPassRewrapped;
        long alreadyCurrent;
        long withoutMaterial;
        long changedConcurrently;
        final Map<String, String> failed = new LinkedHashMap<>();

        Counts plusLaterPass(Counts later) {
            Counts sum = new Counts();
            sum.objects = objects;
            sum.alreadyCurrent = alreadyCurrent;
            sum.withoutMaterial = withoutMaterial;
            sum.rewrapped = rewrapped + later.rewrapped;
            sum.lastPassRewrapped = later.lastPassRewrapped;
            sum.changedConcurrently = changedConcurrently + later.changedConcurrently;
            sum.failed.putAll(failed);
            sum.failed.putAll(later.failed);
            return sum;
        }
    }
}

package io.kmipserver.server.store;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The metadata store: Managed Objects with their attributes and protected material, adapters, their
 * trust anchors and client certificates.
 *
 * <p><b>Reads</b> go straight to a connection pool and see every committed write. <b>Writes</b> are
 * {@link WriteUnit}s submitted to one writer thread that commits many units per transaction (group
 * commit: one fsync for the group), each in its own savepoint, so one unit's failure rolls back only
 * that unit. A unit's future completes only after its group is on the device (PostgreSQL: the COMMIT
 * returned; SQLite: a force of the WAL that started after the COMMIT, see {@link WalSyncer}): a
 * success response sent after it survives {@code kill -9} and power loss (DESIGN invariant 5). On
 * SQLite a read may see a committed write before it is acknowledged, for less than one fsync.
 *
 * <p><b>Tenancy</b> (DESIGN invariant 4) is in the SQL: every object query has
 * {@code WHERE adapter_id = ?}; another adapter's object is simply not found.
 *
 * <p><b>Backpressure</b>: the write queue is bounded. {@link #submit} blocks while it is full, up to
 * the configured submit timeout, then returns a future failed with {@link StoreBusyException}; it
 * never queues without bound. Call it from worker threads, never from a Netty event loop.
 *
 * <p>Futures complete on the store's own threads (the writer, or on SQLite the WAL syncer): attach
 * only quick callbacks, or use the {@code *Async} variants, or block in {@code join()} on a worker
 * thread.
 *
 * <p>Thread-safe.
 */
public interface ObjectStore extends AutoCloseable {

    /**
     * Queues a unit of writes. The future completes with the unit's result after its group committed
     * durably,
     * or fails with the unit's own exception (rolled back alone), {@link CommitFailedException},
     * {@link StoreBusyException} or {@link StoreException} (store closed).
     */
    <T> CompletableFuture<T> submit(WriteUnit<T> unit);

    /**
     * Queues a unit with a hook that runs after the unit succeeded and before the group commits
     * (the audit append). If the hook throws, the unit is rolled back and fails with that exception.
     */
    <T> CompletableFuture<T> submit(WriteUnit<T> unit, PreCommitHook<? super T> hook);

    /**
     * Submits and waits: returns the unit's result, or rethrows the unit's unchecked exception as is
     * (a checked one wrapped in {@link StoreException}). For code that does not audit, and tests;
     * writes that also audit use {@link #write(WriteUnit, PreCommitHook)}.
     */
    default <T> T write(WriteUnit<T> unit) {
        return join(submit(unit));
    }

    /**
     * Submits with a pre-commit hook (the audit append) and waits: returns the unit's result, or
     * rethrows the unchecked exception of the unit, the hook or the commit as is (a checked one
     * wrapped in {@link StoreException}). Blocks: call it from worker threads only.
     */
    default <T> T write(WriteUnit<T> unit, PreCommitHook<? super T> hook) {
        return join(submit(unit, hook));
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new StoreException("write unit failed: " + cause.getClass().getSimpleName(), cause);
        }
    }

    /** A Managed Object's metadata, if it exists and belongs to {@code adapterId}. */
    Optional<ManagedObject> findObject(String adapterId, String uniqueIdentifier);

    /** The object's protected material, if the object belongs to {@code adapterId} and still has it. */
    Optional<StoredMaterial> findMaterial(String adapterId, String uniqueIdentifier);

    /**
     * The object with its material in one read, for the operations that serve or use key material on
     * every call (Get, Encrypt, Decrypt, MAC) and look at only a few attributes: the lowest-indexed
     * value of each standard attribute in {@code attributeTags} (pass the same constant list each
     * time: it is the key of a prepared statement).
     */
    Optional<ObjectWithMaterial> findWithMaterial(String adapterId, String uniqueIdentifier, List<Integer> attributeTags);

    /**
     * Unique Identifiers of the adapter's objects matching every filter, newest first, after
     * {@code offsetItems}, at most {@code maxItems} (and at most the configured cap). One SQL query
     * whose filters are index searches.
     */
    List<String> locate(String adapterId, LocateQuery query);

    /** How many of the adapter's objects match every filter: Locate's Located Items. */
    long count(String adapterId, List<LocateFilter> filters);

    Optional<Adapter> findAdapter(String adapterId);

    Optional<Adapter> findAdapterByName(String name);

    List<Adapter> listAdapters();

    /** Every trust anchor of every adapter (few; the transport caches them). */
    List<AdapterTrust> listTrust();

    List<AdapterTrust> trustOf(String adapterId);

    /** The registered certificate with this SHA-256 fingerprint (64 lower-case hex), on any adapter. */
    Optional<ClientCertificate> findCertificateByFingerprint(String fingerprint);

    List<ClientCertificate> certificatesOf(String adapterId);

    /** The SHA-256 fingerprints (64 lower-case hex) of the revoked certificates: registrations deleted and not renewed. */
    Set<String> revokedFingerprints();

    /**
     * Health check: a read on the pool and a live writer thread.
     *
     * @throws StoreException when either is not working
     */
    void ping();

    WriterStats writerStats();

    /**
     * Stops accepting units, commits those already queued, then closes the writer and the pool.
     * Later calls fail with {@link StoreException}.
     */
    @Override
    void close();
}

package io.kmipserver.audit;

import io.kmipserver.audit.event.AuditEventIds;
import io.kmipserver.audit.index.AuditIndex;
import io.kmipserver.audit.journal.AuditJournal;
import io.kmipserver.audit.journal.ChronicleAuditJournal;
import io.kmipserver.audit.journal.JournalReader;
import io.kmipserver.audit.journal.JournalRetention;
import io.kmipserver.audit.journal.RetentionResult;
import io.kmipserver.audit.query.EventQueries;
import io.kmipserver.audit.seal.AuditSealer;
import io.kmipserver.audit.seal.Checkpoint;
import io.kmipserver.audit.seal.SigningKeys;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audit system of one server node: the journal the request path appends to, and one background
 * thread that seals the journal and applies retention. The server opens it from its data directory
 * ({@link AuditLayout}) before it accepts connections and closes it after the last request.
 *
 * The index ({@link #queries()}) follows the journal on a thread of its own.
 *
 * <p>Close order: stop the background schedule, seal what is left and write the final checkpoint,
 * stop the indexer, then close the journal.
 *
 * <p>Threading: thread-safe. The sealer and retention run only on the background thread — Chronicle
 * tailers must stay on one thread — so {@link #sealNow()} and {@link #applyRetentionNow()} hand
 * their work to it and wait.
 */
public final class AuditSystem implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AuditSystem.class);
    private static final Duration RETENTION_EVERY = Duration.ofHours(1);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration RETENTION_INDEX_WAIT = Duration.ofSeconds(5);

    private final AuditLayout layout;
    private final ChronicleAuditJournal journal;
    private final AuditEventIds eventIds;
    private final ScheduledExecutorService background;
    private final JournalRetention retention;
    private final AuditIndex index;

    // confined to the background thread
    private AuditSealer sealer;

    private volatile Checkpoint lastCheckpoint;
    private volatile String lastSealFailure;
    private boolean closed;

    private AuditSystem(AuditLayout layout, ChronicleAuditJournal journal, AuditEventIds eventIds, AuditConfig config,
                        Clock clock) {
        this.layout = layout;
        this.journal = journal;
        this.eventIds = eventIds;
        this.retention = new JournalRetention(journal, config.retentionDays(), config.nodeId(), eventIds);
        this.index = AuditIndex.start(layout.indexFile(), journal.reader(), journal::lastSequence, clock);
        this.background = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "kmip-audit-sealer");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Opens the audit system of a data directory, signing with {@code DIR/pki/audit-signing-key.pem}.
     * When the certificate {@code DIR/pki/audit-signing.pem} is present, the key must match it:
     * checkpoints signed by another key would all fail verification.
     *
     * @throws IOException when the signing key cannot be read or does not match the certificate
     * @throws io.kmipserver.audit.journal.AuditJournalException when the journal cannot be opened
     */
    public static AuditSystem open(Path dataDirectory, AuditConfig config, Clock clock) throws IOException {
        AuditLayout layout = AuditLayout.of(dataDirectory);
        PrivateKey key = SigningKeys.readPrivateKey(layout.signingKey());
        if (Files.exists(layout.signingCertificate())) {
            PublicKey certified = SigningKeys.readCertificate(layout.signingCertificate()).getPublicKey();
            if (!keysMatch(key, certified)) {
                throw new IOException("the audit signing key " + layout.signingKey() + " does not belong to the certificate "
                        + layout.signingCertificate());
            }
        }
        return open(layout, config, key, clock);
    }

    /** Opens the audit system with a signing key the caller already holds. */
    public static AuditSystem open(AuditLayout layout, AuditConfig config, PrivateKey signingKey, Clock clock) {
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(signingKey, "signingKey");
        Objects.requireNonNull(clock, "clock");
        ChronicleAuditJournal journal = ChronicleAuditJournal.open(layout.journalDirectory(), config.journalOptions(), clock);
        AuditSystem system;
        try {
            system = new AuditSystem(layout, journal, new AuditEventIds(config.nodeId(), clock), config, clock);
        } catch (RuntimeException e) {
            journal.close();
            throw e;
        }
        try {
            system.onBackground(() -> {
                system.sealer = AuditSealer.open(journal.reader(), layout.sealDirectory(), signingKey, config.sealPolicy(),
                        config.nodeId(), clock);
                system.lastCheckpoint = system.sealer.lastCheckpoint().orElse(null);
                return null;
            });
        } catch (RuntimeException e) {
            system.background.shutdownNow();
            system.index.close();
            journal.close();
            throw e;
        }
        long pollMillis = config.sealerPollInterval().toMillis();
        system.background.scheduleWithFixedDelay(system::sealQuietly, pollMillis, Math.max(1, pollMillis), TimeUnit.MILLISECONDS);
        system.background.scheduleWithFixedDelay(system::applyRetentionQuietly, 0, RETENTION_EVERY.toMillis(),
                TimeUnit.MILLISECONDS);
        return system;
    }

    /** Where every audited operation appends its event; thread-safe. */
    public AuditJournal journal() {
        return journal;
    }

    /** A reader over the live journal, e.g. for the management API's event queries. */
    public JournalReader reader() {
        return journal.reader();
    }

    /** Searches, usage summaries and live subscriptions over this node's journal. */
    public EventQueries queries() {
        return index;
    }

    /** The index behind {@link #queries()}: its status, plans and retention hook. */
    public AuditIndex index() {
        return index;
    }

    /** Event ids unique to this node and run. */
    public AuditEventIds eventIds() {
        return eventIds;
    }

    public AuditLayout layout() {
        return layout;
    }

    /** The newest checkpoint written (or found at start), if any. */
    public Optional<Checkpoint> lastCheckpoint() {
        return Optional.ofNullable(lastCheckpoint);
    }

    /** Why the last sealing attempt failed, or empty when it succeeded; for health checks. */
    public Optional<String> lastSealFailure() {
        return Optional.ofNullable(lastSealFailure);
    }

    /** Seals every event appended so far and writes a checkpoint for them, then returns. */
    public void sealNow() {
        onBackground(() -> {
            sealer.seal();
            sealer.checkpoint();
            lastCheckpoint = sealer.lastCheckpoint().orElse(null);
            return null;
        });
    }

    /** Applies retention now rather than at the next hourly run. */
    public RetentionResult applyRetentionNow() {
        // the index's tailer holds back the cycles it has not read: let it read what is there first
        index.awaitCaughtUp(CLOSE_TIMEOUT);
        return onBackground(this::applyRetention);
    }

    private RetentionResult applyRetention() {
        // a cycle the index has not read is held back; a short wait lets a just-started index read
        // the journal's old cycles first (a rebuilding one is simply not waited for)
        index.awaitCaughtUp(RETENTION_INDEX_WAIT);
        RetentionResult result = retention.apply();
        if (!result.deletedFiles().isEmpty()) {
            index.retentionApplied();
        }
        return result;
    }

    private void sealQuietly() {
        try {
            sealer.seal();
            lastCheckpoint = sealer.lastCheckpoint().orElse(null);
            lastSealFailure = null;
        } catch (RuntimeException e) {
            if (lastSealFailure == null) {
                LOG.error("Sealing the audit journal failed; events stay unsealed until it succeeds", e);
            }
            lastSealFailure = e.getMessage();
        }
    }

    private void applyRetentionQuietly() {
        try {
            applyRetention();
        } catch (RuntimeException e) {
            LOG.error("Audit journal retention failed; it runs again in {}", RETENTION_EVERY, e);
        }
    }

    private <T> T onBackground(Callable<T> work) {
        try {
            return background.submit(work).get(CLOSE_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("audit background work failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted waiting for the audit background thread", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("the audit background thread did not answer within " + CLOSE_TIMEOUT, e);
        }
    }

    private static boolean keysMatch(PrivateKey key, PublicKey certified) {
        byte[] probe = "kmip-server audit key check".getBytes(StandardCharsets.US_ASCII);
        try {
            Signature signer = Signature.getInstance(Checkpoint.ALGORITHM);
            signer.initSign(key);
            signer.update(probe);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(Checkpoint.ALGORITHM);
            verifier.initVerify(certified);
            verifier.update(probe);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /**
     * Seals what is left, writes the final checkpoint and closes the journal. Call after the last
     * append; appends after this throw.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        RuntimeException failure = null;
        try {
            onBackground(() -> {
                background.shutdown(); // no further scheduled runs; this task still completes
                sealer.close();
                lastCheckpoint = sealer.lastCheckpoint().orElse(null);
                return null;
            });
        } catch (RuntimeException e) {
            LOG.error("The final audit checkpoint could not be written", e);
            failure = e;
        }
        try {
            if (!background.awaitTermination(CLOSE_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                background.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            background.shutdownNow();
        }
        index.close();
        journal.close();
        if (failure != null) {
            throw failure;
        }
    }
}

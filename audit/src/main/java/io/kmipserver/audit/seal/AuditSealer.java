package io.kmipserver.audit.seal;

import io.kmipserver.audit.journal.CycleFiles;
import io.kmipserver.audit.journal.JournalEntry;
import io.kmipserver.audit.journal.JournalReader;
import io.kmipserver.audit.journal.JournalTailer;
import java.io.IOException;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the journal in order, extends the hash chain ({@link ChainHash}) with each event and writes
 * signed {@link Checkpoint}s to the seal directory as the {@link SealPolicy} says, at each new cycle
 * file, and on {@link #close()}.
 *
 * <p>Restart: the last checkpoint in the seal directory is the sealer's saved state. A new sealer
 * continues the chain from its hash and reads from the event after its last index, so events read
 * but not yet sealed before a crash are simply read again. It uses the named tailer
 * {@value #TAILER_NAME}, so retention keeps every cycle it has not sealed.
 *
 * <p>Threading: not thread-safe; open, call {@link #seal()} and close on one thread.
 */
public final class AuditSealer implements AutoCloseable {
    public static final String TAILER_NAME = "audit-sealer";
    private static final Logger LOG = LoggerFactory.getLogger(AuditSealer.class);

    private final JournalTailer tailer;
    private final CheckpointLog log;
    private final PrivateKey key;
    private final SealPolicy policy;
    private final String observer;
    private final Clock clock;
    private final ChainHash chainHash = new ChainHash();

    private Checkpoint lastCheckpoint;
    private long nextNumber;
    private long lastSealedIndex;
    private byte[] chain;
    private Instant lastCheckpointTime;

    private long pendingCount;
    private long pendingFirst;
    private long pendingLast;
    private byte[] pendingStart;
    private boolean closed;

    private AuditSealer(JournalTailer tailer, CheckpointLog log, PrivateKey key, SealPolicy policy, String observer,
                        Clock clock) {
        this.tailer = tailer;
        this.log = log;
        this.key = key;
        this.policy = policy;
        this.observer = observer;
        this.clock = clock;
    }

    /**
     * Opens a sealer that continues from the last checkpoint in {@code sealDirectory}, if any.
     *
     * @param reader a reader of the writable journal ({@code ChronicleAuditJournal.reader()}): the
     *               sealer's position must be stored for retention
     * @param key    the EC private key checkpoints are signed with
     * @throws SealException when the checkpoint file cannot be read or its last line is not a checkpoint
     */
    public static AuditSealer open(JournalReader reader, Path sealDirectory, PrivateKey key, SealPolicy policy,
                                   String observer, Clock clock) {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(observer, "observer");
        Objects.requireNonNull(clock, "clock");
        CheckpointLog log = new CheckpointLog(sealDirectory);
        Checkpoint last;
        try {
            if (log.dropIncompleteTail()) {
                LOG.warn("Dropped an incomplete last line from {}: the sealer stopped while writing it", log.file());
            }
            List<CheckpointLog.Line> lines = log.read();
            last = null;
            if (!lines.isEmpty()) {
                CheckpointLog.Line line = lines.get(lines.size() - 1);
                if (line.checkpoint() == null) {
                    throw new SealException("line " + line.number() + " of " + log.file() + " is " + line.problem()
                            + "; run 'audit verify' before sealing more", null);
                }
                last = line.checkpoint();
            }
        } catch (IOException e) {
            throw new SealException("cannot read the checkpoints in " + log.file() + ": " + e, e);
        }

        AuditSealer sealer = new AuditSealer(reader.namedTailer(TAILER_NAME), log, key, policy, observer, clock);
        sealer.lastCheckpointTime = clock.instant();
        if (last == null) {
            sealer.tailer.toStart();
            sealer.chain = ChainHash.GENESIS;
            sealer.nextNumber = 1;
            sealer.lastSealedIndex = -1;
        } else {
            sealer.lastCheckpoint = last;
            sealer.chain = ChainHash.fromHex(last.chainHash());
            sealer.nextNumber = last.number() + 1;
            sealer.lastSealedIndex = last.lastIndex();
            if (sealer.tailer.moveTo(last.lastIndex())) {
                sealer.tailer.next(); // already sealed
            } else {
                LOG.warn("The last sealed event, {}, is no longer in the journal; sealing from the first later event",
                        CycleFiles.describe(last.lastIndex()));
                sealer.tailer.toStart();
            }
        }
        LOG.info("Audit sealer continues after checkpoint {}", last == null ? "(none)" : last.number());
        return sealer;
    }

    /**
     * Seals every event now in the journal: extends the chain and writes the checkpoints the policy
     * calls for. Events left over stay pending until the next call or {@link #close()}.
     *
     * @return the number of events read
     * @throws SealException when a checkpoint cannot be written; the events stay pending
     */
    public int seal() {
        int read = 0;
        for (JournalEntry entry = tailer.next(); entry != null; entry = tailer.next()) {
            if (entry.index() <= lastSealedIndex) {
                continue;
            }
            if (pendingCount > 0 && entry.cycle() != CycleFiles.cycleOf(pendingLast)) {
                // never let a checkpoint span two cycle files: retention deletes whole files
                checkpoint();
            }
            if (pendingCount == 0) {
                pendingFirst = entry.index();
                pendingStart = chain;
            }
            chain = chainHash.next(chain, entry);
            pendingLast = entry.index();
            pendingCount++;
            read++;
            if (pendingCount >= policy.everyEvents()) {
                checkpoint();
            }
        }
        if (pendingCount > 0 && !clock.instant().isBefore(lastCheckpointTime.plus(policy.every()))) {
            checkpoint();
        }
        return read;
    }

    /** Writes a checkpoint for the pending events now, if there are any. */
    public void checkpoint() {
        if (pendingCount == 0) {
            return;
        }
        Instant now = clock.instant();
        Checkpoint checkpoint = Checkpoint.sign(nextNumber, pendingFirst, pendingLast, pendingCount, pendingStart, chain,
                now, observer, key);
        try {
            log.append(checkpoint);
        } catch (IOException e) {
            throw new SealException("cannot write checkpoint " + nextNumber + " to " + log.file() + ": " + e, e);
        }
        lastCheckpoint = checkpoint;
        lastSealedIndex = pendingLast;
        lastCheckpointTime = now;
        nextNumber++;
        pendingCount = 0;
    }

    /** The newest checkpoint, written by this sealer or found when it opened. */
    public Optional<Checkpoint> lastCheckpoint() {
        return Optional.ofNullable(lastCheckpoint);
    }

    /** Events read but not yet covered by a checkpoint. */
    public long pendingEvents() {
        return pendingCount;
    }

    /** Seals what is left and writes the final checkpoint, then releases the tailer. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            seal();
            checkpoint();
        } finally {
            tailer.close();
        }
    }
}

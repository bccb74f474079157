package io.kmipserver.audit.seal;

import io.kmipserver.audit.event.AuditEvent;
import io.kmipserver.audit.journal.AuditJournalException;
import io.kmipserver.audit.journal.CorruptEventException;
import io.kmipserver.audit.journal.CycleFiles;
import io.kmipserver.audit.journal.JournalEntry;
import io.kmipserver.audit.journal.JournalReader;
import io.kmipserver.audit.journal.JournalRetention;
import io.kmipserver.audit.journal.JournalTailer;
import io.kmipserver.audit.seal.Finding.Kind;
import io.kmipserver.audit.seal.Finding.Level;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Proves the journal on disk is the one the sealer saw, or says where it is not.
 *
 * <p>It checks, in this order: every cycle file holds all the excerpts its headers announce
 * ({@link CycleFiles#checkWhole}; mapping a file cut short would fault); every checkpoint line parses,
 * is signed by the audit key and follows the one before; then it reads every event in order,
 * checking its checksum (a flipped byte names its event), its journal sequence (a removed event
 * leaves a gap) and the hash chain against each checkpoint (which catches what a forger who
 * recomputed checksums and sequences did). Events after the last checkpoint are reported as
 * unsealed, a warning. Checkpoints over files that retention deleted are skipped, provided a
 * retention event still in the journal records the deletion.
 *
 * <p>Threading: stateless; each call opens the journal read-only and closes it.
 */
public final class AuditVerifier {
    private AuditVerifier() {
    }

    public static VerificationReport verify(Path journalDirectory, Path sealDirectory, PublicKey key) {
        Run run = new Run();
        if (!run.filesAreWhole(journalDirectory)) {
            return run.report();
        }
        List<Checkpoint> trusted = run.trustedCheckpoints(new CheckpointLog(sealDirectory), key);
        try (JournalReader reader = JournalReader.openReadOnly(journalDirectory);
             JournalTailer tailer = reader.tailer()) {
            run.checkEvents(tailer, trusted);
        } catch (AuditJournalException e) {
            run.fail(Kind.UNREADABLE, journalDirectory.toString(), -1, -1, e.getMessage());
        }
        return run.report();
    }

    /** The state of one verification. */
    private static final class Run {
        private final List<Finding> findings = new ArrayList<>();
        private final ChainHash chainHash = new ChainHash();
        private final Set<String> deletedByRetention = new HashSet<>();
        private final List<Checkpoint> retired = new ArrayList<>();

        private long checkpointsVerified;
        private long lastVerifiedCheckpoint;
        private long eventsVerified;
        private long lastVerifiedIndex = -1;
        private long unsealed;
        private long firstUnsealedIndex = -1;

        // the event walk
        private List<Checkpoint> checkpoints;
        private int next;            // the checkpoint the walk is in or heading for
        private Checkpoint open;     // being recomputed
        private Checkpoint skipping; // cannot be recomputed (its first event is missing); passing through
        private byte[] chain;
        private long count;
        private long previousSequence = -1;
        private long previousIndex = -1;
        private boolean sawEntry;

        boolean filesAreWhole(Path journalDirectory) {
            if (!Files.isDirectory(journalDirectory)) {
                fail(Kind.UNREADABLE, journalDirectory.toString(), -1, -1, "no audit journal directory");
                return false;
            }
            try (Stream<Path> files = Files.list(journalDirectory)) {
                for (Path file : files.filter(f -> f.getFileName().toString().endsWith(CycleFiles.SUFFIX)).sorted().toList()) {
                    Optional<String> problem = CycleFiles.checkWhole(file);
                    problem.ifPresent(p -> fail(Kind.TRUNCATED_FILE, file.getFileName().toString(), -1, -1,
                            p + "; the events in the missing part are lost"));
                }
            } catch (IOException e) {
                fail(Kind.UNREADABLE, journalDirectory.toString(), -1, -1, "cannot read the journal files: " + e);
            }
            return findings.isEmpty();
        }

        List<Checkpoint> trustedCheckpoints(CheckpointLog log, PublicKey key) {
            List<CheckpointLog.Line> lines;
            try {
                lines = log.read();
            } catch (IOException e) {
                fail(Kind.UNREADABLE, log.file().toString(), -1, -1, "cannot read the checkpoints: " + e);
                return List.of();
            }
            List<Checkpoint> trusted = new ArrayList<>();
            for (CheckpointLog.Line line : lines) {
                String where = CheckpointLog.FILE_NAME + " line " + line.number();
                Checkpoint c = line.checkpoint();
                if (c == null) {
                    fail(Kind.MALFORMED_CHECKPOINT, where, -1, -1, line.problem());
                    continue;
                }
                if (!c.signatureValid(key)) {
                    fail(Kind.BAD_SIGNATURE, where, c.firstIndex(), c.number(), "checkpoint #" + c.number()
                            + " is not signed by the audit signing key: it was forged or altered");
                    continue;
                }
                if (!trusted.isEmpty()) {
                    Checkpoint before = trusted.get(trusted.size() - 1);
                    if (c.number() != before.number() + 1 || !c.previousHash().equals(before.chainHash())
                            || c.firstIndex() <= before.lastIndex()) {
                        fail(Kind.CHECKPOINT_DISCONTINUITY, where, c.firstIndex(), c.number(), "checkpoint #" + c.number()
                                + " does not continue checkpoint #" + before.number()
                                + ": a checkpoint between them is missing or invalid");
                    }
                }
                trusted.add(c);
            }
            return trusted;
        }

        void checkEvents(JournalTailer tailer, List<Checkpoint> trusted) {
            checkpoints = trusted;
            try {
                for (JournalEntry entry = tailer.next(); entry != null; entry = tailer.next()) {
                    accept(entry);
                }
            } catch (AuditJournalException e) {
                // what follows cannot be read, so cannot be checked; report the place, not the aftermath
                fail(Kind.UNREADABLE, CycleFiles.fileNameOf(tailer.index()), tailer.index(), -1, e.getMessage());
                return;
            }
            finish();
        }

        private void accept(JournalEntry entry) {
            long index = entry.index();
            passCheckpointsEndingBefore(index);
            sawEntry = true;
            checkIntegrity(entry);
            previousIndex = index;

            if (next == checkpoints.size()) {
                if (unsealed++ == 0) {
                    firstUnsealedIndex = index;
                }
                return;
            }
            Checkpoint c = checkpoints.get(next);
            if (index < c.firstIndex()) {
                if (open == null && skipping == null) {
                    fail(Kind.UNCOVERED_EVENT, CycleFiles.describe(index), index, c.number(), "the event lies before"
                            + " checkpoint #" + c.number() + " and after the checkpoint before it; the sealer leaves no"
                            + " such gap, so it was inserted");
                }
                return;
            }
            if (open == null && skipping == null) {
                if (index == c.firstIndex()) {
                    open = c;
                    chain = ChainHash.fromHex(c.previousHash());
                    count = 0;
                } else {
                    fail(Kind.MISSING_EVENTS, checkpointWhere(c), c.firstIndex(), c.number(), "checkpoint #" + c.number()
                            + " seals events from " + CycleFiles.describe(c.firstIndex()) + " but the first of its events"
                            + " in the journal is at " + CycleFiles.describe(index) + ": the events before it are gone");
                    skipping = c;
                }
            }
            if (open != null) {
                chain = chainHash.next(chain, entry);
                count++;
            }
            if (index == c.lastIndex()) {
                if (open != null) {
                    closeOpen();
                }
                skipping = null;
                next++;
            }
        }

        /** Settles every checkpoint whose last event lies before {@code index}. */
        private void passCheckpointsEndingBefore(long index) {
            while (next < checkpoints.size() && checkpoints.get(next).lastIndex() < index) {
                Checkpoint c = checkpoints.get(next);
                if (!sawEntry) {
                    retired.add(c);
                } else if (open == c) {
                    fail(Kind.CHAIN_MISMATCH, checkpointWhere(c), c.lastIndex(), c.number(), "checkpoint #" + c.number()
                            + " seals events up to " + CycleFiles.describe(c.lastIndex()) + " but the journal has no event"
                            + " there (" + count + " of " + c.count() + " events found): events were removed");
                } else if (skipping != c) {
                    fail(Kind.MISSING_EVENTS, checkpointWhere(c), c.firstIndex(), c.number(), "none of the " + c.count()
                            + " events sealed by checkpoint #" + c.number() + " is in the journal");
                }
                open = null;
                skipping = null;
                next++;
            }
        }

        private void closeOpen() {
            Checkpoint c = open;
            open = null;
            boolean hashMatches = Arrays.equals(chain, ChainHash.fromHex(c.chainHash()));
            if (hashMatches && count == c.count()) {
                checkpointsVerified++;
                lastVerifiedCheckpoint = c.number();
                eventsVerified += count;
                lastVerifiedIndex = c.lastIndex();
            } else {
                fail(Kind.CHAIN_MISMATCH, checkpointWhere(c), c.firstIndex(), c.number(), "the events sealed by checkpoint #"
                        + c.number() + " do not hash to its chain hash (" + count + " events found, " + c.count()
                        + " sealed): an event in this range was altered, removed or inserted");
            }
        }

        private void checkIntegrity(JournalEntry entry) {
            long index = entry.index();
            if (!entry.checksumMatches()) {
                fail(Kind.CORRUPT_EVENT, CycleFiles.describe(index), index, -1,
                        "the event's checksum does not match its bytes: the event was altered");
                // its sequence bytes may be the altered ones; assume it held the expected number
                previousSequence = previousSequence < 0 ? -1 : previousSequence + 1;
                return;
            }
            long sequence = entry.sequence();
            if (previousSequence >= 0 && sequence != previousSequence + 1) {
                String between = "between " + CycleFiles.describe(previousIndex) + " and " + CycleFiles.describe(index);
                if (sequence > previousSequence + 1) {
                    long missing = sequence - previousSequence - 1;
                    fail(Kind.MISSING_EVENTS, CycleFiles.describe(index), index, -1, missing + " event(s) with journal"
                            + " sequence " + range(previousSequence + 1, sequence - 1) + " are missing " + between);
                } else {
                    fail(Kind.OUT_OF_ORDER, CycleFiles.describe(index), index, -1, "journal sequence " + sequence
                            + " follows " + previousSequence + " " + between + ": events were moved or duplicated");
                }
            }
            previousSequence = sequence;
            try {
                AuditEvent event = entry.event();
                if (JournalRetention.ACTION.equals(event.action())) {
                    String files = event.responseData().getOrDefault(JournalRetention.DELETED_FILES, "");
                    for (String file : files.split(",")) {
                        if (!file.isEmpty()) {
                            deletedByRetention.add(file);
                        }
                    }
                }
            } catch (CorruptEventException e) {
                fail(Kind.CORRUPT_EVENT, CycleFiles.describe(index), index, -1, "the event cannot be decoded: " + e.getMessage());
            }
        }

        private void finish() {
            if (!sawEntry) {
                if (!checkpoints.isEmpty()) {
                    Checkpoint last = checkpoints.get(checkpoints.size() - 1);
                    fail(Kind.TRUNCATED_JOURNAL, "journal", last.lastIndex(), last.number(), "the journal holds no event"
                            + " but checkpoint #" + last.number() + " seals events up to " + CycleFiles.describe(last.lastIndex()));
                }
                return;
            }
            if (next < checkpoints.size()) {
                Checkpoint last = checkpoints.get(checkpoints.size() - 1);
                long sealedButMissing = (open != null ? open.count() - count : 0);
                for (int i = open != null ? next + 1 : next; i < checkpoints.size(); i++) {
                    sealedButMissing += checkpoints.get(i).count();
                }
                fail(Kind.TRUNCATED_JOURNAL, CycleFiles.describe(previousIndex), previousIndex, checkpoints.get(next).number(),
                        "the journal ends at " + CycleFiles.describe(previousIndex) + " but checkpoint #" + last.number()
                        + " seals events up to " + CycleFiles.describe(last.lastIndex()) + ": " + sealedButMissing
                        + " sealed event(s) are missing from the end");
            }
            if (!retired.isEmpty()) {
                // The newest retired file lies just before the journal's start; the retention run that
                // deleted it recorded that in a file still present. Older runs' records may be gone.
                Checkpoint newest = retired.get(retired.size() - 1);
                String file = CycleFiles.fileNameOf(newest.lastIndex());
                if (!deletedByRetention.contains(file)) {
                    fail(Kind.MISSING_FILE, file, newest.lastIndex(), newest.number(), "the file sealed by checkpoint #"
                            + newest.number() + " is gone and no retention event records deleting it");
                }
            }
            if (unsealed > 0) {
                findings.add(new Finding(Level.WARNING, Kind.UNSEALED_EVENTS, CycleFiles.describe(firstUnsealedIndex),
                        firstUnsealedIndex, -1, unsealed + " event(s) from here on are not sealed by a checkpoint yet"));
            }
        }

        private static String checkpointWhere(Checkpoint c) {
            String first = CycleFiles.fileNameOf(c.firstIndex());
            return "checkpoint #" + c.number() + " (" + first + " #" + CycleFiles.sequenceInCycle(c.firstIndex()) + ".."
                    + CycleFiles.sequenceInCycle(c.lastIndex()) + ")";
        }

        private static String range(long from, long to) {
            return from == to ? Long.toString(from) : from + ".." + to;
        }

        void fail(Kind kind, String where, long index, long checkpoint, String message) {
            findings.add(new Finding(Level.FAILURE, kind, where, index, checkpoint, message));
        }

        VerificationReport report() {
            return new VerificationReport(checkpointsVerified, lastVerifiedCheckpoint, eventsVerified, lastVerifiedIndex,
                    retired.size(), unsealed, findings);
        }
    }
}

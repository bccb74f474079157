package io.kmipserver.audit.seal;

import io.kmipserver.audit.journal.CycleFiles;
import java.util.List;

/**
 * What {@link AuditVerifier} found.
 *
 * @param checkpointsVerified   checkpoints whose signature, chain hash and count all matched
 * @param lastVerifiedCheckpoint number of the last checkpoint that matched, or 0
 * @param eventsVerified        events covered by the checkpoints that matched
 * @param lastVerifiedIndex     Chronicle index of the last event covered by a matched checkpoint, or -1
 * @param retiredCheckpoints    checkpoints over cycle files retention has deleted
 * @param unsealedEvents        events after the last checkpoint
 * @param findings              every problem and warning, in the order found
 */
public record VerificationReport(long checkpointsVerified, long lastVerifiedCheckpoint, long eventsVerified,
                                 long lastVerifiedIndex, long retiredCheckpoints, long unsealedEvents,
                                 List<Finding> findings) {

    public VerificationReport {
        findings = List.copyOf(findings);
    }

    /** True when nothing failed; warnings (such as unsealed events) are allowed. */
    public boolean verified() {
        return failures().isEmpty();
    }

    public List<Finding> failures() {
        return findings.stream().filter(f -> f.level() == Finding.Level.FAILURE).toList();
    }

    /** The report as lines for a person: a verdict, then each finding. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        if (verified()) {
            text.append("VERIFIED: ");
        } else {
            text.append("FAILED: ").append(failures().size()).append(failures().size() == 1 ? " problem; " : " problems; ");
        }
        text.append(checkpointsVerified).append(" checkpoint(s) and ").append(eventsVerified).append(" event(s) verified");
        if (lastVerifiedCheckpoint > 0) {
            text.append(", up to checkpoint #").append(lastVerifiedCheckpoint)
                    .append(" at ").append(CycleFiles.describe(lastVerifiedIndex));
        }
        if (retiredCheckpoints > 0) {
            text.append("; ").append(retiredCheckpoints).append(" older checkpoint(s) cover cycle files no longer present");
        }
        text.append('\n');
        for (Finding finding : findings) {
            text.append(finding).append('\n');
        }
        return text.toString();
    }
}

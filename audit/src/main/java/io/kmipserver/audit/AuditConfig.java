package io.kmipserver.audit;

import io.kmipserver.audit.journal.JournalOptions;
import io.kmipserver.audit.seal.SealPolicy;
import java.time.Duration;
import java.util.Objects;

/**
 * Settings of the audit system, validated on construction.
 *
 * @param nodeId                the server node's id: every event's and checkpoint's observer
 * @param retentionDays         whole days of journal kept; older cycle files are deleted
 * @param checkpointEveryEvents a checkpoint at least every this many events
 * @param checkpointInterval    a checkpoint at least this often while events wait
 * @param fsync                 force each event to the device before the append returns
 *                              (survives power loss; see {@link JournalOptions#fsync()})
 * @param minFreeBytes          appends fail closed below this much free disk space
 * @param sealerPollInterval    how often the sealer looks for new events
 */
public record AuditConfig(String nodeId, int retentionDays, int checkpointEveryEvents, Duration checkpointInterval,
                          boolean fsync, long minFreeBytes, Duration sealerPollInterval) {

    public static final int DEFAULT_RETENTION_DAYS = 180;

    public AuditConfig {
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(checkpointInterval, "checkpointInterval");
        Objects.requireNonNull(sealerPollInterval, "sealerPollInterval");
        if (nodeId.isBlank()) {
            throw new IllegalArgumentException("nodeId must not be blank");
        }
        if (retentionDays < 1) {
            throw new IllegalArgumentException("retentionDays must be at least 1: " + retentionDays);
        }
        if (sealerPollInterval.isNegative() || sealerPollInterval.isZero()) {
            throw new IllegalArgumentException("sealerPollInterval must be positive: " + sealerPollInterval);
        }
        // the rest is checked by the records it configures, with their messages
        JournalOptions.DEFAULT.withMinFreeBytes(minFreeBytes);
        new SealPolicy(checkpointEveryEvents, checkpointInterval);
    }

    /** 180 days, a checkpoint every 10 000 events or 10 s, no fsync, 256 MiB free, polling every 200 ms. */
    public static AuditConfig defaults(String nodeId) {
        return new AuditConfig(nodeId, DEFAULT_RETENTION_DAYS, SealPolicy.DEFAULT.everyEvents(), SealPolicy.DEFAULT.every(),
                JournalOptions.DEFAULT.fsync(), JournalOptions.DEFAULT.minFreeBytes(), Duration.ofMillis(200));
    }

    public JournalOptions journalOptions() {
        return JournalOptions.DEFAULT.withFsync(fsync).withMinFreeBytes(minFreeBytes);
    }

    public SealPolicy sealPolicy() {
        return new SealPolicy(checkpointEveryEvents, checkpointInterval);
    }
}

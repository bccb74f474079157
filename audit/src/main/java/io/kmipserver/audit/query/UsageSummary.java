package io.kmipserver.audit.query;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * How one object has been used: what an operator checks before destroying a key.
 *
 * @param adapter          the adapter name asked about
 * @param uniqueIdentifier the object asked about
 * @param byAction         counts per action (e.g. {@code kmip.get}), sorted by action
 * @param firstUse         the oldest event of the object still in the journal; null when none
 * @param lastUse          the newest; null when none
 * @param lastUsers        the most recent distinct initiators, newest first
 */
public record UsageSummary(String adapter, String uniqueIdentifier, Map<String, ActionUsage> byAction, Instant firstUse,
                           Instant lastUse, List<UsageUser> lastUsers) {
    public UsageSummary {
        byAction = Map.copyOf(byAction);
        lastUsers = List.copyOf(lastUsers);
    }

    /**
     * The events of one action on the object.
     *
     * @param count    all of them
     * @param failures those whose outcome was failure
     */
    public record ActionUsage(long count, long failures, Instant firstUse, Instant lastUse) {
    }

    /** One initiator that used the object, with its most recent use. */
    public record UsageUser(String adapter, String certificateSubject, String certificateFingerprint, String remoteAddress,
                            String lastAction, Instant lastUse) {
    }
}

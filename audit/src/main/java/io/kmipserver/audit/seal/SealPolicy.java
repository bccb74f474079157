package io.kmipserver.audit.seal;

import java.time.Duration;
import java.util.Objects;

/**
 * When the sealer writes a checkpoint: after {@code everyEvents} events, or once {@code every} has
 * passed since the last checkpoint with events waiting, whichever comes first. It also checkpoints
 * at each new cycle file and when closed. Fewer events per checkpoint pin a tampered event down to
 * a smaller range; more cost fewer signatures.
 */
public record SealPolicy(int everyEvents, Duration every) {
    public static final SealPolicy DEFAULT = new SealPolicy(10_000, Duration.ofSeconds(10));

    public SealPolicy {
        Objects.requireNonNull(every, "every");
        if (everyEvents < 1) {
            throw new IllegalArgumentException("everyEvents must be at least 1: " + everyEvents);
        }
        if (every.isNegative() || every.isZero()) {
            throw new IllegalArgumentException("every must be positive: " + every);
        }
    }
}

package io.kmipserver.audit.journal;

import java.time.Clock;
import java.time.Instant;
import net.openhft.chronicle.core.time.TimeProvider;

/** Lets Chronicle roll its daily cycles by the injected {@link Clock}, so tests can move days. */
final class ClockTimeProvider implements TimeProvider {
    private final Clock clock;

    ClockTimeProvider(Clock clock) {
        this.clock = clock;
    }

    @Override
    public long currentTimeMillis() {
        return clock.millis();
    }

    @Override
    public long currentTimeMicros() {
        Instant now = clock.instant();
        return now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000L;
    }

    @Override
    public long currentTimeNanos() {
        Instant now = clock.instant();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }
}

package io.kmipserver.certs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The validity period of a certificate (RFC 5280 §4.1.2.5). Both instants are truncated to whole
 * seconds because X.509 times carry no fractions, so a certificate read back reports exactly the
 * instants it was issued with.
 *
 * @param notBefore first instant the certificate is valid
 * @param notAfter last instant the certificate is valid (inclusive, as in RFC 5280)
 */
public record Validity(Instant notBefore, Instant notAfter) {

    /**
     * How far {@link #starting} moves notBefore into the past, so that a peer whose clock runs a few
     * minutes behind ours does not reject a certificate we just issued as "not yet valid".
     */
    public static final Duration BACKDATE = Duration.ofMinutes(5);

    public Validity {
        Objects.requireNonNull(notBefore, "notBefore");
        Objects.requireNonNull(notAfter, "notAfter");
        notBefore = notBefore.truncatedTo(ChronoUnit.SECONDS);
        notAfter = notAfter.truncatedTo(ChronoUnit.SECONDS);
        if (!notAfter.isAfter(notBefore)) {
            throw new IllegalArgumentException("notAfter " + notAfter + " must be after notBefore " + notBefore);
        }
    }

    /**
     * A period that starts now (minus {@link #BACKDATE}) and ends {@code lifetime} from now.
     *
     * @param clock where "now" comes from
     * @param lifetime how long from now the certificate stays valid; positive
     */
    public static Validity starting(Clock clock, Duration lifetime) {
        if (lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("lifetime must be positive, was " + lifetime);
        }
        Instant now = clock.instant();
        return new Validity(now.minus(BACKDATE), now.plus(lifetime));
    }

    /** True when {@code instant} lies within this period, both ends included. */
    public boolean contains(Instant instant) {
        return !instant.isBefore(notBefore) && !instant.isAfter(notAfter);
    }
}

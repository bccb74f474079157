package io.kmipserver.server.keys;

import io.kmipserver.server.config.ServerConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Where the PKCS#11 token is and how the {@link Pkcs11KeyProtector} uses it. The PIN is not here: it
 * travels separately as a {@link Pkcs11Pin} so that no settings record, log line or {@code toString}
 * can carry it.
 *
 * @param library the PKCS#11 module, e.g. {@code /usr/lib/softhsm/libsofthsm2.so}
 * @param slotIndex index into the module's slot list ({@code C_GetSlotList}); used when
 *     {@code tokenLabel} is empty
 * @param tokenLabel the token's label ({@code CKA_LABEL} of the token, as {@code softhsm2-util
 *     --show-slots} prints it); when set it wins over {@code slotIndex}, because slot numbers move
 *     (SoftHSM renumbers a slot when its token is initialised)
 * @param sessions most token operations in flight at once: size it to the worker threads. SunPKCS11
 *     opens sessions on demand and pools them but has no size setting; this bound keeps its pool at
 *     most this large and makes further callers wait for a session instead of opening more than the
 *     token allows
 * @param sessionWait how long a caller waits for one of the {@code sessions} before failing with
 *     {@code UNAVAILABLE}
 * @param reconnectBackoff after a failed reconnect, calls fail at once for this long instead of each
 *     trying the token again
 * @param rootKeyRefresh how long a node trusts its cached list of an adapter's root-key versions
 *     before it reads the token again — how soon it protects under a version another node made by
 *     rotation (a version it has never seen is looked up at once)
 * @param clock time source of the backoff and the refresh
 */
public record Pkcs11Settings(Path library, int slotIndex, String tokenLabel, int sessions, Duration sessionWait,
        Duration reconnectBackoff, Duration rootKeyRefresh, Clock clock) {

    public Pkcs11Settings {
        Objects.requireNonNull(library, "library");
        Objects.requireNonNull(sessionWait, "sessionWait");
        Objects.requireNonNull(reconnectBackoff, "reconnectBackoff");
        Objects.requireNonNull(rootKeyRefresh, "rootKeyRefresh");
        Objects.requireNonNull(clock, "clock");
        tokenLabel = tokenLabel == null ? "" : tokenLabel;
        if (slotIndex < 0) {
            throw new IllegalArgumentException("slot index must not be negative: " + slotIndex);
        }
        if (sessions < 1) {
            throw new IllegalArgumentException("sessions must be positive: " + sessions);
        }
        if (tokenLabel.length() > 32) {
            throw new IllegalArgumentException("a PKCS#11 token label has at most 32 characters");
        }
    }

    /** The token in slot {@code slotIndex} of the module's slot list, with the defaults below. */
    public static Pkcs11Settings slotIndex(Path library, int slotIndex) {
        return new Pkcs11Settings(library, slotIndex, "", defaultSessions(), Duration.ofSeconds(10),
                Duration.ofSeconds(1), Duration.ofSeconds(30), Clock.systemUTC());
    }

    /** The token labelled {@code tokenLabel}, wherever its slot is, with the defaults below. */
    public static Pkcs11Settings tokenLabel(Path library, String tokenLabel) {
        if (tokenLabel == null || tokenLabel.isEmpty()) {
            throw new IllegalArgumentException("token label must not be empty");
        }
        return slotIndex(library, 0).withTokenLabel(tokenLabel);
    }

    /** As many as the default worker pool has threads. */
    static int defaultSessions() {
        return ServerConfig.Kmip.defaultWorkerThreads();
    }

    public Pkcs11Settings withTokenLabel(String label) {
        return new Pkcs11Settings(library, slotIndex, label, sessions, sessionWait, reconnectBackoff,
                rootKeyRefresh, clock);
    }

    public Pkcs11Settings withSessions(int count) {
        return new Pkcs11Settings(library, slotIndex, tokenLabel, count, sessionWait, reconnectBackoff,
                rootKeyRefresh, clock);
    }

    public Pkcs11Settings withReconnectBackoff(Duration backoff) {
        return new Pkcs11Settings(library, slotIndex, tokenLabel, sessions, sessionWait, backoff,
                rootKeyRefresh, clock);
    }

    public Pkcs11Settings withRootKeyRefresh(Duration refresh) {
        return new Pkcs11Settings(library, slotIndex, tokenLabel, sessions, sessionWait, reconnectBackoff,
                refresh, clock);
    }

    public Pkcs11Settings withClock(Clock c) {
        return new Pkcs11Settings(library, slotIndex, tokenLabel, sessions, sessionWait, reconnectBackoff,
                rootKeyRefresh, c);
    }

    /** True when the token is chosen by label rather than by slot index. */
    public boolean byLabel() {
        return !tokenLabel.isEmpty();
    }

    /** "token 'kmip' in /usr/lib/…/libsofthsm2.so" or "slot index 0 of …", for messages and logs. */
    public String describeToken() {
        return (byLabel() ? "token '" + tokenLabel + "'" : "slot index " + slotIndex) + " of " + library;
    }
}

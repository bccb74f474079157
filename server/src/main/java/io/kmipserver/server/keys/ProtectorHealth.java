package io.kmipserver.server.keys;

/**
 * The answer of {@link KeyProtector#health()} for {@code /healthz} and the metrics endpoint.
 *
 * @param healthy true when the protector can protect and unprotect right now
 * @param description short operator-facing text (kind, adapter count, or what is wrong); no secrets
 */
public record ProtectorHealth(boolean healthy, String description) {

    public static ProtectorHealth up(String description) {
        return new ProtectorHealth(true, description);
    }

    public static ProtectorHealth down(String description) {
        return new ProtectorHealth(false, description);
    }
}

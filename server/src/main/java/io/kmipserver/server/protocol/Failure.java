package io.kmipserver.server.protocol;

import io.kmipserver.codec.spec.ResultReason;
import java.util.Objects;

/**
 * A failed batch item as the client and the audit journal see it: the Result Reason, a message safe
 * for both, and — for failures that are the server's fault — the incident id under which the details
 * were logged.
 *
 * @param reason the Result Reason, one the request's protocol version defines
 * @param message safe to send as Result Message and to journal: no key material, no internal text
 * @param incidentId non-null when the cause was unexpected and logged with its stack trace
 */
public record Failure(ResultReason reason, String message, String incidentId) {

    public Failure {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(message, "message");
    }

    public static Failure of(ResultReason reason, String message) {
        return new Failure(reason, message, null);
    }
}

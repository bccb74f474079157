package io.kmipserver.audit.event;

import java.util.Objects;

/**
 * Why an operation had its outcome (CADF {@code reason}).
 *
 * @param code    the KMIP Result Reason name (e.g. {@code Item Not Found}) or the HTTP status
 *                (e.g. {@code 403}); never null
 * @param message a message safe to show an auditor; may be null
 */
public record Reason(String code, String message) {
    public Reason {
        Objects.requireNonNull(code, "code");
    }

    public static Reason of(String code) {
        return new Reason(code, null);
    }
}

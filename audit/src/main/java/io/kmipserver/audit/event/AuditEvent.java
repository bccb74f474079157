package io.kmipserver.audit.event;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One audited operation, shaped after the CADF event model (DMTF DSP0262): what was done
 * ({@code action}), by whom ({@code initiator}), to what ({@code target}), with which
 * {@code outcome} and {@code reason}, as seen by which node ({@code observer}).
 *
 * <p><strong>No secret ever belongs in an event.</strong> Callers must never put key material,
 * private keys, passwords, PINs or authentication tokens into {@code requestData},
 * {@code responseData}, the reason message or any other field: events are kept for months, exported
 * to SIEMs and shown to auditors. Record identifiers, attribute names and non-secret attribute
 * values only.
 *
 * @param id            unique among all events, e.g. from {@link AuditEventIds}
 * @param eventTime     when the operation completed, in microseconds since the epoch (UTC)
 * @param action        what was done, e.g. {@code kmip.create}, {@code kmip.invalid},
 *                      {@code kmip.handshake}, {@code management.adapter.create}
 * @param outcome       success or failure
 * @param reason        why the outcome is what it is (KMIP Result Reason or HTTP status); null
 *                      when nothing needs explaining
 * @param severity      how urgently a human should look at it
 * @param initiator     who asked; {@link Initiator#NONE} when nobody is known
 * @param target        what it acted on; {@link Target#NONE} when nothing
 * @param correlationId shared by the events of one request message (its batch items); may be null
 * @param requestData   non-secret request attribute names and values, in the order given
 * @param responseData  non-secret response attribute names and values, in the order given
 * @param observer      the node id of the server that recorded the event
 */
public record AuditEvent(
        String id,
        long eventTime,
        String action,
        Outcome outcome,
        Reason reason,
        Severity severity,
        Initiator initiator,
        Target target,
        String correlationId,
        Map<String, String> requestData,
        Map<String, String> responseData,
        String observer) {

    public AuditEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(initiator, "initiator");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(observer, "observer");
        requestData = orderedCopy(requestData, "requestData");
        responseData = orderedCopy(responseData, "responseData");
    }

    public static Builder builder() {
        return new Builder();
    }

    private static Map<String, String> orderedCopy(Map<String, String> data, String name) {
        Objects.requireNonNull(data, name);
        if (data.isEmpty()) {
            return Map.of();
        }
        Map<String, String> copy = new LinkedHashMap<>(data.size() * 2);
        data.forEach((key, value) -> copy.put(
                Objects.requireNonNull(key, () -> name + " key"),
                Objects.requireNonNull(value, () -> name + " value of " + key)));
        return Collections.unmodifiableMap(copy);
    }

    /** Collects the fields of an event; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private String id;
        private long eventTime;
        private String action;
        private Outcome outcome;
        private Reason reason;
        private Severity severity = Severity.NORMAL;
        private Initiator initiator = Initiator.NONE;
        private Target target = Target.NONE;
        private String correlationId;
        private final Map<String, String> requestData = new LinkedHashMap<>();
        private final Map<String, String> responseData = new LinkedHashMap<>();
        private String observer;

        private Builder() {
        }

        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /** Sets the event time in microseconds since the epoch. */
        public Builder eventTime(long epochMicros) {
            this.eventTime = epochMicros;
            return this;
        }

        public Builder eventTime(Instant time) {
            this.eventTime = EventTimes.toMicros(time);
            return this;
        }

        public Builder action(String action) {
            this.action = action;
            return this;
        }

        public Builder outcome(Outcome outcome) {
            this.outcome = outcome;
            return this;
        }

        public Builder success() {
            return outcome(Outcome.SUCCESS);
        }

        /** Marks the event failed for the given reason code and message. */
        public Builder failure(String reasonCode, String message) {
            this.outcome = Outcome.FAILURE;
            this.reason = new Reason(reasonCode, message);
            return this;
        }

        public Builder reason(Reason reason) {
            this.reason = reason;
            return this;
        }

        public Builder severity(Severity severity) {
            this.severity = severity;
            return this;
        }

        public Builder initiator(Initiator initiator) {
            this.initiator = initiator;
            return this;
        }

        public Builder target(Target target) {
            this.target = target;
            return this;
        }

        public Builder correlationId(String correlationId) {
            this.correlationId = correlationId;
            return this;
        }

        /** Adds one non-secret request attribute; never key material, passwords or tokens. */
        public Builder request(String name, String value) {
            requestData.put(name, value);
            return this;
        }

        /** Adds one non-secret response attribute; never key material, passwords or tokens. */
        public Builder response(String name, String value) {
            responseData.put(name, value);
            return this;
        }

        public Builder observer(String observer) {
            this.observer = observer;
            return this;
        }

        public AuditEvent build() {
            return new AuditEvent(id, eventTime, action, outcome, reason, severity, initiator, target,
                    correlationId, requestData, responseData, observer);
        }
    }
}

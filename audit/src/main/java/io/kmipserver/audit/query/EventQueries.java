package io.kmipserver.audit.query;

import io.kmipserver.audit.event.AuditEvent;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The questions the audit journal answers. Implementations are thread-safe.
 */
public interface EventQueries {

    /**
     * One page of the events matching the query, newest first.
     *
     * @throws InvalidCursorException when the query's cursor was not made by this server
     */
    EventPage search(EventQuery query);

    /** The event with this id, if it is still in the journal. */
    Optional<AuditEvent> find(String eventId);

    /**
     * How an object has been used.
     *
     * @param adapter          the adapter's name, as events carry it in {@code Target.adapter} and
     *                         {@code Initiator.adapter}
     * @param uniqueIdentifier the object's Unique Identifier
     * @param lastUsers        how many distinct recent initiators to list
     */
    UsageSummary usage(String adapter, String uniqueIdentifier, int lastUsers);

    /** How far the answers lag the journal. */
    IndexStatus status();

    /**
     * Delivers each new event matching {@code filter} (its limit and cursor are ignored). The
     * listener runs on the indexer thread after each committed batch, in journal order; it must
     * not block.
     */
    Subscription subscribe(EventQuery filter, Consumer<AuditEvent> listener);

    /** Waits until everything appended to the journal before this call is indexed. */
    boolean awaitCaughtUp(Duration timeout);
}

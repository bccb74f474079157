package io.kmipserver.audit.index;

import io.kmipserver.audit.event.AuditEvent;
import io.kmipserver.audit.event.EventTimes;
import io.kmipserver.audit.journal.CorruptEventException;
import io.kmipserver.audit.journal.JournalEntry;
import io.kmipserver.audit.journal.JournalReader;
import io.kmipserver.audit.journal.JournalTailer;
import io.kmipserver.audit.query.EventCursor;
import io.kmipserver.audit.query.EventMatcher;
import io.kmipserver.audit.query.EventPage;
import io.kmipserver.audit.query.EventQueries;
import io.kmipserver.audit.query.EventQuery;
import io.kmipserver.audit.query.IndexStatus;
import io.kmipserver.audit.query.Subscription;
import io.kmipserver.audit.query.UsageSummary;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Answers searches by reading the whole journal: the reference the index is tested against, far too
 * slow for a server. Subscriptions deliver nothing. Thread-safe: each call uses its own tailer.
 */
public final class JournalScanQueries implements EventQueries {
    private final JournalReader reader;

    public JournalScanQueries(JournalReader reader) {
        this.reader = reader;
    }

    private record Found(long index, AuditEvent event) {
    }

    private static final Comparator<Found> NEWEST_FIRST = Comparator.comparingLong((Found f) -> f.event().eventTime())
            .thenComparingLong(Found::index).reversed();

    @Override
    public EventPage search(EventQuery query) {
        EventCursor cursor = query.cursor() == null ? null : EventCursor.decode(query.cursor());
        EventMatcher matcher = new EventMatcher(query);
        List<Found> found = new ArrayList<>();
        scan(f -> {
            if (matcher.test(f.event()) && (cursor == null || cursor.isBefore(f.event().eventTime(), f.index()))) {
                found.add(f);
            }
        });
        found.sort(NEWEST_FIRST);
        List<AuditEvent> page = new ArrayList<>();
        for (int i = 0; i < Math.min(query.limit(), found.size()); i++) {
            page.add(found.get(i).event());
        }
        String next = null;
        if (found.size() > query.limit()) {
            Found last = found.get(query.limit() - 1);
            next = new EventCursor(last.event().eventTime(), last.index()).encode();
        }
        return new EventPage(page, next);
    }

    private void scan(Consumer<Found> sink) {
        try (JournalTailer tailer = reader.tailer()) {
            for (JournalEntry entry = tailer.next(); entry != null; entry = tailer.next()) {
                try {
                    sink.accept(new Found(entry.index(), entry.event()));
                } catch (CorruptEventException e) {
                    // the verifier reports it; a search skips it
                }
            }
        }
    }

    @Override
    public Optional<AuditEvent> find(String eventId) {
        List<AuditEvent> found = new ArrayList<>();
        scan(f -> {
            if (f.event().id().equals(eventId)) {
                found.add(f.event());
            }
        });
        return found.stream().findFirst();
    }

    @Override
    public UsageSummary usage(String adapter, String uniqueIdentifier, int lastUsers) {
        Map<String, UsageSummary.ActionUsage> byAction = new java.util.TreeMap<>();
        long[] range = {Long.MAX_VALUE, Long.MIN_VALUE};
        scan(f -> {
            AuditEvent e = f.event();
            if (adapter.equals(e.target().adapter()) && e.target().uniqueIdentifiers().contains(uniqueIdentifier)) {
                byAction.merge(e.action(), new UsageSummary.ActionUsage(1, e.outcome() == io.kmipserver.audit.event.Outcome.FAILURE ? 1 : 0,
                        EventTimes.toInstant(e.eventTime()), EventTimes.toInstant(e.eventTime())),
                        (a, b) -> new UsageSummary.ActionUsage(a.count() + b.count(), a.failures() + b.failures(),
                                a.firstUse().isBefore(b.firstUse()) ? a.firstUse() : b.firstUse(),
                                a.lastUse().isAfter(b.lastUse()) ? a.lastUse() : b.lastUse()));
                range[0] = Math.min(range[0], e.eventTime());
                range[1] = Math.max(range[1], e.eventTime());
            }
        });
        return new UsageSummary(adapter, uniqueIdentifier, byAction,
                byAction.isEmpty() ? null : EventTimes.toInstant(range[0]),
                byAction.isEmpty() ? null : EventTimes.toInstant(range[1]), List.of());
    }

    @Override
    public IndexStatus status() {
        long last = reader.lastIndex();
        return new IndexStatus(last, last, 0, Duration.ZERO, null);
    }

    @Override
    public Subscription subscribe(EventQuery filter, Consumer<AuditEvent> listener) {
        return () -> { };
    }

    @Override
    public boolean awaitCaughtUp(Duration timeout) {
        return true;
    }
}

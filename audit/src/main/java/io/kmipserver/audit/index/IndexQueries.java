package io.kmipserver.audit.index;

import io.kmipserver.audit.event.AuditEvent;
import io.kmipserver.audit.event.EventTimes;
import io.kmipserver.audit.event.Outcome;
import io.kmipserver.audit.event.Severity;
import io.kmipserver.audit.query.EventCursor;
import io.kmipserver.audit.query.EventMatcher;
import io.kmipserver.audit.query.EventPage;
import io.kmipserver.audit.query.EventQuery;
import io.kmipserver.audit.query.UsageSummary;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers queries from the index tables through a few read connections (SQLite in WAL mode reads
 * while the indexer writes).
 *
 * <p>How a search reads: one filter <em>drives</em> — its index yields the matching events already
 * newest first, so a page reads about {@code limit} rows however many events match — and the other
 * filters are checked on the rows it yields. The driver is the most selective filter present, in
 * this order: target, correlation id (both one ordered stream per run of {@link Postings}), initiator (one range of {@code initiators} per action asked
 * for, or per known action), actions, reason, outcome and severity, time. Several ranges (several
 * actions, a prefix expanded through the {@code actions} table, the severities of an outcome) are
 * several ordered streams merged lazily, so a page still reads about {@code limit} rows. The index to use is named
 * in the SQL ({@code INDEXED BY}, {@code CROSS JOIN}): the plan never depends on statistics, and a
 * query that cannot use its index fails instead of scanning.
 *
 * <p>Threading: thread-safe; each call borrows a connection from a small pool.
 */
final class IndexQueries implements AutoCloseable {
    private static final long BORROW_TIMEOUT_SECONDS = 30;
    private static final Logger LOG = LoggerFactory.getLogger(IndexQueries.class);
    /** How many of an object's newest events a usage summary reads to find its last users. */
    private static final int LAST_USERS_SCAN = 10_000;
    /** One run's postings of one key, newest first (the run's primary key is (run, k, time, pos)). */
    private static final String POSTINGS_OF_RUN = "postings d CROSS JOIN events e ON e.pos = d.pos WHERE d.run = ? AND d.k = ?";
    private static final String POSTINGS_ONLY_OF_RUN = "postings d WHERE d.run = ? AND d.k = ?";

    private final BlockingQueue<Connection> pool;
    private final List<Connection> all = new ArrayList<>();
    private final Supplier<Map<Long, String>> actions;

    IndexQueries(Path file, int connections, Supplier<Map<Long, String>> actions) throws SQLException {
        this.pool = new ArrayBlockingQueue<>(connections);
        this.actions = actions;
        try {
            for (int i = 0; i < connections; i++) {
                Connection connection = IndexFiles.connect(file, true);
                all.add(connection);
                // a call's statements share one read transaction: a merge of postings runs moves
                // rows between runs, and a query must see each row in exactly one of the runs it lists
                connection.setAutoCommit(false);
                pool.add(connection);
            }
        } catch (SQLException e) {
            close();
            throw e;
        }
    }

    /** One SQL statement yielding (pos, time, body) newest first. */
    record Stream(String sql, List<Object> parameters) {
    }

    @FunctionalInterface
    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private <T> T withConnection(Work<T> work) {
        Connection connection;
        try {
            connection = pool.poll(BORROW_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IndexException("interrupted waiting for an audit index connection", e);
        }
        if (connection == null) {
            throw new IndexException("no audit index connection became free within " + BORROW_TIMEOUT_SECONDS + " s", null);
        }
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new IndexException("audit index query failed: " + e.getMessage(), e);
        } finally {
            try {
                connection.rollback(); // ends the read transaction: the WAL can be checkpointed past it
            } catch (SQLException e) {
                LOG.debug("Ending an audit index read transaction failed", e);
            }
            pool.add(connection);
        }
    }

    EventPage search(EventQuery query) {
        EventCursor cursor = query.cursor() == null ? null : EventCursor.decode(query.cursor());
        EventMatcher matcher = new EventMatcher(query);
        return withConnection(connection -> {
            List<AuditEvent> events = new ArrayList<>(Math.min(query.limit(), 128));
            long[] last = new long[3]; // pos, time, rows read
            boolean more;
            try (PreparedStatement bodyOf = connection.prepareStatement("SELECT body FROM events WHERE pos = ?")) {
                more = readMerged(connection, streams(query, cursor, connection), (pos, time, body) -> {
                    last[0] = pos;
                    last[1] = time;
                    byte[] bytes = body != null ? body : body(bodyOf, pos);
                    AuditEvent event = bytes == null ? null : IndexWriter.decodeOrNull(bytes);
                    // a hash shared by two strings could bring in an event the filters do not match
                    if (event != null && matcher.test(event)) {
                        events.add(event);
                    }
                    return ++last[2] < query.limit();
                });
            }
            String next = more && last[2] == query.limit() ? new EventCursor(last[1], last[0]).encode() : null;
            return new EventPage(events, next);
        });
    }

    /** The stored event at {@code pos}, or null when there is none. */
    private static byte[] body(PreparedStatement bodyOf, long pos) throws SQLException {
        bodyOf.setLong(1, pos);
        try (ResultSet rs = bodyOf.executeQuery()) {
            return rs.next() ? rs.getBytes(1) : null;
        }
    }

    /** Takes the rows of a merged read, newest first; returns whether it wants more. */
    @FunctionalInterface
    private interface RowSink {
        boolean accept(long pos, long time, byte[] body) throws SQLException;
    }

    /**
     * Runs the streams and hands their rows to {@code sink} merged newest first by (time, pos), until
     * the streams end or the sink wants no more.
     *
     * @return whether rows remained unread
     */
    private static boolean readMerged(Connection connection, List<Stream> streams, RowSink sink) throws SQLException {
        List<PreparedStatement> statements = new ArrayList<>(streams.size());
        PriorityQueue<Head> heads = new PriorityQueue<>();
        try {
            for (Stream stream : streams) {
                PreparedStatement statement = connection.prepareStatement(stream.sql());
                statements.add(statement);
                bind(statement, stream.parameters());
                Head head = new Head(statement.executeQuery());
                if (head.advance()) {
                    heads.add(head);
                }
            }
            while (!heads.isEmpty()) {
                Head head = heads.poll();
                boolean wantsMore = sink.accept(head.pos, head.time, head.body);
                if (head.advance()) {
                    heads.add(head);
                }
                if (!wantsMore) {
                    break;
                }
            }
            return !heads.isEmpty();
        } finally {
            for (PreparedStatement statement : statements) {
                statement.close();
            }
        }
    }

    /** The current row of one stream; ordered newest first. */
    private static final class Head implements Comparable<Head> {
        private final ResultSet rs;
        long pos;
        long time;
        byte[] body;

        Head(ResultSet rs) {
            this.rs = rs;
        }

        boolean advance() throws SQLException {
            if (!rs.next()) {
                return false;
            }
            pos = rs.getLong(1);
            time = rs.getLong(2);
            body = rs.getBytes(3);
            return true;
        }

        @Override
        public int compareTo(Head other) {
            int byTime = Long.compare(other.time, time);
            return byTime != 0 ? byTime : Long.compare(other.pos, pos);
        }
    }

    /**
     * The statements a search runs; empty when nothing can match (an action prefix nobody used). A
     * target or correlation id reads one stream per run of postings, listed in the caller's read
     * transaction.
     */
    List<Stream> streams(EventQuery query, EventCursor cursor, Connection connection) throws SQLException {
        List<Long> actionKeys = null;
        if (!query.actions().isEmpty()) {
            actionKeys = actionKeys(query.actions());
            if (actionKeys.isEmpty()) {
                return List.of();
            }
        }
        String initiator = emptyToNull(query.initiator());
        String target = emptyToNull(query.target());
        String correlation = emptyToNull(query.correlationId());
        String reason = emptyToNull(query.reason());

        // the driver: FROM clause and its own conditions; d is the alias whose (time, pos) orders
        List<String> froms = new ArrayList<>();
        List<List<Object>> fromParameters = new ArrayList<>();
        boolean actionsDrive = false;
        boolean initiatorDrives = false;
        String driverName;
        if (target != null || correlation != null) {
            driverName = target != null ? "target" : "correlation";
            long key = target != null ? KeyHash.hash(target) : KeyHash.correlation(correlation);
            for (long run : Postings.runs(connection)) {
                froms.add(POSTINGS_OF_RUN);
                fromParameters.add(List.of(run, key));
            }
        } else if (initiator != null) {
            driverName = "initiator";
            initiatorDrives = true;
            actionsDrive = true;
            // an initiator's events are clustered by action: one ordered range per action, merged
            for (long action : actionKeys != null ? actionKeys : List.copyOf(actions.get().keySet())) {
                froms.add("initiators d CROSS JOIN events e ON e.pos = d.pos WHERE d.k = ? AND d.action_h = ?");
                fromParameters.add(List.of(KeyHash.hash(initiator), action));
            }
        } else if (actionKeys != null) {
            driverName = "action";
            actionsDrive = true;
            for (long action : actionKeys) {
                froms.add("events e INDEXED BY ev_action WHERE e.action_h = ?");
                fromParameters.add(List.of(action));
            }
        } else if (reason != null) {
            driverName = "reason";
            froms.add("events e INDEXED BY ev_reason WHERE e.reason_h = ? AND e.reason_h IS NOT NULL");
            fromParameters.add(List.of(KeyHash.hash(reason)));
        } else if (query.outcome() != null || query.severity() != null) {
            driverName = "status";
            // one index (outcome, severity, time): the ranges of the values not asked for, merged
            for (Outcome outcome : query.outcome() != null ? List.of(query.outcome()) : List.of(Outcome.values())) {
                for (Severity severity : query.severity() != null ? List.of(query.severity()) : List.of(Severity.values())) {
                    froms.add("events e INDEXED BY ev_status WHERE e.outcome = ? AND e.severity = ?");
                    fromParameters.add(List.of(outcomeCode(outcome), severity.ordinal()));
                }
            }
        } else {
            driverName = "time";
            froms.add("events e INDEXED BY ev_time WHERE 1");
            fromParameters.add(List.of());
        }
        if (froms.isEmpty()) {
            return List.of(); // an initiator while no action is known yet: nothing indexed
        }
        String d = froms.get(0).startsWith("events e") ? "e" : "d";

        // the conditions every stream shares
        StringBuilder where = new StringBuilder();
        boolean checksEvents = false;
        List<Object> parameters = new ArrayList<>();
        if (query.from() != null) {
            where.append(" AND ").append(d).append(".time >= ?");
            parameters.add(EventTimes.toMicros(query.from()));
        }
        if (query.to() != null) {
            where.append(" AND ").append(d).append(".time < ?");
            parameters.add(EventTimes.toMicros(query.to()));
        }
        if (cursor != null) {
            where.append(" AND ").append(d).append(".time <= ? AND (").append(d).append(".time < ? OR ")
                    .append(d).append(".pos < ?)");
            parameters.add(cursor.eventTime());
            parameters.add(cursor.eventTime());
            parameters.add(cursor.journalIndex());
        }
        if (actionKeys != null && !actionsDrive) {
            checksEvents = true;
            where.append(" AND e.action_h IN (").append("?, ".repeat(actionKeys.size() - 1)).append("?)");
            parameters.addAll(actionKeys);
        }
        if (initiator != null && !initiatorDrives) {
            checksEvents = true;
            where.append(" AND EXISTS (SELECT 1 FROM initiators i WHERE i.k = ? AND i.action_h = e.action_h"
                    + " AND i.time = e.time AND i.pos = e.pos)");
            parameters.add(KeyHash.hash(initiator));
        }
        if (correlation != null && !driverName.equals("correlation")) {
            checksEvents = true;
            where.append(" AND e.corr_h = ?");
            parameters.add(KeyHash.hash(correlation));
        }
        if (reason != null && !driverName.equals("reason")) {
            checksEvents = true;
            where.append(" AND e.reason_h = ?");
            parameters.add(KeyHash.hash(reason));
        }
        if (query.outcome() != null && !driverName.equals("status")) {
            checksEvents = true;
            where.append(" AND e.outcome = ?");
            parameters.add(outcomeCode(query.outcome()));
        }
        if (query.severity() != null && !driverName.equals("status")) {
            checksEvents = true;
            where.append(" AND e.severity = ?");
            parameters.add(query.severity().ordinal());
        }
        String tail = " ORDER BY " + d + ".time DESC, " + d + ".pos DESC LIMIT " + (query.limit() + 1);
        // postings alone order a key's events: without a condition on the event row, the streams
        // read no event (each run's next row would be one more random page read) and a search
        // fetches the body of each row it returns only
        boolean postingsOnly = froms.get(0).equals(POSTINGS_OF_RUN) && !checksEvents;
        String select = postingsOnly ? "SELECT d.pos, d.time, NULL FROM " : "SELECT " + d + ".pos, " + d + ".time, e.body FROM ";

        List<Stream> streams = new ArrayList<>(froms.size());
        for (int i = 0; i < froms.size(); i++) {
            List<Object> all = new ArrayList<>(fromParameters.get(i));
            all.addAll(parameters);
            String from = postingsOnly ? POSTINGS_ONLY_OF_RUN : froms.get(i);
            streams.add(new Stream(select + from + where + tail, all));
        }
        return streams;
    }

    /** The hashes of the known actions the filters name; a prefix expands to every known action it covers. */
    private List<Long> actionKeys(List<String> filters) {
        Set<Long> keys = new LinkedHashSet<>();
        Map<Long, String> known = actions.get();
        for (String filter : filters) {
            if (EventMatcher.isPrefix(filter)) {
                known.forEach((key, name) -> {
                    if (EventMatcher.actionMatches(List.of(filter), name)) {
                        keys.add(key);
                    }
                });
            } else {
                keys.add(KeyHash.hash(filter));
            }
        }
        return new ArrayList<>(keys);
    }

    Optional<AuditEvent> find(String eventId) {
        Objects.requireNonNull(eventId, "eventId");
        return withConnection(connection -> {
            try (PreparedStatement s = connection.prepareStatement("SELECT body FROM events INDEXED BY ev_id WHERE id_h = ?")) {
                s.setLong(1, KeyHash.eventId(eventId));
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        AuditEvent event = IndexWriter.decodeOrNull(rs.getBytes(1));
                        if (event != null && event.id().equals(eventId)) {
                            return Optional.of(event);
                        }
                    }
                }
            }
            return Optional.empty();
        });
    }

    UsageSummary usage(String adapter, String uniqueIdentifier, int lastUsers) {
        Objects.requireNonNull(adapter, "adapter");
        Objects.requireNonNull(uniqueIdentifier, "uniqueIdentifier");
        long key = KeyHash.hash(uniqueIdentifier);
        long owner = KeyHash.hash(adapter);
        Map<Long, String> known = actions.get();
        return withConnection(connection -> {
            Map<String, UsageSummary.ActionUsage> byAction = new TreeMap<>();
            long first = Long.MAX_VALUE;
            long last = Long.MIN_VALUE;
            try (PreparedStatement s = connection.prepareStatement("SELECT action_h, count(*), sum(outcome), min(time), max(time)"
                    + " FROM postings WHERE run IN (SELECT run FROM runs) AND k = ? AND owner_h = ? GROUP BY action_h")) {
                s.setLong(1, key);
                s.setLong(2, owner);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        String action = known.getOrDefault(rs.getLong(1), "unknown");
                        long min = rs.getLong(4);
                        long max = rs.getLong(5);
                        byAction.put(action, new UsageSummary.ActionUsage(rs.getLong(2), rs.getLong(3),
                                EventTimes.toInstant(min), EventTimes.toInstant(max)));
                        first = Math.min(first, min);
                        last = Math.max(last, max);
                    }
                }
            }
            List<UsageSummary.UsageUser> users = new ArrayList<>();
            if (lastUsers > 0 && !byAction.isEmpty()) {
                Set<List<String>> seen = new HashSet<>();
                List<Stream> streams = new ArrayList<>();
                for (long run : Postings.runs(connection)) {
                    streams.add(new Stream("SELECT d.pos, d.time, e.body FROM " + POSTINGS_OF_RUN + " AND d.owner_h = ?"
                            + " ORDER BY d.time DESC, d.pos DESC LIMIT " + LAST_USERS_SCAN, List.of(run, key, owner)));
                }
                int[] read = {0};
                readMerged(connection, streams, (pos, time, body) -> {
                    AuditEvent event = IndexWriter.decodeOrNull(body);
                    if (event != null && event.target().uniqueIdentifiers().contains(uniqueIdentifier)) {
                        var who = event.initiator();
                        if (seen.add(java.util.Arrays.asList(who.adapter(), who.certificateSubject(),
                                who.certificateFingerprint()))) {
                            users.add(new UsageSummary.UsageUser(who.adapter(), who.certificateSubject(),
                                    who.certificateFingerprint(), who.remoteAddress(), event.action(),
                                    EventTimes.toInstant(event.eventTime())));
                        }
                    }
                    return users.size() < lastUsers && ++read[0] < LAST_USERS_SCAN;
                });
            }
            Instant firstUse = byAction.isEmpty() ? null : EventTimes.toInstant(first);
            Instant lastUse = byAction.isEmpty() ? null : EventTimes.toInstant(last);
            return new UsageSummary(adapter, uniqueIdentifier, byAction, firstUse, lastUse, users);
        });
    }

    /** SQLite's plan for each statement of a search, one line per plan step; for tests and benchmarks. */
    List<String> explain(EventQuery query) {
        EventCursor cursor = query.cursor() == null ? null : EventCursor.decode(query.cursor());
        return withConnection(connection -> {
            List<String> lines = new ArrayList<>();
            for (Stream stream : streams(query, cursor, connection)) {
                try (PreparedStatement s = connection.prepareStatement("EXPLAIN QUERY PLAN " + stream.sql())) {
                    bind(s, stream.parameters());
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            lines.add(rs.getString(4));
                        }
                    }
                }
            }
            return lines;
        });
    }

    private static void bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            Object value = parameters.get(i);
            if (value instanceof Long l) {
                statement.setLong(i + 1, l);
            } else if (value instanceof Integer n) {
                statement.setInt(i + 1, n);
            } else {
                throw new IllegalArgumentException("unexpected parameter " + value);
            }
        }
    }

    private static int outcomeCode(Outcome outcome) {
        return outcome == Outcome.FAILURE ? 1 : 0;
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    @Override
    public void close() {
        for (Connection connection : all) {
            try {
                connection.close();
            } catch (SQLException e) {
                // closing a read connection: nothing to lose
            }
        }
    }
}

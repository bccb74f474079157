package io.kmipserver.audit.index;

import io.kmipserver.audit.event.AuditEvent;
import io.kmipserver.audit.event.Initiator;
import io.kmipserver.audit.event.Outcome;
import io.kmipserver.audit.journal.CorruptEventException;
import io.kmipserver.audit.journal.EventCodec;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one connection that writes the index: inserts a batch of events and the position they reach
 * in one transaction (so a crash never indexes an event twice or skips one), and deletes the rows of
 * cycles retention removed.
 *
 * <p>Threading: confined to the indexer thread (or the one thread of a rebuild).
 */
final class IndexWriter implements AutoCloseable {
    /** One journal entry ready to index. */
    record Row(long pos, long sequence, byte[] body, AuditEvent event) {
    }

    private final Connection connection;
    private final PreparedStatement insertEvent;
    private final Postings postings;
    private final PreparedStatement insertInitiator;
    private final PreparedStatement insertAction;
    private final PreparedStatement setMeta;
    private static final Comparator<long[]> INITIATOR_ORDER = Comparator.<long[]>comparingLong(r -> r[0])
            .thenComparingLong(r -> r[1]).thenComparingLong(r -> r[2]).thenComparingLong(r -> r[3]);

    private final Map<Long, String> knownActions = new HashMap<>();
    /** The batch's initiator rows (k, action, time, pos), inserted sorted by {@link #flushInitiators}. */
    private final List<long[]> initiatorRows = new ArrayList<>();
    private long indexedThrough;
    private long indexedSequence;

    private IndexWriter(Connection connection, Postings.MergePolicy policy) throws SQLException {
        this.connection = connection;
        this.postings = new Postings(connection, policy, readMeta(connection, IndexSchema.NEXT_RUN, 1));
        this.insertEvent = connection.prepareStatement("INSERT OR REPLACE INTO events"
                + " (pos, time, id_h, action_h, outcome, severity, reason_h, corr_h, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        this.insertInitiator = connection.prepareStatement(
                "INSERT OR IGNORE INTO initiators (k, action_h, time, pos) VALUES (?, ?, ?, ?)");
        this.insertAction = connection.prepareStatement("INSERT OR IGNORE INTO actions (h, name) VALUES (?, ?)");
        this.setMeta = connection.prepareStatement("INSERT OR REPLACE INTO meta (k, v) VALUES (?, ?)");
    }

    /**
     * Opens the index file for writing, creating the tables; an index of another schema version is
     * emptied first (it is derived data: it will be rebuilt from the journal).
     */
    static IndexWriter open(Path file) throws SQLException {
        return open(file, Postings.MergePolicy.DEFAULT);
    }

    static IndexWriter open(Path file, Postings.MergePolicy policy) throws SQLException {
        Connection connection = IndexFiles.connect(file, false);
        try {
            connection.setAutoCommit(false);
            IndexSchema.create(connection);
            long version = readMeta(connection, IndexSchema.SCHEMA_VERSION, IndexSchema.VERSION);
            if (version != IndexSchema.VERSION) {
                dropAll(connection);
                IndexSchema.create(connection);
            }
            IndexWriter writer = new IndexWriter(connection, policy);
            writer.put(IndexSchema.SCHEMA_VERSION, IndexSchema.VERSION);
            connection.commit();
            writer.indexedThrough = readMeta(connection, IndexSchema.INDEXED_THROUGH, -1);
            writer.indexedSequence = readMeta(connection, IndexSchema.INDEXED_SEQUENCE, 0);
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT h, name FROM actions")) {
                while (rs.next()) {
                    writer.knownActions.put(rs.getLong(1), rs.getString(2));
                }
            }
            return writer;
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /** Empties the index, e.g. when it belongs to another journal. */
    void clear() throws SQLException {
        dropAll(connection);
        IndexSchema.create(connection);
        put(IndexSchema.SCHEMA_VERSION, IndexSchema.VERSION);
        connection.commit();
        knownActions.clear();
        postings.reload(1);
        indexedThrough = -1;
        indexedSequence = 0;
    }

    private static void dropAll(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            for (String table : IndexSchema.TABLES) {
                s.execute("DROP TABLE IF EXISTS " + table);
            }
        }
        connection.commit();
    }

    private static long readMeta(Connection connection, String key, long absent) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT v FROM meta WHERE k = ?")) {
            s.setString(1, key);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getLong(1) : absent;
            }
        }
    }

    private void put(String key, long value) throws SQLException {
        setMeta.setString(1, key);
        setMeta.setLong(2, value);
        setMeta.executeUpdate();
    }

    /** The Chronicle index of the last event indexed; -1 when none. */
    long indexedThrough() {
        return indexedThrough;
    }

    /** The journal sequence of the last event indexed; 0 when none. */
    long indexedSequence() {
        return indexedSequence;
    }

    /** The actions seen so far, by hash; a snapshot for readers. */
    Map<Long, String> actions() {
        return Map.copyOf(knownActions);
    }

    /**
     * Indexes the rows (null events are corrupt entries: counted as read, not indexed) and records
     * {@code through}/{@code sequence} as the indexed position, all in one transaction.
     *
     * @return whether a new action was seen
     */
    boolean write(List<Row> rows, long through, long sequence) throws SQLException {
        boolean newAction = false;
        try {
            List<Postings.Posting> batch = new ArrayList<>(rows.size() * 2);
            for (Row row : rows) {
                if (row.event() != null) {
                    newAction |= insert(row, batch);
                }
            }
            insertEvent.executeBatch();
            flushInitiators();
            postings.add(batch);
            put(IndexSchema.NEXT_RUN, postings.nextRun());
            put(IndexSchema.INDEXED_THROUGH, through);
            put(IndexSchema.INDEXED_SEQUENCE, sequence);
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            insertEvent.clearBatch();
            insertInitiator.clearBatch();
            initiatorRows.clear();
            rollback();
            if (newAction) {
                reloadActions();
            }
            throw e;
        }
        indexedThrough = through;
        indexedSequence = sequence;
        return newAction;
    }

    /**
     * Inserts the batch's initiator rows in key order: consecutive inserts then land on the same
     * leaf pages (one per initiator and action) while they are in the CPU's cache.
     */
    private void flushInitiators() throws SQLException {
        initiatorRows.sort(INITIATOR_ORDER);
        for (long[] r : initiatorRows) {
            for (int i = 0; i < r.length; i++) {
                insertInitiator.setLong(i + 1, r[i]);
            }
            insertInitiator.addBatch();
        }
        initiatorRows.clear();
        insertInitiator.executeBatch();
    }

    /** Rolls back and reads the postings' runs again: a failed transaction may have changed them in memory only. */
    private void rollback() throws SQLException {
        connection.rollback();
        postings.reload(readMeta(connection, IndexSchema.NEXT_RUN, 1));
    }

    /**
     * Does a step of pending merge work ({@link Postings.MergePolicy#minStepRows} rows) in a
     * transaction of its own, for an indexer with nothing to index.
     *
     * @return whether there was any
     */
    boolean mergeSome() throws SQLException {
        if (!postings.mergePending()) {
            return false;
        }
        try {
            postings.mergeStep();
            put(IndexSchema.NEXT_RUN, postings.nextRun());
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            rollback();
            throw e;
        }
        return true;
    }

    private void reloadActions() throws SQLException {
        knownActions.clear();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT h, name FROM actions")) {
            while (rs.next()) {
                knownActions.put(rs.getLong(1), rs.getString(2));
            }
        }
    }

    private boolean insert(Row row, List<Postings.Posting> batch) throws SQLException {
        AuditEvent event = row.event();
        long time = event.eventTime();
        long action = KeyHash.hash(event.action());
        int outcome = event.outcome() == Outcome.FAILURE ? 1 : 0;
        boolean newAction = false;
        if (!knownActions.containsKey(action)) {
            insertAction.setLong(1, action);
            insertAction.setString(2, event.action());
            insertAction.executeUpdate();
            knownActions.put(action, event.action());
            newAction = true;
        }
        insertEvent.setLong(1, row.pos());
        insertEvent.setLong(2, time);
        insertEvent.setLong(3, KeyHash.eventId(event.id()));
        insertEvent.setLong(4, action);
        insertEvent.setInt(5, outcome);
        insertEvent.setInt(6, event.severity().ordinal());
        setNullable(insertEvent, 7, KeyHash.of(event.reason() == null ? null : event.reason().code()));
        setNullable(insertEvent, 8, KeyHash.of(event.correlationId()));
        insertEvent.setBytes(9, row.body());
        insertEvent.addBatch();

        Long owner = KeyHash.of(owner(event));
        for (long k : postingKeys(event)) {
            batch.add(new Postings.Posting(k, time, row.pos(), owner, action, outcome));
        }
        for (String who : initiatorKeys(event.initiator())) {
            initiatorRows.add(new long[] {KeyHash.hash(who), action, time, row.pos()});
        }
        return newAction;
    }

    /** The keys of an event's postings: its object identifiers and its correlation id. */
    static List<Long> postingKeys(AuditEvent event) {
        List<String> uids = event.target().uniqueIdentifiers();
        List<Long> keys = new ArrayList<>(uids.size() + 1);
        for (String uid : uids) {
            keys.add(KeyHash.hash(uid));
        }
        if (event.correlationId() != null) {
            keys.add(KeyHash.correlation(event.correlationId()));
        }
        return keys;
    }

    /** The adapter an event's objects belong to: the target's, else the initiator's. */
    static String owner(AuditEvent event) {
        return event.target().adapter() != null ? event.target().adapter() : event.initiator().adapter();
    }

    /** The distinct initiator fields an initiator filter matches. */
    static Set<String> initiatorKeys(Initiator initiator) {
        Set<String> keys = new HashSet<>(4);
        addIfPresent(keys, initiator.adapter());
        addIfPresent(keys, initiator.certificateFingerprint());
        addIfPresent(keys, initiator.certificateSubject());
        return keys;
    }

    private static void addIfPresent(Set<String> keys, String value) {
        if (value != null && !value.isEmpty()) {
            keys.add(value);
        }
    }

    static void setNullable(PreparedStatement statement, int parameter, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(parameter, Types.INTEGER);
        } else {
            statement.setLong(parameter, value);
        }
    }

    /**
     * Deletes the rows of events before {@code firstKept} (a Chronicle index: the first event of the
     * oldest cycle still in the journal), a chunk per transaction so that readers are not held up.
     *
     * @return the number of events deleted
     */
    long deleteBefore(long firstKept) throws SQLException {
        long deleted = 0;
        try {
            postings.deleteRunsBefore(firstKept);
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            rollback();
            throw e;
        }
        // the rows of runs that also hold later events go one by one, found by key in those runs only
        List<Long> straddling = postings.runsStraddling(firstKept);
        try (PreparedStatement select = connection.prepareStatement(
                     "SELECT pos, time, body FROM events WHERE pos < ? ORDER BY pos LIMIT 5000");
             PreparedStatement deleteEvent = connection.prepareStatement("DELETE FROM events WHERE pos = ?");
             PreparedStatement deletePosting = straddling.isEmpty() ? null : connection.prepareStatement(
                     "DELETE FROM postings WHERE run IN (" + String.join(", ", straddling.stream().map(String::valueOf).toList())
                             + ") AND k = ? AND time = ? AND pos = ?");
             PreparedStatement deleteInitiator = connection.prepareStatement(
                     "DELETE FROM initiators WHERE k = ? AND action_h = ? AND time = ? AND pos = ?")) {
            while (true) {
                select.setLong(1, firstKept);
                List<long[]> positions = new ArrayList<>();
                List<AuditEvent> events = new ArrayList<>();
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        positions.add(new long[] {rs.getLong(1), rs.getLong(2)});
                        events.add(decodeOrNull(rs.getBytes(3)));
                    }
                }
                if (positions.isEmpty()) {
                    return deleted;
                }
                for (int i = 0; i < positions.size(); i++) {
                    long pos = positions.get(i)[0];
                    long time = positions.get(i)[1];
                    deleteEvent.setLong(1, pos);
                    deleteEvent.addBatch();
                    AuditEvent event = events.get(i);
                    if (event == null) {
                        continue;
                    }
                    if (deletePosting != null) {
                        for (long k : postingKeys(event)) {
                            deleteKey(deletePosting, k, time, pos);
                        }
                    }
                    long action = KeyHash.hash(event.action());
                    for (String who : initiatorKeys(event.initiator())) {
                        deleteInitiator.setLong(1, KeyHash.hash(who));
                        deleteInitiator.setLong(2, action);
                        deleteInitiator.setLong(3, time);
                        deleteInitiator.setLong(4, pos);
                        deleteInitiator.addBatch();
                    }
                }
                deleteEvent.executeBatch();
                if (deletePosting != null) {
                    deletePosting.executeBatch();
                }
                deleteInitiator.executeBatch();
                connection.commit();
                deleted += positions.size();
            }
        } catch (SQLException | RuntimeException e) {
            rollback();
            throw e;
        }
    }

    private static void deleteKey(PreparedStatement delete, long key, long time, long pos) throws SQLException {
        delete.setLong(1, key);
        delete.setLong(2, time);
        delete.setLong(3, pos);
        delete.addBatch();
    }

    static AuditEvent decodeOrNull(byte[] body) {
        try {
            return EventCodec.decode(body);
        } catch (CorruptEventException e) {
            return null;
        }
    }

    /** Recomputes the query planner's statistics; worth it after a rebuild. */
    void optimize() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA optimize");
        }
        connection.commit();
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}

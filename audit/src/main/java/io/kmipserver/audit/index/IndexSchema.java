package io.kmipserver.audit.index;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The index's tables. Every string the queries filter on is stored as its {@link KeyHash}; the
 * event itself is kept as the journal's own bytes ({@code body}, the {@code EventCodec} layout) so a
 * query answers from the index file alone, without a Chronicle tailer on the caller's thread and
 * without racing retention for a cycle file.
 *
 * <ul>
 *   <li>{@code events}: one row per event, keyed by its Chronicle index ({@code pos}, which also
 *       gives the cycle), with an index per filter, each ending in {@code time} (and the implicit
 *       rowid {@code pos}) so that every filter reads its matches newest first without sorting;
 *       outcome and severity share one index ({@code outcome, severity, time}): a query on one of
 *       them reads the two or three ordered ranges of the other and merges them;</li>
 *   <li>{@code postings} and {@code runs}: one row per (event, object identifier) and per (event,
 *       correlation id), in sorted runs merged in the background ({@link Postings}), carrying what a
 *       usage summary counts so that it reads no event rows; the correlation id is also a column of
 *       {@code events}, checked when another filter drives;</li>
 *   <li>{@code initiators}: one row per (event, distinct initiator adapter, fingerprint or
 *       subject), clustered by initiator, action, time — "one initiator's destroys" is one range; an
 *       initiator's events of any action are the ranges of the known actions, merged;</li>
 *   <li>{@code actions}: the distinct actions seen, to expand an action prefix ({@code kmip.*});</li>
 *   <li>{@code meta}: the schema version and the last journal index and sequence indexed, written in
 *       the same transaction as the rows they cover.</li>
 * </ul>
 */
final class IndexSchema {
    /** Bump when a table or {@link KeyHash} changes: an index of another version is rebuilt. */
    static final long VERSION = 3;

    static final String[] DDL = {
        "CREATE TABLE IF NOT EXISTS meta (k TEXT PRIMARY KEY, v INTEGER NOT NULL)",
        "CREATE TABLE IF NOT EXISTS events (pos INTEGER PRIMARY KEY, time INTEGER NOT NULL, id_h INTEGER NOT NULL,"
                + " action_h INTEGER NOT NULL, outcome INTEGER NOT NULL, severity INTEGER NOT NULL, reason_h INTEGER,"
                + " corr_h INTEGER, body BLOB NOT NULL)",
        "CREATE INDEX IF NOT EXISTS ev_time ON events (time)",
        "CREATE INDEX IF NOT EXISTS ev_id ON events (id_h)",
        "CREATE INDEX IF NOT EXISTS ev_action ON events (action_h, time)",
        "CREATE INDEX IF NOT EXISTS ev_status ON events (outcome, severity, time)",
        "CREATE INDEX IF NOT EXISTS ev_reason ON events (reason_h, time) WHERE reason_h IS NOT NULL",
        "CREATE TABLE IF NOT EXISTS initiators (k INTEGER NOT NULL, action_h INTEGER NOT NULL, time INTEGER NOT NULL,"
                + " pos INTEGER NOT NULL, PRIMARY KEY (k, action_h, time, pos)) WITHOUT ROWID",
        "CREATE TABLE IF NOT EXISTS actions (h INTEGER PRIMARY KEY, name TEXT NOT NULL)",
    };

    static final String INDEXED_THROUGH = "indexed_through";
    static final String INDEXED_SEQUENCE = "indexed_sequence";
    static final String SCHEMA_VERSION = "schema_version";
    static final String NEXT_RUN = "next_run";
    /** Every table any version had: emptying an index of another version drops them all. */
    static final String[] TABLES = {"events", "targets", "postings", "runs", "initiators", "actions", "meta"};

    private IndexSchema() {
    }

    static void create(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String ddl : DDL) {
                statement.execute(ddl);
            }
            for (String ddl : Postings.DDL) {
                statement.execute(ddl);
            }
        }
    }
}

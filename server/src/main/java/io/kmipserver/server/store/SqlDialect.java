package io.kmipserver.server.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What differs between the databases the store runs on. The SQL itself is shared (portable DDL via
 * one Flyway placeholder, {@code LIMIT/OFFSET}, {@code IN} sub-queries, savepoints through JDBC); this
 * enum holds the rest.
 */
public enum SqlDialect {

    /**
     * SQLite through xerial sqlite-jdbc: WAL (readers never block the writer), {@code synchronous=FULL}
     * (a commit is on disk when it returns), {@code busy_timeout} against another process holding the
     * write lock, foreign keys on. The pragmas are URL parameters, so every pooled connection gets them.
     * The write connection alone switches to {@code synchronous=NORMAL} and leaves the fsync to a
     * {@link WalSyncer} (see there why that is as durable).
     */
    SQLITE("BLOB", " WITHOUT ROWID") {
        @Override
        boolean isConstraintViolation(SQLException e) {
            // SQLITE_CONSTRAINT = 19; sqlite-jdbc reports the primary or the extended code (19 | n << 8).
            return (e.getErrorCode() & 0xFF) == 19;
        }

        @Override
        CommitSync commitSync(Connection writeConnection, StoreSettings settings,
                Function<Path, WalSyncer.Force> walForce) throws SQLException {
            String journalMode;
            String file = null;
            try (Statement s = writeConnection.createStatement()) {
                try (ResultSet rs = s.executeQuery("PRAGMA journal_mode")) {
                    rs.next();
                    journalMode = rs.getString(1);
                }
                try (ResultSet rs = s.executeQuery("PRAGMA database_list")) {
                    while (rs.next()) {
                        if ("main".equals(rs.getString("name"))) {
                            file = rs.getString("file");
                        }
                    }
                }
                if (!"wal".equalsIgnoreCase(journalMode) || file == null || file.isEmpty()) {
                    // No WAL to force from outside (the file system refused WAL mode, or an in-memory
                    // database): the COMMIT keeps its own fsync.
                    LOG.warn("SQLite store not in WAL mode (journal_mode={}): every commit waits for its own fsync",
                            journalMode);
                    return CommitSync.AT_COMMIT;
                }
                s.execute("PRAGMA synchronous=NORMAL");
            }
            return new WalSyncer(walForce.apply(Path.of(file)), settings.writeQueueCapacity(), "kmip-store-wal-sync");
        }
    },

    /** PostgreSQL through pgjdbc (issue 4: several server nodes on one database). */
    POSTGRESQL("BYTEA", "") {
        @Override
        boolean isConstraintViolation(SQLException e) {
            // Class 23 — Integrity Constraint Violation (SQL standard SQLSTATE).
            return e.getSQLState() != null && e.getSQLState().startsWith("23");
        }
    };

    private static final Logger LOG = LoggerFactory.getLogger(SqlDialect.class);

    private final String bytesType;
    private final String clusteredTable;

    SqlDialect(String bytesType, String clusteredTable) {
        this.bytesType = bytesType;
        this.clusteredTable = clusteredTable;
    }

    /**
     * Flyway placeholders the migrations use: {@code bytes_type}, and {@code clustered}, written after
     * a CREATE TABLE whose rows SQLite should keep in the primary key's B-tree (WITHOUT ROWID; empty on
     * PostgreSQL, whose tables are heaps).
     */
    Map<String, String> placeholders() {
        return Map.of("bytes_type", bytesType, "clustered", clusteredTable);
    }

    /** Unique, primary-key or foreign-key violation. */
    abstract boolean isConstraintViolation(SQLException e);

    /**
     * Prepares the write connection (still in autocommit) and returns what a committed group waits for
     * before it is acknowledged. PostgreSQL: nothing — its COMMIT returns after the server's fsync.
     */
    CommitSync commitSync(Connection writeConnection, StoreSettings settings, Function<Path, WalSyncer.Force> walForce)
            throws SQLException {
        return CommitSync.AT_COMMIT;
    }

    /**
     * The JDBC URL of a SQLite store file, with the pragmas durability and concurrency need.
     * {@code temp_store=MEMORY} keeps the statement journals of the per-unit savepoints in memory:
     * on disk they wrote every page a unit touched once more (measured: about 120 KB of extra writes
     * per created object). {@code jdbc.get_generated_keys=false}: the store never asks for generated
     * keys, and sqlite-jdbc otherwise prepares and runs {@code SELECT last_insert_rowid()} after every
     * INSERT (8% of the writer thread's time in a Create profile).
     */
    public static String sqliteUrl(Path file) {
        return "jdbc:sqlite:" + file.toAbsolutePath()
                + "?journal_mode=WAL&synchronous=FULL&busy_timeout=5000&foreign_keys=true&temp_store=MEMORY"
                + "&jdbc.get_generated_keys=false";
    }
}

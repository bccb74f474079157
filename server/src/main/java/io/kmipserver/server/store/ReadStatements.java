package io.kmipserver.server.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prepared statements of the read pool, kept per physical connection so that a hot read (Get reads
 * on every request) does not parse its SQL again each time: sqlite-jdbc has no statement cache, and
 * preparing was about a fifth of a Get's store time. The statements are prepared on the pooled
 * connection's physical connection, out of the pool's sight, so returning the connection does not
 * close them; they live as long as that connection.
 *
 * <p>Each connection keeps its {@value #MAX_PER_CONNECTION} most recently used statements (Locate
 * builds its SQL from the filters, so the set of texts is open); an evicted one is closed. Entries of
 * connections the pool has closed (lifetime reached, broken) are dropped when the pool opens a new one.
 *
 * <p>Thread-safe under the pool's contract: a connection is used by one thread at a time, and the
 * pool's hand-over orders one borrower's use of its statements before the next borrower's.
 */
final class ReadStatements implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ReadStatements.class);
    static final int MAX_PER_CONNECTION = 32;

    private final Map<Connection, Map<String, PreparedStatement>> byConnection = new ConcurrentHashMap<>();

    /** The statements of a connection borrowed from the pool, valid while it is borrowed. */
    Statements of(Connection pooled) throws SQLException {
        Connection physical = pooled.unwrap(Connection.class);
        Map<String, PreparedStatement> cache = byConnection.get(physical);
        if (cache == null) {
            dropClosedConnections();
            cache = new Lru();
            byConnection.put(physical, cache);
        }
        Map<String, PreparedStatement> statements = cache;
        return sql -> {
            PreparedStatement ps = statements.get(sql);
            if (ps == null) {
                ps = physical.prepareStatement(sql);
                statements.put(sql, ps);
            } else {
                // Every parameter is bound again by the caller; clearing makes a forgotten one fail
                // loudly instead of silently reusing the previous read's value (an adapter id!).
                ps.clearParameters();
            }
            return ps;
        };
    }

    /** How many statements are cached over all connections (tests). */
    int size() {
        return byConnection.values().stream().mapToInt(Map::size).sum();
    }

    private void dropClosedConnections() {
        byConnection.entrySet().removeIf(e -> {
            try {
                if (!e.getKey().isClosed()) {
                    return false;
                }
            } catch (SQLException ignored) {
                // unusable: drop it too
            }
            e.getValue().values().forEach(ReadStatements::closeQuietly);
            return true;
        });
    }

    /** Closes every cached statement; call before closing the pool. */
    @Override
    public void close() {
        byConnection.values().forEach(m -> m.values().forEach(ReadStatements::closeQuietly));
        byConnection.clear();
    }

    private static void closeQuietly(PreparedStatement ps) {
        try {
            ps.close();
        } catch (SQLException e) {
            LOG.debug("Closing a cached read statement failed (SQL state {})", e.getSQLState());
        }
    }

    /** Most recently used first out last; closes what it evicts. */
    private static final class Lru extends LinkedHashMap<String, PreparedStatement> {
        private static final long serialVersionUID = 1L;

        Lru() {
            super(16, 0.75f, true);
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
            if (size() > MAX_PER_CONNECTION) {
                closeQuietly(eldest.getValue());
                return true;
            }
            return false;
        }
    }
}

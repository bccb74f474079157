package io.kmipserver.server.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.HashSet;
import java.util.Set;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link ObjectStore} over JDBC: Flyway migrations on open, a HikariCP pool for reads, a
 * {@link GroupCommitWriter} for writes. The SQL is shared by all {@link SqlDialect}s; open SQLite with
 * {@link #openSqlite} (the default store) and PostgreSQL with {@link #open}.
 */
public final class JdbcObjectStore implements ObjectStore {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcObjectStore.class);

    private final SqlDialect dialect;
    private final StoreSettings settings;
    private final HikariDataSource readers;
    private final ReadStatements readStatements = new ReadStatements();
    private final GroupCommitWriter writer;
    /** {@link #findWithMaterial}'s SQL per attribute set; a few sets, fixed in code. */
    private final Map<List<Integer>, String> withMaterialSql = new ConcurrentHashMap<>();

    private JdbcObjectStore(SqlDialect dialect, StoreSettings settings, HikariDataSource readers, GroupCommitWriter writer) {
        this.dialect = dialect;
        this.settings = settings;
        this.readers = readers;
        this.writer = writer;
    }

    /**
     * Opens (creating and migrating when needed) the SQLite store in {@code file}, in WAL mode; a write
     * is acknowledged once its WAL frames were forced to the device ({@link WalSyncer}).
     */
    public static JdbcObjectStore openSqlite(Path file, StoreSettings settings) {
        return openSqlite(file, settings, SqliteWalFile::new);
    }

    /** {@link #openSqlite(Path, StoreSettings)} with the WAL forced by {@code walForce} (tests hold or fail it). */
    static JdbcObjectStore openSqlite(Path file, StoreSettings settings, Function<Path, WalSyncer.Force> walForce) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new StoreException("cannot create the directory of " + file, e);
        }
        return open(SqlDialect.SQLITE, SqlDialect.sqliteUrl(file), null, null, settings, walForce);
    }

    /**
     * Opens a store on any supported database: migrates it, starts the read pool and the writer.
     *
     * @param password used for the connections; never logged
     */
    public static JdbcObjectStore open(SqlDialect dialect, String jdbcUrl, String user, String password,
            StoreSettings settings) {
        return open(dialect, jdbcUrl, user, password, settings, SqliteWalFile::new);
    }

    private static JdbcObjectStore open(SqlDialect dialect, String jdbcUrl, String user, String password,
            StoreSettings settings, Function<Path, WalSyncer.Force> walForce) {
        Objects.requireNonNull(dialect, "dialect");
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(settings, "settings");
        migrate(dialect, jdbcUrl, user, password);
        HikariDataSource readers = readPool(jdbcUrl, user, password, settings);
        Connection writeConnection = null;
        try {
            Properties properties = new Properties();
            if (user != null) {
                properties.setProperty("user", user);
            }
            if (password != null) {
                properties.setProperty("password", password);
            }
            if (dialect == SqlDialect.SQLITE) {
                // BEGIN IMMEDIATE: the writer takes SQLite's write lock when its transaction starts,
                // where busy_timeout waits for it. A deferred transaction that reads and then writes has
                // to upgrade its lock, and SQLite refuses an upgrade at once (SQLITE_BUSY, no waiting)
                // when another connection holds the lock: seen once under load as a General Failure of
                // an Activate.
                properties.setProperty("transaction_mode", "IMMEDIATE");
            }
            writeConnection = DriverManager.getConnection(jdbcUrl, properties);
            CommitSync sync = dialect.commitSync(writeConnection, settings, walForce);
            writeConnection.setAutoCommit(false);
            JdbcTransaction transaction = new JdbcTransaction(writeConnection, dialect, settings.clock());
            GroupCommitWriter writer = new GroupCommitWriter(writeConnection, transaction, sync, settings,
                    "kmip-store-writer");
            return new JdbcObjectStore(dialect, settings, readers, writer);
        } catch (SQLException e) {
            readers.close();
            closeQuietly(writeConnection);
            throw new StoreException("cannot open the write connection: SQL state " + e.getSQLState(), e);
        }
    }

    private static void migrate(SqlDialect dialect, String jdbcUrl, String user, String password) {
        try {
            Flyway.configure()
                    .dataSource(jdbcUrl, user, password)
                    .locations("classpath:db/migration")
                    .placeholders(dialect.placeholders())
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            throw new StoreException("schema migration failed: " + e.getMessage(), e);
        }
    }

    private static HikariDataSource readPool(String jdbcUrl, String user, String password, StoreSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("kmip-store-read");
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(settings.readerPoolSize());
        config.setMinimumIdle(1);
        // Every read is one statement (see read()), which is its own snapshot in autocommit: no BEGIN and
        // ROLLBACK around it (on SQLite two more statements per read, on PostgreSQL a round trip), and no
        // transaction left open on an idle connection — on SQLite a read snapshot that would stop
        // checkpoints from recycling the WAL, on PostgreSQL an "idle in transaction" session.
        config.setAutoCommit(true);
        config.setConnectionTimeout(5_000);
        return new HikariDataSource(config);
    }

    // ---- writes

    @Override
    public <T> CompletableFuture<T> submit(WriteUnit<T> unit) {
        return writer.submit(Objects.requireNonNull(unit, "unit"), null);
    }

    @Override
    public <T> CompletableFuture<T> submit(WriteUnit<T> unit, PreCommitHook<? super T> hook) {
        return writer.submit(Objects.requireNonNull(unit, "unit"), Objects.requireNonNull(hook, "hook"));
    }

    // ---- reads

    /**
     * A read on one pooled connection. It runs exactly one statement, in autocommit, so it sees one
     * committed state; a read that needs two statements must make them one (as
     * {@link Queries#findObject} does with UNION ALL) rather than open a transaction here.
     */
    @FunctionalInterface
    private interface Read<T> {
        T run(Statements sql) throws SQLException;
    }

    private <T> T read(String what, Read<T> read) {
        try (Connection c = readers.getConnection()) {
            return read.run(readStatements.of(c));
        } catch (SQLException e) {
            throw new StoreException(what + " failed: SQL state " + e.getSQLState(), e);
        }
    }

    @Override
    public Optional<ManagedObject> findObject(String adapterId, String uniqueIdentifier) {
        return read("read object", sql -> Queries.findObject(sql, adapterId, uniqueIdentifier));
    }

    @Override
    public Optional<StoredMaterial> findMaterial(String adapterId, String uniqueIdentifier) {
        return read("read material", sql -> Queries.findMaterial(sql, adapterId, uniqueIdentifier));
    }

    @Override
    public Optional<ObjectWithMaterial> findWithMaterial(String adapterId, String uniqueIdentifier,
            List<Integer> attributeTags) {
        List<Integer> tags = List.copyOf(attributeTags);
        String text = withMaterialSql.computeIfAbsent(tags, Queries::withMaterialSql);
        return read("read object and material",
                sql -> Queries.findWithMaterial(sql, text, tags, adapterId, uniqueIdentifier));
    }

    @Override
    public List<String> locate(String adapterId, LocateQuery query) {
        int limit = query.maxItems() == null ? settings.maxLocateItems() : Math.min(query.maxItems(), settings.maxLocateItems());
        LocateSql locate = new LocateSql(adapterId, query.filters());
        return read("locate", sql -> {
            PreparedStatement ps = sql.prepare(locate.selectSql());
            int next = locate.bind(ps);
            ps.setInt(next, limit);
            ps.setInt(next + 1, query.offsetItems());
            List<String> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    @Override
    public long count(String adapterId, List<LocateFilter> filters) {
        LocateSql locate = new LocateSql(adapterId, filters);
        return read("count", sql -> {
            PreparedStatement ps = sql.prepare(locate.countSql());
            locate.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /**
     * The database's plan for a Locate, one line per plan step — for tests and diagnostics that check
     * Locate is answered from indexes. SQLite only ({@code EXPLAIN QUERY PLAN}).
     */
    List<String> explainLocate(String adapterId, LocateQuery query) {
        if (dialect != SqlDialect.SQLITE) {
            throw new UnsupportedOperationException("explainLocate supports SQLite only");
        }
        LocateSql locate = new LocateSql(adapterId, query.filters());
        return read("explain", sql -> {
            PreparedStatement ps = sql.prepare("EXPLAIN QUERY PLAN " + locate.selectSql());
            int next = locate.bind(ps);
            ps.setInt(next, 10);
            ps.setInt(next + 1, 0);
            List<String> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString("detail"));
                }
            }
            return out;
        });
    }

    @Override
    public Optional<Adapter> findAdapter(String adapterId) {
        return read("read adapter", sql -> Queries.findAdapter(sql, "id", adapterId));
    }

    @Override
    public Optional<Adapter> findAdapterByName(String name) {
        return read("read adapter", sql -> Queries.findAdapter(sql, "name", name));
    }

    @Override
    public List<Adapter> listAdapters() {
        return read("list adapters", Queries::listAdapters);
    }

    @Override
    public List<AdapterTrust> listTrust() {
        return read("list trust anchors", sql -> Queries.trust(sql, null));
    }

    @Override
    public List<AdapterTrust> trustOf(String adapterId) {
        return read("list trust anchors", sql -> Queries.trust(sql, Objects.requireNonNull(adapterId)));
    }

    @Override
    public Optional<ClientCertificate> findCertificateByFingerprint(String fingerprint) {
        return read("read certificate", sql -> Queries.certificates(sql, "fingerprint", fingerprint).stream().findFirst());
    }

    @Override
    public List<ClientCertificate> certificatesOf(String adapterId) {
        return read("list certificates", sql -> Queries.certificates(sql, "adapter_id", adapterId));
    }

    @Override
    public Set<String> revokedFingerprints() {
        return read("list revoked certificates", sql -> {
            Set<String> out = new HashSet<>();
            try (ResultSet rs = sql.prepare("SELECT fingerprint FROM revoked_certificates").executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return Set.copyOf(out);
        });
    }

    @Override
    public void ping() {
        read("ping", sql -> {
            try (ResultSet rs = sql.prepare("SELECT 1").executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
        writer.checkAlive();
    }

    /** Prepared statements the read pool keeps (tests: reads reuse them). */
    int cachedReadStatements() {
        return readStatements.size();
    }

    @Override
    public WriterStats writerStats() {
        return writer.stats();
    }

    @Override
    public void close() {
        writer.close();
        readStatements.close();
        readers.close();
        LOG.debug("Object store closed: {}", writer.stats());
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // already failing to open
            }
        }
    }
}

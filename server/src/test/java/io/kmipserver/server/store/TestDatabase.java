package io.kmipserver.server.store;

import io.kmipserver.server.testing.TestPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;

/**
 * One empty database that a store contract test owns: opened as a store (again and again, as a
 * restarted server reopens it) or reached with plain JDBC to look at what the store wrote. The
 * contract suites ({@code *Contract}) ask their subclass for one: a SQLite file in a temporary
 * directory ({@code *Test}) or a fresh database of the shared embedded PostgreSQL ({@code *OnPostgresIT}).
 */
interface TestDatabase {

    SqlDialect dialect();

    /** Opens (migrating on first use) a store on this database. */
    JdbcObjectStore open(StoreSettings settings);

    default JdbcObjectStore open() {
        return open(StoreSettings.defaults());
    }

    /** A plain connection in autocommit, beside the store's own. */
    Connection connect() throws SQLException;

    /** Runs the store's migrations up to {@code version} only, as an older server left the database. */
    void migrateTo(String version);

    private static void migrate(SqlDialect dialect, String url, String user, String password, String version) {
        Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration")
                .placeholders(dialect.placeholders()).target(version).load().migrate();
    }

    /** The SQLite file {@code store.db} in {@code dir}, as {@link StoreFixture#open(Path)} opens it. */
    static TestDatabase sqlite(Path dir) {
        Path file = dir.resolve("store.db");
        return new TestDatabase() {
            @Override
            public SqlDialect dialect() {
                return SqlDialect.SQLITE;
            }

            @Override
            public JdbcObjectStore open(StoreSettings settings) {
                return JdbcObjectStore.openSqlite(file, settings);
            }

            @Override
            public Connection connect() throws SQLException {
                return DriverManager.getConnection(SqlDialect.sqliteUrl(file));
            }

            @Override
            public void migrateTo(String version) {
                migrate(SqlDialect.SQLITE, SqlDialect.sqliteUrl(file), null, null, version);
            }
        };
    }

    /** A new, empty database of the JVM's test PostgreSQL (the class needs {@code @ExtendWith(TestPostgres.class)}). */
    static TestDatabase postgres() {
        TestPostgres.Database db = TestPostgres.freshDatabase();
        return new TestDatabase() {
            @Override
            public SqlDialect dialect() {
                return SqlDialect.POSTGRESQL;
            }

            @Override
            public JdbcObjectStore open(StoreSettings settings) {
                return JdbcObjectStore.open(SqlDialect.POSTGRESQL, db.jdbcUrl(), db.user(), db.password(), settings);
            }

            @Override
            public Connection connect() throws SQLException {
                return DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
            }

            @Override
            public void migrateTo(String version) {
                migrate(SqlDialect.POSTGRESQL, db.jdbcUrl(), db.user(), db.password(), version);
            }

            @Override
            public String toString() {
                return "PostgreSQL database " + db.name();
            }
        };
    }
}

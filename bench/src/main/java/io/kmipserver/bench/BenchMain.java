package io.kmipserver.bench;

import io.kmipserver.bench.load.LoadCommand;
import io.kmipserver.bench.postgres.BenchPostgresCommand;
import java.util.Arrays;
import picocli.CommandLine;

/**
 * Entry point of the benchmark jar: {@code load …} runs the KMIP load generator
 * ({@link LoadCommand}); {@code postgres …} runs a PostgreSQL for the load benchmark's PostgreSQL
 * backends ({@link BenchPostgresCommand}); any other arguments go to JMH's own command line, e.g.
 * {@code java -jar kmip-bench.jar 'codec.*' -f 1}.
 */
public final class BenchMain {
    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("load")) {
            System.exit(new CommandLine(new LoadCommand()).execute(Arrays.copyOfRange(args, 1, args.length)));
        }
        if (args.length > 0 && args[0].equals("postgres")) {
            System.exit(new CommandLine(new BenchPostgresCommand()).execute(Arrays.copyOfRange(args, 1, args.length)));
        }
        org.openjdk.jmh.Main.main(args);
    }
}

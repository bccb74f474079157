package io.kmipserver.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scripts/run-load.sh} end to end, cut down to PyKMIP's server, two scenarios, one connection
 * and one second each: it starts the server, runs the bench jar, stops the server and writes the
 * Markdown table operators paste into the README. Fails, never skips, when PyKMIP is not installed.
 */
class RunLoadScriptIT {

    @TempDir
    Path dir;

    @Test
    void runLoadScriptMeasuresPykmipAndWritesAMarkdownRowPerRunWithoutErrors() throws Exception {
        assertThat(Path.of("/usr/bin/pykmip-server"))
                .as("PyKMIP's server is required: apt-get install -y python3-pykmip (bin/test-all installs it)")
                .isExecutable();
        Path results = dir.resolve("results.md");
        Path log = dir.resolve("run-load.log");
        Process run = new ProcessBuilder("bash", "scripts/run-load.sh", "--servers", "pykmip",
                "--scenarios", "create lifecycle", "--connections", "1", "--duration", "1", "--warmup", "0",
                "--out", results.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean ended = run.waitFor(120, TimeUnit.SECONDS);
        if (!ended) {
            run.destroy();
            run.waitFor(20, TimeUnit.SECONDS);
        }
        String output = Files.readString(log);

        assertThat(ended).as(output).isTrue();
        assertThat(run.exitValue()).as(output).isZero();
        String markdown = Files.readString(results);
        assertThat(markdown).contains("| server | TLS provider | backend | scenario | connections | ops/s | p50 ms | p99 ms "
                + "| p99.9 ms | errors | TLS |");
        assertThat(markdown).containsPattern("Machine: \\d+ CPUs \\(.+\\), .*17");
        List<String> rows = markdown.lines().filter(l -> l.startsWith("| pykmip | python-ssl | own sqlite | ")).toList();
        assertThat(rows).as(markdown).hasSize(2 + 6); // two summary rows, then one per operation (1 + 5)
        assertThat(rows.get(0)).startsWith("| pykmip | python-ssl | own sqlite | Create-only | 1 | ").contains("| 0 | TLSv1.2 ");
        assertThat(rows.get(1)).startsWith("| pykmip | python-ssl | own sqlite | Lifecycle (5 ops) | 1 | ").contains("| 0 | TLSv1.2 ");
        assertThat(Files.readAllLines(dir.resolve("results.jsonl"))).hasSize(2)
                .allSatisfy(line -> assertThat(line).contains("\"failure\": null"));
        assertThat(output).doesNotContain("RUN FAILED");
    }
}

package io.kmipserver.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kmipserver.server.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/**
 * {@code kmip-server audit …} as an operator runs it — the jar's own command tree
 * ({@link Main#commandLine()}), executed in the test JVM to save a JVM start per call — on a data
 * directory whose server has stopped or been killed: the journal is read through the CLI, not
 * through test code.
 */
final class AuditCli {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What one command printed and returned. */
    record Result(int exitCode, String out, String err) {
    }

    private AuditCli() {
    }

    /** {@code audit verify --data-dir DIR}. */
    static Result verify(Path dataDir) {
        return run("verify", "--data-dir", dataDir.toString());
    }

    /**
     * {@code audit export --format jsonl} of every event from the epoch to an hour from now, written
     * to {@code DIR-export.jsonl} beside the data directory; fails the test unless the command succeeds.
     */
    static Exported export(Path dataDir) throws IOException {
        Path file = dataDir.resolveSibling(dataDir.getFileName() + "-export.jsonl");
        Result result = run("export", "--data-dir", dataDir.toString(), "--since", "1970-01-01T00:00:00Z",
                "--until", Instant.now().plus(1, ChronoUnit.HOURS).toString(), "--format", "jsonl",
                "--out", file.toString());
        assertThat(result.exitCode()).as("audit export: " + result).isZero();
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<JsonNode> events = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                events.add(JSON.readTree(line));
            }
        }
        return new Exported(text, events);
    }

    /** The exported JSON lines as text and as parsed events, in journal order. */
    record Exported(String text, List<JsonNode> events) {
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        String[] full = new String[args.length + 1];
        full[0] = "audit";
        System.arraycopy(args, 0, full, 1, args.length);
        int exitCode = commandLine.execute(full);
        return new Result(exitCode, out.toString(), err.toString());
    }
}

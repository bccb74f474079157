package io.kmipserver.audit.cli;

import io.kmipserver.audit.export.ExportResult;
import io.kmipserver.audit.export.JsonlExporter;
import io.kmipserver.audit.journal.AuditJournalException;
import io.kmipserver.audit.journal.JournalReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code audit export}: events of a time range as CADF JSON lines, to a file or stdout. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the events of a time range as CADF JSON lines.")
final class ExportCommand implements Callable<Integer> {
    enum Format { jsonl }

    @Mixin
    DataDirOption dataDir;

    @Option(names = "--since", required = true, converter = InstantConverter.class, paramLabel = "ISO",
            description = "First event time included, e.g. 2026-11-01T00:00:00Z or 2026-11-01.")
    Instant since;

    @Option(names = "--until", required = true, converter = InstantConverter.class, paramLabel = "ISO",
            description = "First event time excluded.")
    Instant until;

    @Option(names = "--format", defaultValue = "jsonl", description = "Output format: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of standard output.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!since.isBefore(until)) {
            spec.commandLine().getErr().println("--since must be before --until");
            return 2;
        }
        try (JournalReader reader = JournalReader.openReadOnly(dataDir.layout().journalDirectory())) {
            ExportResult result;
            if (out == null) {
                Writer stdout = spec.commandLine().getOut();
                result = new JsonlExporter(reader).export(since, until, stdout);
                stdout.flush();
            } else {
                try (Writer file = new BufferedWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
                    result = new JsonlExporter(reader).export(since, until, file);
                }
            }
            spec.commandLine().getErr().println("Exported " + result.exported() + " event(s)"
                    + (result.corrupt() > 0 ? "; skipped " + result.corrupt() + " corrupt event(s), run 'audit verify'" : ""));
            return 0;
        } catch (AuditJournalException | IOException e) {
            spec.commandLine().getErr().println("Cannot export: " + e.getMessage());
            return AuditCommand.UNREADABLE;
        }
    }
}

package io.kmipserver.audit.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.kmipserver.audit.export.CadfJson;
import io.kmipserver.audit.journal.AuditJournalException;
import io.kmipserver.audit.journal.CorruptEventException;
import io.kmipserver.audit.journal.JournalEntry;
import io.kmipserver.audit.journal.JournalReader;
import io.kmipserver.audit.journal.JournalTailer;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code audit tail}: follows the live journal and prints each new event as a JSON line. */
@Command(name = "tail", mixinStandardHelpOptions = true,
        description = "Follow the audit journal and print each new event as a CADF JSON line, until interrupted.")
final class TailCommand implements Callable<Integer> {
    private static final long POLL_MILLIS = 100;

    @Mixin
    DataDirOption dataDir;

    @Option(names = "--from-start", description = "Print the whole journal first, then follow.")
    boolean fromStart;

    @Option(names = "--count", paramLabel = "N", defaultValue = "-1", description = "Stop after N events.")
    long count;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        long printed = 0;
        try (JournalReader reader = JournalReader.openReadOnly(dataDir.layout().journalDirectory());
             JournalTailer tailer = reader.tailer();
             JsonGenerator json = CadfJson.lineGenerator(out)) {
            if (!fromStart) {
                tailer.toEnd();
            }
            while (count < 0 || printed < count) {
                JournalEntry entry = tailer.next();
                if (entry == null) {
                    Thread.sleep(POLL_MILLIS);
                    continue;
                }
                try {
                    CadfJson.writeLine(entry.event(), json);
                    json.flush();
                    printed++;
                } catch (CorruptEventException e) {
                    spec.commandLine().getErr().println("Skipped a corrupt event at index " + entry.index() + ": " + e.getMessage());
                }
            }
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        } catch (AuditJournalException | IOException e) {
            spec.commandLine().getErr().println("Cannot follow the journal: " + e.getMessage());
            return AuditCommand.UNREADABLE;
        }
    }
}

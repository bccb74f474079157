package io.kmipserver.audit.cli;

import io.kmipserver.audit.AuditLayout;
import io.kmipserver.audit.index.AuditIndex;
import io.kmipserver.audit.index.IndexException;
import io.kmipserver.audit.index.IndexLockedException;
import io.kmipserver.audit.journal.AuditJournalException;
import io.kmipserver.audit.journal.JournalReader;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code audit reindex}: deletes the audit index and builds it again from the journal (DESIGN
 * invariant 6). The server must be stopped: it holds the index's lock, and the command then stops
 * with exit code {@value AuditCommand#IN_USE} without changing anything. (A server that finds its
 * index missing at start rebuilds it by itself, in the background.)
 */
@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = "Delete the audit index (DIR/audit/index/events.db) and rebuild it from the journal. Stop the server first.")
final class ReindexCommand implements Callable<Integer> {
    private static final long REPORT_EVERY = 1_000_000;

    @Mixin
    DataDirOption dataDir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        AuditLayout layout = dataDir.layout();
        PrintWriter err = spec.commandLine().getErr();
        long[] nextReport = {REPORT_EVERY};
        long started = System.nanoTime();
        try (JournalReader reader = JournalReader.openReadOnly(layout.journalDirectory())) {
            AuditIndex.RebuildResult result = AuditIndex.rebuild(layout.indexFile(), reader, indexed -> {
                if (indexed >= nextReport[0]) {
                    nextReport[0] += REPORT_EVERY;
                    double seconds = (System.nanoTime() - started) / 1e9;
                    err.printf("  %,d events indexed (%,.0f/s)%n", indexed, indexed / seconds);
                    err.flush();
                }
            });
            double seconds = result.took().toNanos() / 1e9;
            spec.commandLine().getOut().printf("Indexed %,d event(s) in %.1f s (%,.0f events/s) into %s%s%n", result.events(),
                    seconds, result.events() / Math.max(seconds, 1e-9), layout.indexFile(),
                    result.corrupt() > 0 ? "; skipped " + result.corrupt() + " corrupt event(s), run 'audit verify'" : "");
            return 0;
        } catch (IndexLockedException e) {
            err.println("Cannot reindex: " + e.getMessage() + ". Stop the server first.");
            return AuditCommand.IN_USE;
        } catch (AuditJournalException | IndexException e) {
            err.println("Cannot reindex: " + e.getMessage());
            return AuditCommand.UNREADABLE;
        }
    }
}

package io.kmipserver.audit.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code audit verify|export|tail|reindex|generate|benchmark}. Exit codes: 0 success; 1 the journal
 * failed verification; 2 wrong usage; 3 the files could not be read; 4 the server is running on the
 * data directory (it holds the index).
 */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Verify, export and follow the audit journal; rebuild its index.",
        subcommands = {VerifyCommand.class, ExportCommand.class, TailCommand.class, ReindexCommand.class,
            GenerateCommand.class, BenchmarkCommand.class})
public final class AuditCommand implements Runnable {
    public static final int VERIFICATION_FAILED = 1;
    public static final int UNREADABLE = 3;
    public static final int IN_USE = 4;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: verify, export, tail, reindex, generate or benchmark");
    }

    /** A command line ready to execute, e.g. {@code AuditCommand.commandLine().execute(args)}. */
    public static CommandLine commandLine() {
        return new CommandLine(new AuditCommand());
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}

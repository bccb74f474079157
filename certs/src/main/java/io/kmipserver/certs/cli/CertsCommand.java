package io.kmipserver.certs.cli;

import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code certs}: the PKI tools. Run {@code new CommandLine(new CertsCommand()).execute(args)}, or add
 * it to a parent command with {@code addSubcommand}.
 */
@Command(name = "certs",
        description = "Create the development PKI, issue client certificates, sign certificate requests.",
        subcommands = {InitCommand.class, ClientCommand.class, SignCsrCommand.class})
public final class CertsCommand implements Callable<Integer> {

    /** Where {@code --dir} points when not given: the dev PKI under the server's default data directory. */
    public static final String DEFAULT_DIR = "data/pki";

    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    private final Clock clock;

    /** Uses the system clock. */
    public CertsCommand() {
        this(Clock.systemUTC());
    }

    /** Uses {@code clock} for "now" in every certificate issued, so tests can pin time. */
    public CertsCommand(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    Clock clock() {
        return clock;
    }

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing subcommand: one of init, client, sign-csr");
    }
}

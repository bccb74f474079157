package io.kmipserver.certs.cli;

import io.kmipserver.certs.Validity;
import java.time.Clock;
import java.time.Duration;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code --days}: how long an issued certificate stays valid. */
final class DaysOption {
    @Option(names = "--days", paramLabel = "DAYS", defaultValue = "730",
            description = "Validity in days (default: ${DEFAULT-VALUE}).")
    int days;

    /** {@code days} from now by {@code clock}; a usage error unless positive. */
    Validity validity(CommandSpec command, Clock clock) {
        if (days <= 0) {
            throw new ParameterException(command.commandLine(), "--days must be positive, was " + days);
        }
        return Validity.starting(clock, Duration.ofDays(days));
    }
}

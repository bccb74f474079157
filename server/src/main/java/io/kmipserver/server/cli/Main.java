package io.kmipserver.server.cli;

import io.kmipserver.audit.cli.AuditCommand;
import io.kmipserver.certs.cli.CertsCommand;
import io.kmipserver.server.protocol.DefaultRequestProcessor;
import io.kmipserver.server.protocol.KmipRequestProcessor;
import io.kmipserver.server.protocol.ProcessorSettings;
import io.kmipserver.server.runtime.NodeServices;
import io.kmipserver.server.runtime.RequestProcessorFactory;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Command-line entry point of kmip-server ({@code java -jar kmip-server.jar}): {@code serve},
 * {@code certs} and {@code audit}.
 */
@Command(name = "kmip-server", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "KMIP key management server.")
public final class Main implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** The command tree with the node's real request processor. */
    public static CommandLine commandLine() {
        return commandLine(Main::defaultProcessor);
    }

    /** The command tree with {@code serve} building its processor with {@code processors}. */
    public static CommandLine commandLine(RequestProcessorFactory processors) {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.addSubcommand("serve", new ServeCommand(processors));
        commandLine.addSubcommand("certs", new CertsCommand());
        commandLine.addSubcommand("audit", new AuditCommand());
        commandLine.addSubcommand("keys", new KeysCommand());
        return commandLine;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing command: serve, certs or audit");
    }

    /** The processor with every operation handler. */
    static KmipRequestProcessor defaultProcessor(NodeServices services) {
        return new DefaultRequestProcessor(services.store(), services.keyProtector(), services.journal(),
                ProcessorSettings.defaults(services.nodeId()).withClock(services.clock()));
    }
}

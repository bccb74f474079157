package io.kmipserver.certs.cli;

import io.kmipserver.certs.DevPki;
import io.kmipserver.certs.KeySpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code certs init}: {@link DevPki#ensure} from the command line, then its summary. */
@Command(name = "init",
        description = {"Create the development PKI: CA, server, admin, auditor, client and audit-signing"
                + " certificates with their keys. Existing files are kept as they are."})
public final class InitCommand extends Subcommand {
    @Option(names = "--dns", paramLabel = "NAME", split = ",",
            description = "Extra DNS name for the server certificate; repeatable. localhost and this"
                    + " machine's host name are always included.")
    List<String> dnsNames = new ArrayList<>();

    @Option(names = "--ip", paramLabel = "ADDRESS", split = ",",
            description = "Extra IP address for the server certificate; repeatable. 127.0.0.1 and ::1 are"
                    + " always included.")
    List<String> ipAddresses = new ArrayList<>();

    @Option(names = "--key", paramLabel = "TYPE", defaultValue = "ec-p256", converter = KeySpecConverter.class,
            completionCandidates = KeySpecConverter.class,
            description = "Key type for new keys: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})."
                    + " The audit signing key is always ec-p256.")
    KeySpec keySpec;

    @Override
    public Integer call() {
        return Outcome.run(spec, () -> {
            DevPki pki = DevPki.ensure(directory.dir, dnsNames, ipAddresses, keySpec, parent.clock());
            var out = spec.commandLine().getOut();
            for (Path file : pki.created()) {
                out.println("wrote " + file);
            }
            if (pki.created().isEmpty()) {
                out.println("nothing to create: every file already exists");
            }
            out.print(pki.summary());
            out.flush();
        });
    }
}

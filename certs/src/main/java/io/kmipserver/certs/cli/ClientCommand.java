package io.kmipserver.certs.cli;

import io.kmipserver.certs.CertificateAuthority;
import io.kmipserver.certs.CertifiedKey;
import io.kmipserver.certs.KeySpec;
import io.kmipserver.certs.PemFiles;
import io.kmipserver.certs.Validity;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code certs client NAME}: a new client key and certificate (CN=NAME, EKU clientAuth) from the CA. */
@Command(name = "client",
        description = "Issue a TLS client certificate CN=NAME with a new key, as NAME.pem and NAME-key.pem.")
public final class ClientCommand extends Subcommand {
    /** NAME becomes a file name: no separators, no leading dot, nothing a shell would mangle. */
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    @Parameters(index = "0", paramLabel = "NAME",
            description = "Client name: the certificate's CN and the file names (letters, digits, '.', '_', '-').")
    String name;

    @Option(names = "--out-dir", paramLabel = "DIR",
            description = "Where to write NAME.pem and NAME-key.pem (default: the PKI directory).")
    Path outDir;

    @Option(names = "--key", paramLabel = "TYPE", defaultValue = "ec-p256", converter = KeySpecConverter.class,
            completionCandidates = KeySpecConverter.class,
            description = "Key type: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    KeySpec keySpec;

    @Mixin
    DaysOption days;

    @Override
    public Integer call() {
        if (!SAFE_NAME.matcher(name).matches()) {
            throw new ParameterException(spec.commandLine(), "Invalid NAME '" + name
                    + "': use 1-64 letters, digits, '.', '_' or '-', not starting with '.', '_' or '-'");
        }
        Validity validity = days.validity(spec, parent.clock());
        return Outcome.run(spec, () -> {
            CertificateAuthority authority = directory.authority(parent.clock());
            Path target = outDir != null ? outDir : directory.dir;
            Path certificateFile = target.resolve(name + ".pem");
            Path keyFile = target.resolve(name + "-key.pem");
            // Check both before writing either, so a refusal leaves no half-issued pair behind.
            for (Path file : new Path[] {certificateFile, keyFile}) {
                if (Files.exists(file)) {
                    throw new FileAlreadyExistsException(file.toString());
                }
            }
            CertifiedKey issued = authority.issueClient(name, keySpec, validity);
            PemFiles.createPrivateDirectories(target);
            PemFiles.writeCertifiedKey(certificateFile, keyFile, issued);
            Outcome.wroteCertificate(spec, certificateFile, issued.certificate());
            Outcome.wroteKey(spec, keyFile);
        });
    }
}

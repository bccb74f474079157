package io.kmipserver.certs.cli;

import io.kmipserver.certs.Fingerprints;
import io.kmipserver.certs.PkiException;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The one place the subcommands turn a failure into a message on standard error and exit code 1, and
 * describe what they wrote on standard output.
 */
final class Outcome {
    static final int FAILED = 1;

    private Outcome() {}

    interface Work {
        void run() throws IOException;
    }

    static Integer run(CommandSpec spec, Work work) {
        try {
            work.run();
            return 0;
        } catch (FileAlreadyExistsException e) {
            return fail(spec, e.getFile() + " already exists; not overwriting it");
        } catch (NoSuchFileException e) {
            return fail(spec, e.getFile() + " does not exist");
        } catch (IOException | PkiException | IllegalArgumentException e) {
            return fail(spec, e.getMessage());
        }
    }

    static void wroteCertificate(CommandSpec spec, Path file, X509Certificate certificate) {
        spec.commandLine().getOut().printf("wrote %s: %s, valid until %s, SHA-256 %s%n", file,
                certificate.getSubjectX500Principal().getName(), certificate.getNotAfter().toInstant(),
                Fingerprints.sha256Colons(certificate));
    }

    static void wroteKey(CommandSpec spec, Path file) {
        spec.commandLine().getOut().printf("wrote %s: private key (mode 0600), keep it secret%n", file);
    }

    private static int fail(CommandSpec spec, String message) {
        spec.commandLine().getErr().println(spec.qualifiedName() + ": " + message);
        spec.commandLine().getErr().flush();
        return FAILED;
    }
}

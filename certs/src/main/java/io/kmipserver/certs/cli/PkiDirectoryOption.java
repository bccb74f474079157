package io.kmipserver.certs.cli;

import io.kmipserver.certs.CertificateAuthority;
import io.kmipserver.certs.DevPki;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import picocli.CommandLine.Option;

/** {@code --dir}: the PKI directory every certs command works on, and the CA read from it. */
final class PkiDirectoryOption {
    @Option(names = "--dir", paramLabel = "DIR", defaultValue = CertsCommand.DEFAULT_DIR,
            description = "PKI directory with ca.pem and ca-key.pem (default: ${DEFAULT-VALUE}).")
    Path dir;

    /** The CA of {@code ca.pem} and {@code ca-key.pem} in the directory; fails clearly without the key. */
    CertificateAuthority authority(Clock clock) throws IOException {
        return CertificateAuthority.load(dir.resolve(DevPki.Role.CA.certificateFileName()),
                dir.resolve(DevPki.Role.CA.keyFileName()), clock);
    }
}

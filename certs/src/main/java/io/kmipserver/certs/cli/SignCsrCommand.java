package io.kmipserver.certs.cli;

import io.kmipserver.certs.CertificateAuthority;
import io.kmipserver.certs.PemFiles;
import io.kmipserver.certs.Validity;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code certs sign-csr}: signs a client's PKCS#10 request as a client certificate, so the client's
 * private key never leaves the client.
 */
@Command(name = "sign-csr",
        description = "Sign a PEM certificate request as a TLS client certificate (EKU clientAuth)."
                + " The request's signature is verified first; its requested extensions are ignored.")
public final class SignCsrCommand extends Subcommand {
    @Option(names = "--csr", paramLabel = "FILE", required = true, description = "PEM certificate request to sign.")
    Path csrFile;

    @Option(names = "--out", paramLabel = "FILE", required = true,
            description = "New file for the certificate, followed by the CA certificate.")
    Path outFile;

    @Mixin
    DaysOption days;

    @Override
    public Integer call() {
        Validity validity = days.validity(spec, parent.clock());
        return Outcome.run(spec, () -> {
            CertificateAuthority authority = directory.authority(parent.clock());
            PKCS10CertificationRequest csr = PemFiles.readCsr(csrFile);
            X509Certificate certificate = authority.signClientCsr(csr, validity);
            List<X509Certificate> chain = new ArrayList<>();
            chain.add(certificate);
            chain.addAll(authority.certifiedKey().chain());
            PemFiles.writeCertificates(outFile, chain);
            Outcome.wroteCertificate(spec, outFile, certificate);
        });
    }
}

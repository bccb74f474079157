package io.kmipserver.audit.cli;

import io.kmipserver.audit.AuditLayout;
import io.kmipserver.audit.seal.AuditVerifier;
import io.kmipserver.audit.seal.SigningKeys;
import io.kmipserver.audit.seal.VerificationReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.security.PublicKey;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code audit verify}: checks the journal against the signed checkpoints and prints the report. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Prove the audit journal was not altered: recompute the hash chain and check every signed checkpoint.")
final class VerifyCommand implements Callable<Integer> {
    @Mixin
    DataDirOption dataDir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        AuditLayout layout = dataDir.layout();
        PrintWriter out = spec.commandLine().getOut();
        PublicKey key;
        try {
            key = SigningKeys.readCertificate(layout.signingCertificate()).getPublicKey();
        } catch (IOException e) {
            spec.commandLine().getErr().println("Cannot read the audit signing certificate: " + e.getMessage());
            return AuditCommand.UNREADABLE;
        }
        VerificationReport report = AuditVerifier.verify(layout.journalDirectory(), layout.sealDirectory(), key);
        out.print(report.describe());
        out.flush();
        return report.verified() ? 0 : AuditCommand.VERIFICATION_FAILED;
    }
}

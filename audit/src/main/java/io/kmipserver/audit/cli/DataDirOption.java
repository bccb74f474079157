package io.kmipserver.audit.cli;

import io.kmipserver.audit.AuditLayout;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --data-dir} every audit command takes. */
final class DataDirOption {
    @Option(names = "--data-dir", required = true, paramLabel = "DIR",
            description = "Server data directory (journal in DIR/audit/journal, seals in DIR/audit/seal).")
    Path dataDirectory;

    AuditLayout layout() {
        return AuditLayout.of(dataDirectory);
    }
}

package io.kmipserver.audit;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the audit system's files live under a server data directory. This is a contract with the
 * server's first-start bootstrap (which writes the signing key and certificate) and with the
 * {@code audit} CLI (which reads them): {@code DIR/audit/journal/}, {@code DIR/audit/seal/},
 * {@code DIR/audit/index/events.db} (the derived index, beside the journal: {@link #indexFile()}),
 * {@code DIR/pki/audit-signing.pem} (X.509 certificate) and {@code DIR/pki/audit-signing-key.pem}
 * (unencrypted PKCS#8 EC private key).
 */
public record AuditLayout(Path journalDirectory, Path sealDirectory, Path signingCertificate, Path signingKey) {

    public AuditLayout {
        Objects.requireNonNull(journalDirectory, "journalDirectory");
        Objects.requireNonNull(sealDirectory, "sealDirectory");
        Objects.requireNonNull(signingCertificate, "signingCertificate");
        Objects.requireNonNull(signingKey, "signingKey");
    }

    /** The audit index's SQLite file: {@code index/events.db} beside the journal directory. */
    public Path indexFile() {
        return journalDirectory.toAbsolutePath().resolveSibling("index").resolve("events.db");
    }

    public static AuditLayout of(Path dataDirectory) {
        Path audit = dataDirectory.resolve("audit");
        Path pki = dataDirectory.resolve("pki");
        return new AuditLayout(audit.resolve("journal"), audit.resolve("seal"), pki.resolve("audit-signing.pem"),
                pki.resolve("audit-signing-key.pem"));
    }
}

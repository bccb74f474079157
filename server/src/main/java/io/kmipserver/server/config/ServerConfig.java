package io.kmipserver.server.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Every setting of a kmip-server node. Built only by {@link ConfigLoader}, which validates all of it
 * at once; there are no static tunables anywhere else.
 */
public record ServerConfig(
        Path dataDir,
        String nodeId,
        Kmip kmip,
        Management management,
        Tls tls,
        Store store,
        Keys keys,
        Audit audit) {

    /** The KMIP listener (IANA port 5696). */
    public record Kmip(
            String bind,
            int port,
            int maxMessageSize,
            int maxConnections,
            Duration idleTimeout,
            Duration readTimeout,
            int workerThreads,
            int workerQueue,
            boolean nativeTransport) {

        /**
         * The worker threads when {@code kmip.worker-threads} is 0: eight per core, at least 16.
         * Workers mostly wait — for a group commit's fsync, an HSM, the journal — not compute; each
         * one holds a single request while its unit waits for the commit, so the pool size is also
         * how many writes can share one fsync. With two per core (the old default), four Creates at
         * most were in flight on two cores, and group commits averaged 2.5 units.
         */
        public static int defaultWorkerThreads() {
            return Math.max(16, 8 * Runtime.getRuntime().availableProcessors());
        }

        /** {@code workerThreads}, or {@link #defaultWorkerThreads()} when it is 0. */
        public int effectiveWorkerThreads() {
            return workerThreads > 0 ? workerThreads : defaultWorkerThreads();
        }
    }

    /**
     * The management REST API listener (HTTPS with client certificates, same TLS settings as KMIP).
     *
     * @param maxBodySize largest request body accepted; a larger one gets 413
     * @param workerThreads threads for the API's blocking work (store, key protector, journal)
     * @param adminFingerprints SHA-256 fingerprints (64 lower-case hex) of certificates with role admin,
     *     besides the PKI's {@code admin.pem}
     * @param auditorFingerprints likewise for role auditor, besides {@code auditor.pem}
     * @param rolesCaFile the CA whose certificates the subject patterns admit; {@code null}: the PKI's
     *     {@code ca.pem}
     * @param adminSubjectPattern admits as admin every certificate of that CA whose subject (RFC 2253)
     *     matches in full; {@code null} for none
     * @param auditorSubjectPattern likewise for auditor
     */
    public record Management(boolean enabled, String bind, int port, int maxBodySize, int workerThreads,
            List<String> adminFingerprints, List<String> auditorFingerprints, Path rolesCaFile,
            Pattern adminSubjectPattern, Pattern auditorSubjectPattern, int maxConnections) {
    }

    /** TLS for both listeners. */
    public record Tls(
            TlsProvider provider,
            List<String> protocols,
            Path pkiDir,
            List<String> serverDnsNames,
            List<String> serverIpAddresses) {
    }

    /** Which TLS implementation terminates connections: a first-order performance choice. */
    public enum TlsProvider {
        /** Bouncy Castle JSSE (default). */
        BCJSSE,
        /** The JDK's SunJSSE. */
        JDK,
        /** OpenSSL (BoringSSL) through netty-tcnative. */
        OPENSSL
    }

    /** Object metadata store. */
    public record Store(StoreType type, String jdbcUrl, String dbUser, Path dbPasswordFile, int poolSize) {
    }

    public enum StoreType {
        SQLITE,
        POSTGRESQL
    }

    /** Key protection. */
    public record Keys(ProtectorType protector, Path pkcs11Library, int pkcs11SlotIndex, String pkcs11TokenLabel,
            Path pkcs11PinFile) {
    }

    public enum ProtectorType {
        SOFTWARE,
        PKCS11
    }

    /**
     * Audit journal.
     *
     * @param fsync   force every event to the device before its request is answered: survives a
     *                power cut, costs a device flush per event (without it an event survives
     *                {@code kill -9}, being in the page cache, but not a power cut)
     * @param journal where events go; {@link AuditJournalType#NOOP} only to benchmark the journal
     */
    public record Audit(int retentionDays, int checkpointEveryEvents, Duration checkpointEvery, boolean fsync,
            AuditJournalType journal) {
    }

    /** Where audit events go. */
    public enum AuditJournalType {
        /** The Chronicle Queue journal under {@code DIR/audit/journal} (default, and the only production choice). */
        CHRONICLE,
        /**
         * Events are discarded: for measuring the journal's end-to-end cost with the load generator,
         * never for a server that serves clients (DESIGN invariant 1: every operation is audited).
         */
        NOOP
    }

    public Path pkiDir() {
        return tls.pkiDir();
    }
}

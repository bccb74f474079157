package io.kmipserver.server.management;

import io.kmipserver.audit.AuditSystem;
import io.kmipserver.audit.journal.AuditJournal;
import io.kmipserver.certs.DevPki;
import io.kmipserver.server.config.ServerConfig;
import io.kmipserver.server.identity.StoreClientTrustSource;
import io.kmipserver.server.keys.KeyProtector;
import io.kmipserver.server.store.ObjectStore;
import io.kmipserver.server.transport.KmipServer;
import java.time.Clock;
import java.util.Objects;

/**
 * What the management API works on: the node's open services. The runtime owns and closes all of
 * them; the management server must not.
 *
 * @param journal where management events go (the audit system's journal, or the no-op one the
 *     {@code audit.journal=noop} benchmark setting selects)
 * @param trust the KMIP listener's client trust; refreshed after every change to adapters and certificates
 * @param kmipServer the KMIP listener, whose connections a deleted certificate or adapter cuts
 * @param metrics the node's meters, served at {@code /metrics}
 */
public record ManagementServices(ServerConfig config, DevPki pki, ObjectStore store, KeyProtector keyProtector,
        AuditSystem audit, AuditJournal journal, StoreClientTrustSource trust, KmipServer kmipServer,
        ManagementMetrics metrics, Clock clock) {

    public ManagementServices {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(pki, "pki");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(keyProtector, "keyProtector");
        Objects.requireNonNull(audit, "audit");
        Objects.requireNonNull(journal, "journal");
        Objects.requireNonNull(trust, "trust");
        Objects.requireNonNull(kmipServer, "kmipServer");
        Objects.requireNonNull(metrics, "metrics");
        Objects.requireNonNull(clock, "clock");
    }
}

package io.kmipserver.server.runtime;

import io.kmipserver.audit.AuditSystem;
import io.kmipserver.audit.journal.AuditJournal;
import io.kmipserver.server.config.ServerConfig;
import io.kmipserver.server.keys.KeyProtector;
import io.kmipserver.server.store.ObjectStore;
import java.time.Clock;
import java.util.Objects;

/**
 * What a request processor is built from: the node's open store, key protector and audit journal.
 * The runtime owns and closes all of them; a processor must not.
 *
 * @param nodeId the {@code observer} of every audit event this node writes
 * @param clock "now" for the processor (dates, event times)
 */
public record NodeServices(ServerConfig config, String nodeId, Clock clock, ObjectStore store,
        KeyProtector keyProtector, AuditJournal journal, AuditSystem audit) {

    public NodeServices {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(keyProtector, "keyProtector");
        Objects.requireNonNull(journal, "journal");
        Objects.requireNonNull(audit, "audit");
    }
}

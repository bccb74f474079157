package io.kmipserver.server.protocol;

import io.kmipserver.audit.journal.AuditJournalException;
import io.kmipserver.codec.spec.KmipVersion;
import io.kmipserver.codec.spec.ResultReason;
import io.kmipserver.server.keys.KeyProtectionException;
import io.kmipserver.server.store.CommitFailedException;
import io.kmipserver.server.store.NotFoundException;
import io.kmipserver.server.store.StaleVersionException;
import io.kmipserver.server.store.StoreBusyException;
import io.kmipserver.server.store.StoreException;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where a failure becomes a KMIP Result Reason and message, for the response batch item
 * and the audit event alike (STYLE: "One FailureMapper").
 *
 * <ul>
 *   <li>{@link KmipException}: its own reason and message, which handlers wrote for the client;</li>
 *   <li>foreign exceptions from the store, the key protector and the journal: translated here, once,
 *       to a reason and a generic message — their own text names tables and files and stays in the
 *       server log;</li>
 *   <li>anything else is a bug: General Failure with an incident id, logged with its stack trace.
 *       Never Operation Not Supported, never internal text on the wire.</li>
 * </ul>
 *
 * <p>Stateless; thread-safe.
 */
public final class FailureMapper {

    /** The Result Message of an item that failed because its audit event could not be written. */
    public static final String AUDIT_UNAVAILABLE = "audit journal unavailable";

    private static final Logger LOG = LoggerFactory.getLogger(FailureMapper.class);

    /** Maps {@code failure} for a response of {@code version}. */
    public Failure map(Throwable failure, KmipVersion version) {
        Throwable t = unwrap(failure);
        Failure mapped = translate(t);
        if (!mapped.reason().knownIn(version)) {
            // A reason this version does not define must never reach its client (KMIP 1.4 §9.1.3.2.29).
            LOG.warn("Result Reason {} is not defined in KMIP {}; answering General Failure", mapped.reason().specName(),
                    version.label());
            return new Failure(ResultReason.GENERAL_FAILURE, mapped.message(), mapped.incidentId());
        }
        return mapped;
    }

    private Failure translate(Throwable t) {
        if (t instanceof KmipException k) {
            return Failure.of(k.resultReason(), k.getMessage() == null ? k.resultReason().specName() : k.getMessage());
        }
        if (t instanceof AuditJournalException) {
            LOG.error("Audit journal append failed; the operation is refused (fail closed): {}", t.getMessage());
            return Failure.of(ResultReason.GENERAL_FAILURE, AUDIT_UNAVAILABLE);
        }
        if (t instanceof NotFoundException nf) {
            if (nf.kind() == NotFoundException.Kind.OBJECT || nf.kind() == NotFoundException.Kind.MATERIAL) {
                // The object vanished between the handler's read and its write: as if never there.
                return Failure.of(ResultReason.ITEM_NOT_FOUND, "object not found");
            }
            return incident(t, "store reported a missing " + nf.kind());
        }
        if (t instanceof StoreBusyException) {
            LOG.warn("Store write queue full; operation refused: {}", t.getMessage());
            return Failure.of(ResultReason.GENERAL_FAILURE, "server busy, retry later");
        }
        if (t instanceof StaleVersionException) {
            return Failure.of(ResultReason.GENERAL_FAILURE, "the object was changed concurrently, retry");
        }
        if (t instanceof CommitFailedException) {
            return incident(t, "store commit failed");
        }
        if (t instanceof StoreException) {
            return incident(t, "store failure");
        }
        if (t instanceof KeyProtectionException kp) {
            if (kp.reason() == KeyProtectionException.Reason.UNAVAILABLE) {
                LOG.error("Key protector unavailable: {}", t.getMessage());
                return Failure.of(ResultReason.GENERAL_FAILURE, "key protection unavailable");
            }
            if (kp.reason() == KeyProtectionException.Reason.INTEGRITY) {
                Failure f = incident(t, "stored key material failed its integrity check");
                return new Failure(ResultReason.CRYPTOGRAPHIC_FAILURE, f.message(), f.incidentId());
            }
            return incident(t, "key protection failure");
        }
        return incident(t, "unexpected error");
    }

    private static Failure incident(Throwable t, String what) {
        String id = UUID.randomUUID().toString();
        LOG.error("Incident {}: {}", id, what, t);
        return new Failure(ResultReason.GENERAL_FAILURE, "internal error, incident " + id, id);
    }

    /** The cause behind {@link CompletionException} / {@link ExecutionException} wrappers. */
    static Throwable unwrap(Throwable t) {
        Throwable c = t;
        while ((c instanceof CompletionException || c instanceof ExecutionException) && c.getCause() != null) {
            c = c.getCause();
        }
        return c;
    }
}

package io.kmipserver.server.protocol;

import io.kmipserver.codec.message.ProtocolVersion;
import io.kmipserver.codec.payload.UniqueIdentifierRef;
import io.kmipserver.codec.spec.KmipVersion;
import io.kmipserver.codec.spec.ObjectType;
import io.kmipserver.codec.spec.Operation;
import io.kmipserver.codec.spec.UniqueIdentifierEnum;
import io.kmipserver.server.store.Adapter;
import io.kmipserver.server.store.ObjectStore;
import io.kmipserver.server.store.WriteUnit;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a handler needs to know about the batch item it performs: who asks (session, adapter),
 * in which protocol version, at which instant, the batch's ID Placeholder, and the audit fields it
 * fills for the item's one event.
 *
 * <p>One per batch item, confined to the worker thread — except inside {@link #commit}, where the
 * store's writer thread runs the unit and its hook while the worker waits for them; the future's
 * completion orders those writes before the worker's later reads.
 */
public final class OperationContext {

    /** Appends the item's success event; called from the pre-commit hook or by the processor. */
    @FunctionalInterface
    interface SuccessAuditor {
        /** @return the id of the event appended */
        String appendSuccess(OperationContext ctx);
    }

    private final ClientSession session;
    private final Adapter adapter;
    private final ProtocolVersion protocolVersion;
    private final KmipVersion version;
    private final Operation operation;
    private final Instant now;
    private final String correlationId;
    private final BatchState batch;
    private final SuccessAuditor auditor;

    private final List<String> targets = new ArrayList<>(2);
    private ObjectType objectType;
    private final Map<String, String> requestData = new LinkedHashMap<>();
    private final Map<String, String> responseData = new LinkedHashMap<>();
    /** The id of the item's success event once journaled; null before. */
    private volatile String successEventId;

    OperationContext(ClientSession session, Adapter adapter, ProtocolVersion protocolVersion, KmipVersion version,
            Operation operation, Instant now, String correlationId, BatchState batch, SuccessAuditor auditor) {
        this.session = session;
        this.adapter = adapter;
        this.protocolVersion = protocolVersion;
        this.version = version;
        this.operation = operation;
        this.now = now;
        this.correlationId = correlationId;
        this.batch = batch;
        this.auditor = auditor;
    }

    public ClientSession session() {
        return session;
    }

    /** The caller's adapter; every object access is scoped by its id (DESIGN invariant 4). */
    public Adapter adapter() {
        return adapter;
    }

    public String adapterId() {
        return adapter.id();
    }

    /** The request's protocol version as sent (a response uses it). */
    public ProtocolVersion protocolVersion() {
        return protocolVersion;
    }

    /** The spec version whose rules apply: the request's, or the newest known minor of its major. */
    public KmipVersion version() {
        return version;
    }

    public Operation operation() {
        return operation;
    }

    /** The instant this item is processed at: every date the item sets uses it. */
    public Instant now() {
        return now;
    }

    public String correlationId() {
        return correlationId;
    }

    /**
     * The Unique Identifier a request names: the text itself; the ID Placeholder when the field was
     * omitted or is the ID Placeholder enumeration (KMIP 1.4 §4, 2.1 §6.1); the identifier an earlier
     * item of the batch returned, named by Unique Identifier Enumeration or Integer (KMIP 2.1 §4.58).
     *
     * @throws MissingDataException when the ID Placeholder is empty
     * @throws InvalidFieldException when an enumeration or index names nothing returned in this batch
     */
    public String resolve(UniqueIdentifierRef ref) {
        String text = ref.text();
        if (text != null) {
            return text;
        }
        if (ref.usesIdPlaceholder()) {
            String p = batch.placeholder();
            if (p == null) {
                throw new MissingDataException("no Unique Identifier given and the ID Placeholder is empty");
            }
            return p;
        }
        if (ref instanceof UniqueIdentifierRef.Enumerated e) {
            UniqueIdentifierEnum which = e.value();
            String id = batch.returnedBy(which);
            if (id == null) {
                throw new InvalidFieldException("no earlier " + which.specName() + " in this batch returned an identifier");
            }
            return id;
        }
        if (ref instanceof UniqueIdentifierRef.Index i) {
            String id = batch.returnedAt(i.value());
            if (id == null) {
                throw new InvalidFieldException("Unique Identifier index " + i.value() + " names no identifier of this batch");
            }
            return id;
        }
        throw new InvalidFieldException("unsupported Unique Identifier form");
    }

    /**
     * Records a Unique Identifier this item returns: copies it into the ID Placeholder (Create,
     * Register, Re-key, single-result Locate — KMIP 1.4 §4.1, 4.3, 4.4, 4.9) and keeps it for 2.x
     * references by enumeration or index.
     */
    public void returned(String uniqueIdentifier, boolean setPlaceholder) {
        batch.returned(operation, uniqueIdentifier);
        if (setPlaceholder) {
            batch.placeholder(uniqueIdentifier);
        }
    }

    /** Empties the ID Placeholder, so later items that omit the Unique Identifier fail (KMIP 1.4 §4.9, §4.10). */
    public void clearPlaceholder() {
        batch.placeholder(null);
    }

    // ---- audit fields: identifiers and non-secret values only (DESIGN invariant 3)

    /** Adds an object this item acts on to the event's target. */
    public void target(String uniqueIdentifier) {
        if (!targets.contains(uniqueIdentifier)) {
            targets.add(uniqueIdentifier);
        }
    }

    public void objectType(ObjectType type) {
        this.objectType = type;
    }

    /** A non-secret request value for the audit event; never key material, passwords or tokens. */
    public void request(String name, String value) {
        if (value != null) {
            requestData.put(name, value);
        }
    }

    /** A non-secret response value for the audit event; never key material, passwords or tokens. */
    public void response(String name, String value) {
        if (value != null) {
            responseData.put(name, value);
        }
    }

    List<String> targets() {
        return targets;
    }

    ObjectType objectType() {
        return objectType;
    }

    Map<String, String> requestData() {
        return requestData;
    }

    Map<String, String> responseData() {
        return responseData;
    }

    /** True once the item's event is in the journal. */
    boolean audited() {
        return successEventId != null;
    }

    /** The id of the success event journaled for this item, or null when none was. */
    String successEventId() {
        return successEventId;
    }

    /**
     * Runs {@code unit} as this item's one store transaction and waits for it: the unit's pre-commit
     * hook appends the item's success event, so the change commits only with its event (DESIGN
     * invariant 2; a journal failure rolls the unit back). Fill the audit fields before calling, or
     * inside the unit. Exceptions of the unit, the hook and the commit are rethrown as they are for
     * {@link FailureMapper}.
     */
    public <T> T commit(ObjectStore store, WriteUnit<T> unit) {
        return store.write(unit, result -> {
            successEventId = auditor.appendSuccess(this);
        });
    }

    /** For the processor: the event of a read-only item is appended; no state to commit. */
    void appendSuccess() {
        successEventId = auditor.appendSuccess(this);
    }
}

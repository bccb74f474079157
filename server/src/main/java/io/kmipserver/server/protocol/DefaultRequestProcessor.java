package io.kmipserver.server.protocol;

import io.kmipserver.audit.event.AuditEvent;
import io.kmipserver.audit.journal.AuditJournal;
import io.kmipserver.codec.message.Credential;
import io.kmipserver.codec.message.KmipMessages;
import io.kmipserver.codec.message.MessageExtension;
import io.kmipserver.codec.message.PartialRequest;
import io.kmipserver.codec.message.ProtocolVersion;
import io.kmipserver.codec.message.RequestBatchItem;
import io.kmipserver.codec.message.RequestDecodeException;
import io.kmipserver.codec.message.RequestHeader;
import io.kmipserver.codec.message.RequestMessage;
import io.kmipserver.codec.message.ResponseBatchItem;
import io.kmipserver.codec.message.ResponseHeader;
import io.kmipserver.codec.message.ResponseMessage;
import io.kmipserver.codec.payload.RequestPayload;
import io.kmipserver.codec.payload.ResponsePayload;
import io.kmipserver.codec.spec.BatchErrorContinuationOption;
import io.kmipserver.codec.spec.KmipVersion;
import io.kmipserver.codec.spec.Operation;
import io.kmipserver.codec.spec.ResultReason;
import io.kmipserver.codec.spec.Tag;
import io.kmipserver.codec.spec.TagDefinition;
import io.kmipserver.codec.spec.TagRegistry;
import io.kmipserver.server.keys.KeyProtector;
import io.kmipserver.server.operation.OperationHandlers;
import io.kmipserver.server.store.Adapter;
import io.kmipserver.server.store.AdapterCredential;
import io.kmipserver.server.store.ObjectStore;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The KMIP request processor: versions, batches, the ID Placeholder, Batch Error Continuation, the
 * header credential, the adapter's operation allow-list, Maximum Response Size — and exactly one audit
 * event per batch item, in the journal before the response exists (DESIGN invariants 1 and 2).
 *
 * <p><b>Versions</b> (KMIP 1.4 §6.1, §11.1 Table 327): a request of 1.0–1.4 or 2.0–2.1 is answered in
 * its own version (a newer minor of a known major is read by the newest known minor and still
 * answered in its own). An unsupported major version is answered with one batch item without
 * Operation, Operation Failed, Invalid Message, in the nearest supported version.
 *
 * <p><b>Batches</b> (KMIP 1.4 §6.12, §6.13, Table 366): items run in message order (which satisfies
 * Batch Order Option True and False). Batch Error Continuation Option Stop (the default): after a
 * failed item the rest are not executed and get no response item; Continue: every item runs; Undo:
 * supported only for batches without state-changing operations (then the items that succeeded before
 * the failure are answered Operation Undone). A batch with Undo and a state-changing item is refused
 * as a whole with Feature Not Supported before anything runs, as §6.13 requires of a server that does
 * not support the option — a committed and audited change is never silently undone. Items not executed
 * still leave one audit event each (reason code {@value AuditEvents#NOT_EXECUTED}), so the trail shows
 * everything the client asked for.
 *
 * <p><b>Transactions</b>: each state-changing item is one store write unit whose pre-commit hook
 * appends its event; read-only items append theirs before the response is built. When the journal
 * cannot be written the item fails with General Failure "{@value FailureMapper#AUDIT_UNAVAILABLE}" and
 * nothing is committed (fail closed).
 *
 * <p><b>Maximum Response Size</b> (KMIP 1.4 §6.3): checked before a read-only item's event is
 * appended, by encoding the response so far; an item that would make it too large fails with Response
 * Too Large. A state-changing item has committed before its response exists, so it is answered even
 * when that exceeds the limit (its response is a Unique Identifier).
 *
 * <p>Thread-safe: one instance serves every connection; call it from worker threads, never from an
 * event loop (it blocks on the store and the journal).
 */
public final class DefaultRequestProcessor implements KmipRequestProcessor {

    private static final Logger LOG = LoggerFactory.getLogger(DefaultRequestProcessor.class);
    private static final int MAX_CORRELATION_LENGTH = 256;
    private static final int MAX_VERIFIED_CREDENTIALS = 10_000;

    private final ObjectStore store;
    private final AuditJournal journal;
    private final ProcessorSettings settings;
    private final Map<Operation, OperationHandler<?>> handlers = new EnumMap<>(Operation.class);
    private final FailureMapper failures = new FailureMapper();
    private final AuditEvents events;
    private final Map<String, CachedAdapter> adapters = new ConcurrentHashMap<>();
    private final Map<String, Boolean> verifiedCredentials = new ConcurrentHashMap<>();

    private record CachedAdapter(Adapter adapter, long expiresAtNanos) {
    }

    /**
     * A processor with every operation handler of {@link OperationHandlers#standard}.
     *
     * @param store the object store; every object access is scoped by the session's adapter
     * @param keyProtector makes and guards key material
     * @param journal where every batch item's event goes; an append that throws fails the item
     * @param settings node id, clock, Query answers, adapter cache
     */
    public DefaultRequestProcessor(ObjectStore store, KeyProtector keyProtector, AuditJournal journal,
            ProcessorSettings settings) {
        this(store, journal, settings, OperationHandlers.standard(store, keyProtector, settings));
    }

    /** A processor with the given handlers (tests, or a subset of operations). */
    public DefaultRequestProcessor(ObjectStore store, AuditJournal journal, ProcessorSettings settings,
            List<OperationHandler<?>> handlerList) {
        this.store = Objects.requireNonNull(store, "store");
        this.journal = Objects.requireNonNull(journal, "journal");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.events = new AuditEvents(settings.nodeId(), settings.clock());
        for (OperationHandler<?> h : handlerList) {
            if (handlers.put(h.operation(), h) != null) {
                throw new IllegalArgumentException("two handlers for " + h.operation().specName());
            }
        }
    }

    /** The operations this processor has handlers for (Query Operations answers with them). */
    public List<Operation> supportedOperations() {
        return List.copyOf(handlers.keySet());
    }

    @Override
    public ResponseMessage process(RequestMessage request, ClientSession session) {
        ProtocolVersion version = request.protocolVersion();
        KmipVersion rules = version.rules();
        String serverCorrelation = newCorrelationValue();
        String clientCorrelation = clip(request.header().clientCorrelationValue());
        String correlationId = clientCorrelation != null ? clientCorrelation : serverCorrelation;
        if (rules == null) {
            Operation first = request.batchItems().get(0).operation();
            return unsupportedVersion(version, session, correlationId, first, request.batchItems().size());
        }
        try {
            return processBatch(request, session, rules, correlationId, serverCorrelation, clientCorrelation != null);
        } catch (RuntimeException e) {
            // A bug in the processor itself; the per-item paths never let an exception escape.
            Failure f = failures.map(e, rules);
            List<ResponseBatchItem> items = new ArrayList<>();
            for (RequestBatchItem item : request.batchItems()) {
                items.add(ResponseBatchItem.failure(item, f.reason(), ResultMessages.forWire(f.message())));
            }
            return response(version, rules, clientCorrelation != null ? serverCorrelation : null, items);
        }
    }

    private ResponseMessage processBatch(RequestMessage request, ClientSession session, KmipVersion rules,
            String correlationId, String serverCorrelation, boolean clientSentCorrelation) {
        RequestHeader header = request.header();
        ProtocolVersion version = header.protocolVersion();
        Adapter adapter = adapter(session.adapterId());
        Failure gate = gate(adapter, header, session);
        BatchErrorContinuationOption continuation = header.effectiveBatchErrorContinuationOption();
        if (gate == null && continuation == BatchErrorContinuationOption.UNDO && anyChangesState(request)) {
            gate = Failure.of(ResultReason.FEATURE_NOT_SUPPORTED,
                    "Batch Error Continuation Option Undo is supported only for batches without state-changing operations");
        }
        BatchState batch = new BatchState();
        List<ResponseBatchItem> out = new ArrayList<>(request.batchItems().size());
        String stoppedBecause = null;
        for (RequestBatchItem item : request.batchItems()) {
            OperationContext ctx = new OperationContext(session, adapter, version, rules, item.operation(),
                    settings.clock().instant(), correlationId, batch, this::appendSuccess);
            if (clientSentCorrelation) {
                ctx.request("serverCorrelationValue", serverCorrelation);
            }
            if (stoppedBecause != null) {
                appendQuietly(events.notExecuted(ctx, stoppedBecause));
                continue;
            }
            ResponseBatchItem result = runItem(item, ctx, gate, header.maximumResponseSize(), version, out);
            out.add(result);
            if (!result.isSuccess() && continuation != BatchErrorContinuationOption.CONTINUE) {
                stoppedBecause = "an earlier batch item failed and Batch Error Continuation Option is "
                        + continuation.specName();
                if (continuation == BatchErrorContinuationOption.UNDO) {
                    undoEarlier(request, out);
                }
            }
        }
        return response(version, rules, clientSentCorrelation ? serverCorrelation : null, out);
    }

    /** KMIP 1.4 Table 366, Undo: items processed before the failure are answered Operation Undone. */
    private static void undoEarlier(RequestMessage request, List<ResponseBatchItem> out) {
        for (int i = 0; i < out.size() - 1; i++) {
            if (out.get(i).isSuccess()) {
                out.set(i, ResponseBatchItem.undone(request.batchItems().get(i)));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private ResponseBatchItem runItem(RequestBatchItem item, OperationContext ctx, Failure gate,
            Integer maximumResponseSize, ProtocolVersion version, List<ResponseBatchItem> soFar) {
        try {
            if (gate != null) {
                return failed(item, ctx, gate);
            }
            Operation op = item.operation();
            if (op == null || !item.isTyped() || !op.knownIn(ctx.version())) {
                throw new OperationNotSupportedException("operation not supported");
            }
            if (!ctx.adapter().allows(op.value())) {
                throw new PermissionDeniedException("operation " + op.specName() + " is not allowed for this client");
            }
            for (MessageExtension extension : item.messageExtensions()) {
                if (extension.criticalityIndicator()) {
                    // KMIP 1.4 §6.16 and Table 327: a critical extension the server does not understand.
                    throw new FeatureNotSupportedException("critical message extension of vendor "
                            + extension.vendorIdentification() + " is not supported");
                }
            }
            OperationHandler<RequestPayload> handler = (OperationHandler<RequestPayload>) handlers.get(op);
            if (handler == null) {
                throw new OperationNotSupportedException("operation " + op.specName() + " is not supported");
            }
            ResponsePayload payload = handler.handle(handler.requestType().cast(item.payload()), ctx);
            ResponseBatchItem ok = ResponseBatchItem.success(item, payload);
            if (!ctx.audited()) {
                if (maximumResponseSize != null && tooLarge(version, soFar, ok, maximumResponseSize)) {
                    throw new ResponseTooLargeException("the response would exceed the Maximum Response Size of "
                            + maximumResponseSize + " bytes");
                }
                ctx.appendSuccess();
            }
            return ok;
        } catch (RuntimeException e) {
            return failed(item, ctx, failures.map(e, ctx.version()));
        }
    }

    private ResponseBatchItem failed(RequestBatchItem item, OperationContext ctx, Failure failure) {
        if (ctx.audited()) {
            // The pre-commit hook journaled a success, then the group's COMMIT failed: nothing persisted.
            // The failure event names the success event it undoes, so the trail does not claim a change
            // that did not happen.
            LOG.error("Batch item {} was journaled as a success (event {}) but its commit failed (incident {})",
                    AuditEvents.action(item.operation()), ctx.successEventId(), failure.incidentId());
        }
        appendQuietly(ctx.audited() ? events.commitFailedAfter(ctx, failure, ctx.successEventId())
                : events.failure(ctx, failure));
        return ResponseBatchItem.failure(item, failure.reason(), ResultMessages.forWire(failure.message()));
    }

    private String appendSuccess(OperationContext ctx) {
        AuditEvent event = events.success(ctx);
        journal.append(event);
        return event.id();
    }

    /** Appends an event whose item already failed; a journal failure now can only be logged. */
    private void appendQuietly(AuditEvent event) {
        try {
            journal.append(event);
        } catch (RuntimeException e) {
            LOG.error("Audit journal unavailable: the event {} ({} {}) is lost; the item itself failed: {}",
                    event.id(), event.action(), event.outcome(), e.toString());
        }
    }

    private static boolean tooLarge(ProtocolVersion version, List<ResponseBatchItem> soFar, ResponseBatchItem next,
            int maximum) {
        List<ResponseBatchItem> items = new ArrayList<>(soFar.size() + 1);
        items.addAll(soFar);
        items.add(next);
        ResponseMessage candidate = ResponseMessage.of(version, Instant.EPOCH, items);
        ByteBuf buf = Unpooled.buffer(256);
        try {
            KmipMessages.encodeResponse(candidate, buf);
            return buf.readableBytes() > maximum;
        } finally {
            buf.release();
        }
    }

    private boolean anyChangesState(RequestMessage request) {
        for (RequestBatchItem item : request.batchItems()) {
            OperationHandler<?> h = item.operation() == null ? null : handlers.get(item.operation());
            if (h != null && h.changesState()) {
                return true;
            }
        }
        return false;
    }

    // ---- who is calling

    /**
     * The failure every item of the message gets before anything runs, or {@code null}: the adapter
     * is gone (Permission Denied), or it requires a Credential the header does not carry or that does
     * not match (Authentication Not Successful, KMIP 1.4 §6.6, §6.10).
     */
    private Failure gate(Adapter adapter, RequestHeader header, ClientSession session) {
        if (adapter == null) {
            return Failure.of(ResultReason.PERMISSION_DENIED, "the client's adapter does not exist");
        }
        AdapterCredential required = adapter.credential();
        if (required == null) {
            return null; // a Credential sent anyway (FortiGate does) is accepted unchecked
        }
        Credential.UsernamePassword given = usernamePassword(header);
        if (given == null || given.password() == null || !verified(required, given, session, adapter)) {
            return Failure.of(ResultReason.AUTHENTICATION_NOT_SUCCESSFUL, "authentication not successful");
        }
        return null;
    }

    private static Credential.UsernamePassword usernamePassword(RequestHeader header) {
        if (header.authentication() == null) {
            return null;
        }
        for (Credential c : header.authentication().credentials()) {
            if (c instanceof Credential.UsernamePassword up) {
                return up;
            }
        }
        return null;
    }

    /**
     * Checks the password once per connection: PBKDF2 costs tens of milliseconds, so a verified
     * (connection, credential) pair is remembered by a SHA-256 of the password, never the password.
     */
    private boolean verified(AdapterCredential required, Credential.UsernamePassword given, ClientSession session,
            Adapter adapter) {
        String key = session.connectionId() + '\u0000' + adapter.id() + '\u0000' + required.passwordHash().encoded()
                + '\u0000' + given.username() + '\u0000' + sha256(given.password());
        if (verifiedCredentials.containsKey(key)) {
            return true;
        }
        boolean ok = required.matches(given.username(), given.password());
        if (ok) {
            if (verifiedCredentials.size() >= MAX_VERIFIED_CREDENTIALS) {
                verifiedCredentials.clear();
            }
            verifiedCredentials.put(key, Boolean.TRUE);
        }
        return ok;
    }

    private Adapter adapter(String adapterId) {
        long now = System.nanoTime();
        CachedAdapter cached = adapters.get(adapterId);
        if (cached != null && now - cached.expiresAtNanos() < 0) {
            return cached.adapter();
        }
        Adapter adapter = store.findAdapter(adapterId).orElse(null);
        if (adapter != null && !settings.adapterCacheTtl().isZero()) {
            adapters.put(adapterId, new CachedAdapter(adapter, now + settings.adapterCacheTtl().toNanos()));
        } else {
            adapters.remove(adapterId);
        }
        return adapter;
    }

    // ---- messages that cannot be processed at all

    @Override
    public ResponseMessage processUndecodable(RequestDecodeException failure, ClientSession session) {
        PartialRequest partial = failure.partial();
        ProtocolVersion version = partial.protocolVersion();
        String clientCorrelation = partial.header() == null ? null : clip(partial.header().clientCorrelationValue());
        String serverCorrelation = newCorrelationValue();
        String correlationId = clientCorrelation != null ? clientCorrelation : serverCorrelation;
        if (version == null || version.rules() == null) {
            PartialRequest.BatchItemRef first = partial.batchItems().isEmpty() ? null : partial.batchItems().get(0);
            return unsupportedVersion(version, session, correlationId, first == null ? null : first.operation(),
                    partial.batchItems().size());
        }
        KmipVersion rules = version.rules();
        ResultReason reason = failure.resultReason().knownIn(rules) ? failure.resultReason() : ResultReason.INVALID_MESSAGE;
        String message = failure.getMessage() == null ? reason.specName(rules) : failure.getMessage();
        PartialRequest.BatchItemRef failed = partial.failedBatchItem();
        // KMIP 1.4 Table 327: a batch item that cannot be parsed fails on its own (echoing its Operation
        // and Unique Batch Item ID); a message that cannot be parsed gets one item without Operation.
        ResponseBatchItem item = failed == null
                ? ResponseBatchItem.failure(null, null, reason, ResultMessages.forWire(message))
                : ResponseBatchItem.failure(failed.operation(), failed.uniqueBatchItemId(), reason,
                        ResultMessages.forWire(message));
        appendQuietly(events.invalid(session, correlationId, version, reason, message,
                failed == null ? null : failed.operation(), partial.batchItems().size()));
        return response(version, rules, clientCorrelation != null ? serverCorrelation : null, List.of(item));
    }

    /**
     * KMIP 1.4 Table 327, "Protocol major version mismatch": a header and one batch item without
     * Operation, Operation Failed, Invalid Message — in the nearest version this server speaks.
     */
    private ResponseMessage unsupportedVersion(ProtocolVersion requested, ClientSession session, String correlationId,
            Operation firstOperation, int batchItems) {
        ProtocolVersion answer = requested != null && requested.major() > 2 ? ProtocolVersion.V2_1 : ProtocolVersion.V1_0;
        String message = requested == null ? "the protocol version could not be read"
                : "protocol version " + requested + " is not supported";
        appendQuietly(events.invalid(session, correlationId, requested, ResultReason.INVALID_MESSAGE, message,
                firstOperation, batchItems));
        return response(answer, answer.rules(), null,
                List.of(ResponseBatchItem.invalidMessage(null, message)));
    }

    /**
     * @param serverCorrelation the Server Correlation Value to send, or {@code null}. KMIP 1.4 §6.19
     *     says a server SHOULD send one, but clients written against older tables (PyKMIP 0.10 among
     *     them) cannot parse a response header that carries it; callers pass it only to a client that
     *     sent a Client Correlation Value itself. The audit event records it either way.
     */
    private ResponseMessage response(ProtocolVersion version, KmipVersion rules, String serverCorrelation,
            List<ResponseBatchItem> items) {
        Instant now = settings.clock().instant();
        String correlation = serverCorrelation != null && knownIn(Tag.SERVER_CORRELATION_VALUE, rules)
                ? serverCorrelation : null;
        return new ResponseMessage(new ResponseHeader(version, now, null, null, List.of(), null, correlation,
                items.size(), List.of()), items);
    }

    private static boolean knownIn(int tag, KmipVersion version) {
        TagDefinition d = TagRegistry.byNumber(tag);
        return d != null && d.knownIn(version);
    }

    /**
     * A random (version 4) UUID for the Server Correlation Value and the audit correlation id, from
     * ThreadLocalRandom: it must be unique, not unpredictable, and {@code UUID.randomUUID()} goes
     * through SecureRandom's shared lock on every request.
     */
    private static String newCorrelationValue() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(high, low).toString();
    }

    private static String clip(String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        return value.length() > MAX_CORRELATION_LENGTH ? value.substring(0, MAX_CORRELATION_LENGTH) : value;
    }

    private static String sha256(String value) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}

package io.kmipserver.server.protocol;

import io.kmipserver.audit.event.AuditEvent;
import io.kmipserver.audit.journal.AuditJournal;
import io.kmipserver.audit.journal.ChronicleAuditJournal;
import io.kmipserver.audit.journal.JournalEntry;
import io.kmipserver.audit.journal.JournalOptions;
import io.kmipserver.audit.journal.JournalReader;
import io.kmipserver.audit.journal.JournalTailer;
import io.kmipserver.codec.message.Authentication;
import io.kmipserver.codec.message.Credential;
import io.kmipserver.codec.message.ProtocolVersion;
import io.kmipserver.codec.message.RequestBatchItem;
import io.kmipserver.codec.message.RequestHeader;
import io.kmipserver.codec.message.RequestMessage;
import io.kmipserver.codec.message.ResponseBatchItem;
import io.kmipserver.codec.message.ResponseMessage;
import io.kmipserver.codec.payload.RequestPayload;
import io.kmipserver.codec.spec.BatchErrorContinuationOption;
import io.kmipserver.server.keys.SoftwareKeyProtector;
import io.kmipserver.server.store.JdbcObjectStore;
import io.kmipserver.server.store.NewAdapter;
import io.kmipserver.server.store.StoreSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A real processor on real parts in a temp directory: SQLite store, software key protector, Chronicle
 * journal, two adapters ({@code a}, {@code b}) with one client session each. Tests call the processor
 * in-process with typed messages and read the journal back.
 */
public final class KmipHarness implements AutoCloseable {

    public static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    public final Path dir;
    public final MutableClock clock = new MutableClock(T0);
    public final JdbcObjectStore store;
    public final SoftwareKeyProtector protector;
    public final ChronicleAuditJournal chronicle;
    public final String adapterA;
    public final String adapterB;
    public final ClientSession a;
    public final ClientSession b;
    private AuditJournal journal;
    private DefaultRequestProcessor processor;

    public KmipHarness(Path dir) {
        this(dir, file -> JdbcObjectStore.openSqlite(file, StoreSettings.defaults()));
    }

    /** A harness on the store {@code openStore} opens in {@code DIR/store.db}. */
    public KmipHarness(Path dir, java.util.function.Function<Path, JdbcObjectStore> openStore) {
        this.dir = dir;
        store = openStore.apply(dir.resolve("store.db"));
        protector = SoftwareKeyProtector.open(dir.resolve("keys"));
        chronicle = ChronicleAuditJournal.open(dir.resolve("journal"),
                JournalOptions.DEFAULT.withMinFreeBytes(0).withBlockSize(JournalOptions.MIN_BLOCK_SIZE), clock);
        adapterA = adapter("adapter-a", NewAdapter.named("adapter-a"));
        adapterB = adapter("adapter-b", NewAdapter.named("adapter-b"));
        a = session("conn-a", adapterA, "adapter-a");
        b = session("conn-b", adapterB, "adapter-b");
        useJournal(chronicle);
    }

    /** Creates an adapter with a root key; returns its id. */
    public String adapter(String name, NewAdapter spec) {
        String id = store.write(tx -> tx.insertAdapter(spec, "test")).id();
        protector.createRootKey(id);
        return id;
    }

    public static ClientSession session(String connection, String adapterId, String adapterName) {
        return new ClientSession(connection, adapterId, adapterName, "CN=" + adapterName + "-client",
                "ab".repeat(32), "127.0.0.1", 40000, "TLSv1.3", "TLS_AES_128_GCM_SHA256");
    }

    /** Rebuilds the processor on {@code j} (e.g. a journal decorator that throws). */
    public void useJournal(AuditJournal j) {
        journal = j;
        processor = new DefaultRequestProcessor(store, protector, journal,
                ProcessorSettings.defaults("node-1").withClock(clock).withAdapterCacheTtl(Duration.ZERO));
    }

    public DefaultRequestProcessor processor() {
        return processor;
    }

    // ---- sending

    public ResponseMessage send(ClientSession s, RequestMessage request) {
        return processor.process(request, s);
    }

    /** One payload in one message; returns its batch item. */
    public ResponseBatchItem one(ProtocolVersion v, ClientSession s, RequestPayload payload) {
        ResponseMessage r = send(s, RequestMessage.of(v, payload));
        if (r.batchItems().size() != 1) {
            throw new AssertionError("expected one batch item, got " + r.batchItems().size());
        }
        return r.batchItems().get(0);
    }

    /** Several payloads in one message with Unique Batch Item IDs 1, 2, … and the given option. */
    public ResponseMessage batch(ProtocolVersion v, ClientSession s, BatchErrorContinuationOption option,
            RequestPayload... payloads) {
        return send(s, batchMessage(v, option, null, payloads));
    }

    public static RequestMessage batchMessage(ProtocolVersion v, BatchErrorContinuationOption option,
            Authentication auth, RequestPayload... payloads) {
        List<RequestBatchItem> items = new ArrayList<>();
        for (int i = 0; i < payloads.length; i++) {
            items.add(new RequestBatchItem(new byte[] {(byte) (i + 1)}, payloads[i]));
        }
        RequestHeader h = new RequestHeader(v, null, null, null, null, null, List.of(), auth, option, null, null,
                items.size(), List.of());
        return new RequestMessage(h, items);
    }

    public static Authentication password(String user, String password) {
        return Authentication.of(new Credential.UsernamePassword(user, password));
    }

    // ---- the journal

    /** Every event in the journal, in order. */
    public List<AuditEvent> events() {
        List<AuditEvent> out = new ArrayList<>();
        try (JournalReader reader = JournalReader.openReadOnly(dir.resolve("journal"));
                JournalTailer t = reader.tailer().toStart()) {
            JournalEntry e;
            while ((e = t.next()) != null) {
                out.add(e.event());
            }
        } catch (Exception e) {
            throw new AssertionError("cannot read the journal", e);
        }
        return out;
    }

    /** The events appended since {@code before} events were there. */
    public List<AuditEvent> eventsSince(int before) {
        List<AuditEvent> all = events();
        return all.subList(before, all.size());
    }

    @Override
    public void close() {
        store.close();
        chronicle.close();
        protector.close();
    }
}

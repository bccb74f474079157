package io.kmipserver.server.management;

import io.kmipserver.audit.query.EventQueries;
import io.kmipserver.audit.query.IndexStatus;
import io.kmipserver.codec.message.RequestMessage;
import io.kmipserver.codec.message.ResponseBatchItem;
import io.kmipserver.codec.message.ResponseMessage;
import io.kmipserver.codec.spec.Operation;
import io.kmipserver.server.store.ObjectStore;
import io.kmipserver.server.store.WriterStats;
import io.kmipserver.server.transport.KmipRequestObserver;
import io.kmipserver.server.transport.KmipServer;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.ToDoubleFunction;

/**
 * The node's meters, in one Prometheus registry served at {@code /metrics}:
 * <ul>
 *   <li>{@code kmip_requests_seconds{operation,outcome}}: every answered KMIP batch item, timed as
 *       the processing of its request message, with latency buckets from 0.5 ms to 5 s;
 *   <li>{@code kmip_connections_open}: open KMIP connections;
 *   <li>{@code management_requests_seconds{action,status}}: every management call;
 *   <li>{@code audit_index_lag_seconds}, {@code audit_index_lag_events}: how far the audit event index
 *       (the answers of the events queries) is behind the journal, read at each scrape;
 *   <li>{@code store_writer_*}, {@code store_wal_*}: the store's group-commit writer — transactions
 *       ({@code commits_total}) and the operations they carried ({@code units_total}, so units per
 *       commit is the group size), failed units, units queued now, writer time running units and
 *       committing, and on SQLite the WAL forces of the syncer thread and their time (a force's
 *       mean duration is {@code sync_time_seconds_total / syncs_total}).
 * </ul>
 * The KMIP path is cheap: one timer per (operation, outcome), made at its first use and then found
 * by array index — no map lookup and no allocation per request beyond the timer's own recording.
 *
 * <p>Thread-safe.
 */
public final class ManagementMetrics implements KmipRequestObserver {

    private static final Duration[] BUCKETS = {
        Duration.ofNanos(500_000), Duration.ofMillis(1), Duration.ofMillis(2), Duration.ofMillis(5),
        Duration.ofMillis(10), Duration.ofMillis(25), Duration.ofMillis(50), Duration.ofMillis(100),
        Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(5)};
    private static final Operation[] OPERATIONS = Operation.values();
    /** The slot of batch items without a known Operation. */
    private static final int UNKNOWN = OPERATIONS.length;

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    /** Index: operation ordinal (or {@link #UNKNOWN}) × 2 + (0 success, 1 failure). */
    private final AtomicReferenceArray<Timer> kmipTimers = new AtomicReferenceArray<>((OPERATIONS.length + 1) * 2);

    public PrometheusMeterRegistry registry() {
        return registry;
    }

    /** Publishes the listener's open connections. */
    public void watch(KmipServer server) {
        Gauge.builder("kmip.connections.open", server, KmipServer::openConnections)
                .description("Open KMIP connections")
                .register(registry);
        Gauge.builder("kmip.requests.in.flight", server, KmipServer::inFlightRequests)
                .description("KMIP requests being processed or written")
                .register(registry);
    }

    /** Publishes how far the audit index lags the journal (NaN while its status cannot be read). */
    public void watch(EventQueries queries) {
        Gauge.builder("audit.index.lag", queries, q -> lag(q).map(s -> s.lag().toNanos() / 1e9).orElse(Double.NaN))
                .description("How long the oldest event not yet indexed has waited")
                .baseUnit("seconds")
                .register(registry);
        Gauge.builder("audit.index.lag.events", queries, q -> lag(q).map(s -> (double) s.lagEvents()).orElse(Double.NaN))
                .description("Journal events not yet indexed")
                .register(registry);
    }

    /** Publishes the store writer's counters, read at each scrape. */
    public void watch(ObjectStore store) {
        counter("store.writer.commits", "Store transactions committed", store, s -> s.commits(), null);
        counter("store.writer.units", "Write operations committed (units per commit: the group size)", store,
                s -> s.units(), null);
        counter("store.writer.failed.units", "Write operations rolled back", store, s -> s.failedUnits(), null);
        counter("store.writer.unit.time", "Writer time running operations", store, s -> s.unitNanos() / 1e9, "seconds");
        counter("store.writer.commit.time", "Writer time in COMMIT", store, s -> s.commitNanos() / 1e9, "seconds");
        counter("store.wal.syncs", "WAL forces, each acknowledging every group committed before it (SQLite)", store,
                s -> s.syncs(), null);
        counter("store.wal.sync.time", "Time spent forcing the WAL (SQLite)", store, s -> s.syncNanos() / 1e9, "seconds");
        Gauge.builder("store.writer.queued", store, s -> s.writerStats().queued())
                .description("Write operations waiting for the writer")
                .register(registry);
    }

    private void counter(String name, String description, ObjectStore store, ToDoubleFunction<WriterStats> value,
            String unit) {
        FunctionCounter.builder(name, store, s -> value.applyAsDouble(s.writerStats()))
                .description(description)
                .baseUnit(unit)
                .register(registry);
    }

    private static Optional<IndexStatus> lag(EventQueries queries) {
        try {
            return Optional.of(queries.status());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public void answered(RequestMessage request, ResponseMessage response, long nanos) {
        for (ResponseBatchItem item : response.batchItems()) {
            Operation op = item.operation();
            int slot = (op == null ? UNKNOWN : op.ordinal()) * 2 + (item.isSuccess() ? 0 : 1);
            Timer timer = kmipTimers.get(slot);
            if (timer == null) {
                timer = kmipTimer(op, item.isSuccess());
                kmipTimers.compareAndSet(slot, null, timer);
            }
            timer.record(nanos, TimeUnit.NANOSECONDS);
        }
    }

    private Timer kmipTimer(Operation op, boolean success) {
        String name = op == null ? "unknown" : op.specName().toLowerCase(Locale.ROOT).replace(' ', '_');
        return Timer.builder("kmip.requests")
                .description("KMIP batch items answered, by operation and outcome")
                .tag("operation", name)
                .tag("outcome", success ? "success" : "failure")
                .serviceLevelObjectives(BUCKETS)
                .register(registry);
    }

    /** Records one management call. */
    public void managementCall(String action, int status, long nanos) {
        Timer.builder("management.requests")
                .description("Management API calls, by audit action and HTTP status")
                .tag("action", action)
                .tag("status", Integer.toString(status))
                .serviceLevelObjectives(BUCKETS)
                .register(registry)
                .record(nanos, TimeUnit.NANOSECONDS);
    }

    /** The Prometheus text exposition of every meter. */
    public String scrape() {
        return registry.scrape();
    }
}

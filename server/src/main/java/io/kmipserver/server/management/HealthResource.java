package io.kmipserver.server.management;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kmipserver.server.keys.ProtectorHealth;
import io.netty.handler.codec.http.HttpMethod;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /healthz}: 200 {@code {"status":"ok","checks":{…}}} when the node can serve, else 503
 * {@code {"status":"unavailable",…}} naming the failed checks:
 * <ul>
 *   <li>{@code journal}: this call's own audit event was appended (the real test of "writable"), the
 *       journal directory exists, and the sealer's last run succeeded;
 *   <li>{@code store}: {@code ObjectStore.ping()} (a read on the pool, a live writer thread);
 *   <li>{@code key_protector}: {@code KeyProtector.health()}.
 * </ul>
 * It is on the mutual-TLS port like everything else, so a prober needs a certificate; any role
 * (admin or auditor) may call it — it tells nothing about tenants. When the journal cannot be
 * written the 503 is answered without an event: there is nowhere to write it (logged instead).
 */
final class HealthResource {

    private static final Logger LOG = LoggerFactory.getLogger(HealthResource.class);

    private final ManagementServices services;

    HealthResource(ManagementServices services) {
        this.services = services;
    }

    void register(Router router) {
        router.add(HttpMethod.GET, "/healthz", "health", "read", ManagementResources.READERS, this::read);
    }

    private ApiResponse read(ApiCall call) {
        ObjectNode checks = Json.object();
        boolean ok = true;
        try {
            services.store().ping();
            checks.put("store", "ok");
        } catch (RuntimeException e) {
            ok = false;
            checks.put("store", "unavailable: " + safe(e));
        }
        ProtectorHealth protector = services.keyProtector().health();
        ok &= protector.healthy();
        checks.put("key_protector", (protector.healthy() ? "ok: " : "unavailable: ") + protector.description());
        Path journalDirectory = services.audit().layout().journalDirectory();
        Optional<String> sealFailure = services.audit().lastSealFailure();
        String journal = "ok";
        if (!Files.isDirectory(journalDirectory)) {
            journal = "unavailable: the journal directory is gone";
        } else if (sealFailure.isPresent()) {
            journal = "unavailable: sealing failed: " + sealFailure.get();
        }
        boolean journalOk = journal.equals("ok");
        int status = ok && journalOk ? 200 : 503;
        try {
            call.auditNow(status, status == 200 ? null : "unhealthy");
        } catch (RuntimeException e) {
            call.auditImpossible();
            LOG.error("Health check: the audit journal cannot be written: {}", e.toString());
            journal = "unavailable: cannot append: " + safe(e);
            journalOk = false;
            status = 503;
        }
        checks.put("journal", journal);
        ObjectNode document = Json.object();
        document.put("status", status == 200 ? "ok" : "unavailable");
        document.set("checks", checks);
        return ApiResponse.json(status, document);
    }

    /** A failure's message, which our own layers make safe for operators (no secrets, no SQL). */
    private static String safe(RuntimeException e) {
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}

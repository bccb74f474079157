package io.kmipserver.server.management;

import static org.assertj.core.api.Assertions.assertThat;

import io.kmipserver.audit.event.AuditEvent;
import io.kmipserver.audit.journal.AuditJournal;
import io.kmipserver.audit.journal.AuditJournalException;
import io.kmipserver.certs.DevPki;
import io.kmipserver.certs.KeySpec;
import io.kmipserver.certs.PemFiles;
import io.kmipserver.server.runtime.ServerRuntime;
import io.kmipserver.server.testing.ManagementClient;
import io.kmipserver.server.testing.ManagementClient.Reply;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.List;
import java.util.Map;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the API answers when a part of the node is broken: fail closed, and say so in /healthz. */
class ManagementFailuresTest {

    @TempDir
    Path dir;

    /** A journal decorator that throws like a full disk while {@link #failing} is set. */
    static final class BreakableJournal implements AuditJournal {
        private final AuditJournal delegate;
        volatile boolean failing = true;

        BreakableJournal(AuditJournal delegate) {
            this.delegate = delegate;
        }

        @Override
        public void append(io.kmipserver.audit.event.AuditEvent event) {
            if (failing) {
                throw new AuditJournalException("no space left on device (test)");
            }
            delegate.append(event);
        }

        @Override
        public void close() {
            // the runtime closes the real journal
        }
    }

    @Test
    void whenTheJournalCannotBeWrittenHealthIs503AndNothingIsChanged() throws Exception {
        try (ManagementFixture node = ManagementFixture.start(dir)) {
            ServerRuntime r = node.runtime;
            BreakableJournal journal = new BreakableJournal(r.audit().journal());
            try (ManagementServer broken = ManagementServer.start(new ManagementServices(r.config(), r.pki(), r.store(),
                    r.keyProtector(), r.audit(), journal, r.clientTrust(), r.kmipServer(), r.metrics(),
                    java.time.Clock.systemUTC()))) {
                ManagementClient admin = new ManagementClient(broken.localAddress(), r.pki().load(DevPki.Role.ADMIN),
                        List.of(r.pki().certificate(DevPki.Role.CA)));
                int mark = node.events().size();

                Reply health = admin.get("/healthz");
                assertThat(health.status()).isEqualTo(503);
                assertThat(health.json().path("status").asText()).isEqualTo("unavailable");
                assertThat(health.json().path("checks").path("journal").asText()).startsWith("unavailable");
                assertThat(health.json().path("checks").path("store").asText()).isEqualTo("ok");

                Reply create = admin.post("/api/v2/kmip_adapters", "{\"name\":\"unaudited\"}");
                assertThat(create.status()).isEqualTo(500);
                assertThat(create.errorCode()).isEqualTo("internal_error");
                assertThat(create.json().path("errors").path(0).path("message").asText())
                        .startsWith("internal error; incident ").doesNotContain("no space");
                assertThat(r.store().findAdapterByName("unaudited")).as("fail closed: nothing committed").isEmpty();

                Reply list = admin.get("/api/v2/kmip_adapters");
                assertThat(list.status()).as("a read is not answered without its event either").isEqualTo(500);
                assertThat(node.eventsAfter(mark)).as("nothing reached the journal").isEmpty();

                journal.failing = false;
                assertThat(admin.get("/healthz").status()).isEqualTo(200);
                assertThat(admin.post("/api/v2/kmip_adapters", "{\"name\":\"unaudited\"}").status()).isEqualTo(201);
                assertThat(node.eventsAfter(mark)).extracting(AuditEvent::action)
                        .containsExactly("management.health.read", "management.adapter.create");
            }
        }
    }

    /**
     * Connections beyond management.max-connections are closed before TLS; once one closes, the next
     * is served. Two plain TCP connections that never start TLS hold both slots.
     */
    @Test
    void connectionsBeyondTheMaximumAreClosedAtOnce() throws Exception {
        try (ManagementFixture node = ManagementFixture.start(dir, Map.of("management.max-connections", "2"))) {
            int port = node.runtime.management().orElseThrow().port();
            java.net.Socket first = new java.net.Socket("127.0.0.1", port);
            java.net.Socket second = new java.net.Socket("127.0.0.1", port);
            try (java.net.Socket third = new java.net.Socket("127.0.0.1", port)) {
                third.setSoTimeout(5_000);
                assertThat(third.getInputStream().read()).as("closed by the server without a byte").isEqualTo(-1);
            }
            first.close();
            second.close();
            long deadline = System.nanoTime() + java.time.Duration.ofSeconds(5).toNanos();
            int status = 0;
            while (status != 200 && System.nanoTime() < deadline) {
                try {
                    status = node.auditor.get("/healthz").status();
                } catch (java.io.IOException stillFull) {
                    Thread.sleep(50);
                }
            }
            assertThat(status).as("served again once the slots are free").isEqualTo(200);
        }
    }

    @Test
    void whenTheStoreIsClosedHealthIs503AndAudited() throws Exception {
        try (ManagementFixture node = ManagementFixture.start(dir)) {
            node.runtime.store().close();
            Reply[] reply = new Reply[1];
            node.onlyEventOf(() -> (reply[0] = node.auditor.get("/healthz")).status(), "management.health.read", 503);
            assertThat(reply[0].json().path("checks").path("store").asText()).startsWith("unavailable");
            assertThat(reply[0].json().path("checks").path("journal").asText()).isEqualTo("ok");
        }
    }

    @Test
    void aCertificateRequestWithoutTheCaKeyIsA422ThatSaysWhy() throws Exception {
        try (ManagementFixture first = ManagementFixture.start(dir)) {
            assertThat(first.pki().caKeyPresent()).isTrue();
        }
        Files.delete(dir.resolve("pki").resolve("ca-key.pem"));
        try (ManagementFixture node = ManagementFixture.start(dir)) {
            assertThat(node.pki().caKeyPresent()).isFalse();
            KeyPair keys = KeySpec.EC_P256.generateKeyPair();
            PKCS10CertificationRequest csr = new JcaPKCS10CertificationRequestBuilder(new X500Name("CN=array"),
                    keys.getPublic()).build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate()));
            Reply[] reply = new Reply[1];
            node.onlyEventOf(() -> (reply[0] = node.admin.post("/api/v2/kmip_adapters/default/certificates",
                    "{\"csr\":" + Json.MAPPER.valueToTree(PemFiles.csrToPem(csr)) + "}")).status(),
                    "management.certificate.create", 422);
            assertThat(reply[0].errorCode()).isEqualTo("unprocessable");
            assertThat(reply[0].json().path("errors").path(0).path("message").asText()).contains("ca-key.pem");
        }
    }
}
